package org.hpcsim.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.run.TimeSeriesPoint;
import org.hpcsim.scenarios.trace.AsciiLine;

/** Writes {@code timeseries.csv}: one row per step of the run, time-weighted averages over the step. */
public final class TimeSeriesCsvWriter {
    /** The header row; README documents the columns. */
    public static final String HEADER =
            "time_s,step_s,busy_cores,busy_gpus,busy_nodes,queued_jobs,running_jobs,nodes_up,cost_per_hour";

    private TimeSeriesCsvWriter() {}

    /**
     * Writes {@code points} to {@code timeseries.csv} in {@code dir} atomically; a point's cost rate
     * is its own (which follows a Spot price series), or without one (NaN) its nodes up at
     * {@code perNodeHour} dollars each; a point without a nodes-up level (NaN) has {@code nodes}.
     */
    public static void write(List<TimeSeriesPoint> points, Path dir, int nodes, double perNodeHour) {
        try (AtomicFile file = AtomicFile.open(dir.resolve("timeseries.csv"))) {
            AsciiLine line = new AsciiLine();
            line.append(HEADER).append('\n').writeTo(file.stream());
            for (TimeSeriesPoint p : points) {
                line.clear();
                double up = Double.isNaN(p.nodesUp()) ? nodes : p.nodesUp();
                // Times to the nanosecond, averages to a thousandth: plenty for a plot or a dashboard.
                line.appendFixed(p.time(), 9).append(',').appendFixed(p.step(), 9).append(',')
                        .appendFixed(p.busyCores(), 3).append(',').appendFixed(p.busyGpus(), 3).append(',')
                        .appendFixed(p.busyNodes(), 3).append(',').appendFixed(p.queuedJobs(), 3).append(',')
                        .appendFixed(p.runningJobs(), 3).append(',');
                // A whole number of nodes up (always, on a static cluster) is written as one.
                if (up == Math.rint(up)) {
                    line.append((long) up);
                } else {
                    line.appendFixed(up, 3);
                }
                double rate = Double.isNaN(p.costPerHour()) ? up * perNodeHour : p.costPerHour();
                line.append(',').appendFixed(rate, 6).append('\n').writeTo(file.stream());
            }
            file.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write timeseries.csv: " + e.getMessage(), e);
        }
    }
}
