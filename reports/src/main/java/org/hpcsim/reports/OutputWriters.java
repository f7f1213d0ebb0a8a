package org.hpcsim.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.run.AdaptiveSeries;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.run.TimeSeriesCollector;
import org.hpcsim.models.run.TimeSeriesPoint;
import org.hpcsim.scenarios.run.RunReport;
import org.hpcsim.scenarios.run.RunContext;
import org.hpcsim.scenarios.spec.OutputSpec;
import org.hpcsim.scenarios.spec.PolicyName;
import org.hpcsim.scenarios.spec.Scenario;

/**
 * Every output file of one run: jobs.csv (and, under policy slurm, sacct.txt) streams during the
 * run into a temporary file, the time series is kept (bounded) in memory; {@link #commit} writes
 * summary.json, timeseries.csv and metrics.om and renames everything into place, so a failed run
 * leaves the folder's earlier results as they were.
 */
public final class OutputWriters implements AutoCloseable {
    /** The finest step a chosen step starts from, and the most steps kept. */
    private static final double FIRST_STEP = 60;
    private static final int STEP_BUDGET = 10_000;

    private final Path dir;
    private final OutputSpec spec;
    private final JobsCsvWriter jobs;
    private SacctWriter sacct;
    private AdaptiveSeries series;
    private HomogeneousCluster cluster;
    private String name;

    /** Opens the outputs {@code spec} asks for in {@code dir}. */
    public OutputWriters(Path dir, OutputSpec spec) {
        this.dir = dir;
        this.spec = spec;
        this.jobs = spec.jobsCsv() ? new JobsCsvWriter(dir) : null;
    }

    /** The observers that feed the outputs, for the run {@code context} describes. */
    public List<RunObserver> observers(RunContext context) {
        Scenario resolved = context.scenario();
        HomogeneousCluster cluster = context.cluster();
        List<RunObserver> observers = new ArrayList<>();
        this.cluster = cluster;
        if (jobs != null) {
            jobs.priceWith(context.costs());
            observers.add(jobs);
        }
        if (resolved.scheduler().policy() == PolicyName.SLURM) {
            sacct = new SacctWriter(dir, context.unixStartTime());
            observers.add(sacct);
        }
        if (spec.timeseries()) {
            boolean chosen = spec.timeseriesStep() == 0;
            double step = chosen ? FIRST_STEP : spec.timeseriesStep();
            series = new AdaptiveSeries(step, chosen ? STEP_BUDGET : Integer.MAX_VALUE);
            this.name = resolved.name();
            observers.add(new TimeSeriesCollector(SimTime.ofSeconds(step), cluster,
                    context.costs() == null ? null : context.costs().pricing(), series));
        }
        return observers;
    }

    /** Writes summary.json (and metrics.om) and makes every file visible. */
    public void commit(RunReport report) {
        // First: its merge is the one step here likely to fail (disk full), before anything is renamed.
        if (sacct != null) {
            sacct.commit();
        }
        new SummaryJson().write(report, dir);
        if (series != null) {
            List<TimeSeriesPoint> points = series.points();
            double price = report.cost() == null ? 0 : report.cost().perNodeHour();
            TimeSeriesCsvWriter.write(points, dir, cluster.nodes(), price);
            OpenMetricsWriter metrics = new OpenMetricsWriter(name, cluster.nodes(), cluster.totalCores(),
                    cluster.totalGpus(), 0, price);
            points.forEach(metrics::accept);
            metrics.write(dir);
        }
        if (jobs != null) {
            jobs.commit();
        }
    }

    /** The names of the files a committed run has, for messages. */
    public String fileNames() {
        StringBuilder sb = new StringBuilder("summary.json");
        if (jobs != null) {
            sb.append(", jobs.csv");
        }
        if (series != null) {
            sb.append(", timeseries.csv, metrics.om");
        }
        if (sacct != null) {
            sb.append(", ").append(SacctWriter.FILE);
        }
        return sb.toString();
    }

    /** Discards whatever was not committed. */
    @Override
    public void close() {
        if (jobs != null) {
            jobs.close();
        }
        if (sacct != null) {
            sacct.close();
        }
    }
}
