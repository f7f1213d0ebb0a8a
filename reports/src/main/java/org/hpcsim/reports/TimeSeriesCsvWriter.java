package org.hpcsim.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.hpcsim.models.run.TimeSeriesPoint;
import org.hpcsim.scenarios.trace.AsciiLine;

/**
 * Streams {@code timeseries.csv}: one row per step of the run, time-weighted averages over the
 * step, into a temporary file that becomes {@code timeseries.csv} on {@link #commit()}.
 */
public final class TimeSeriesCsvWriter implements Consumer<TimeSeriesPoint>, AutoCloseable {
    /** The header row; README documents the columns. */
    public static final String HEADER = "time_s,step_s,busy_cores,busy_gpus,busy_nodes,queued_jobs,running_jobs";

    private final AtomicFile file;
    private final AsciiLine line = new AsciiLine();

    /** Opens {@code timeseries.csv} in {@code dir}. */
    public TimeSeriesCsvWriter(Path dir) {
        this.file = AtomicFile.open(dir.resolve("timeseries.csv"));
        line.append(HEADER).append('\n');
        flush();
    }

    @Override
    public void accept(TimeSeriesPoint p) {
        line.clear();
        line.appendDecimal(p.time()).append(',').appendDecimal(p.step()).append(',')
                .appendDecimal(p.busyCores()).append(',').appendDecimal(p.busyGpus()).append(',')
                .appendDecimal(p.busyNodes()).append(',').appendDecimal(p.queuedJobs()).append(',')
                .appendDecimal(p.runningJobs()).append('\n');
        flush();
    }

    private void flush() {
        try {
            line.writeTo(file.stream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write timeseries.csv: " + e.getMessage(), e);
        }
    }

    /** Makes the file visible as {@code timeseries.csv}. */
    public void commit() {
        file.commit();
    }

    /** Discards the file unless it was committed. */
    @Override
    public void close() {
        file.close();
    }
}
