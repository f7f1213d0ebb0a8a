package org.hpcsim.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.run.TimeSeriesCollector;
import org.hpcsim.scenarios.run.RunReport;
import org.hpcsim.scenarios.spec.OutputSpec;
import org.hpcsim.scenarios.spec.Scenario;

/**
 * Every output file of one run: jobs.csv and timeseries.csv stream during the run into temporary
 * files; {@link #commit} writes summary.json and metrics.om and renames everything into place, so
 * a failed run leaves the folder's earlier results as they were.
 */
public final class OutputWriters implements AutoCloseable {
    private final Path dir;
    private final OutputSpec spec;
    private final JobsCsvWriter jobs;
    private TimeSeriesCsvWriter series;
    private OpenMetricsWriter metrics;

    /** Opens the outputs {@code spec} asks for in {@code dir}. */
    public OutputWriters(Path dir, OutputSpec spec) {
        this.dir = dir;
        this.spec = spec;
        this.jobs = spec.jobsCsv() ? new JobsCsvWriter(dir) : null;
    }

    /** The observers that feed the outputs, for a run of {@code resolved} on {@code cluster}. */
    public List<RunObserver> observers(Scenario resolved, HomogeneousCluster cluster) {
        List<RunObserver> observers = new ArrayList<>();
        if (jobs != null) {
            observers.add(jobs);
        }
        if (spec.timeseriesStep() > 0) {
            series = new TimeSeriesCsvWriter(dir);
            metrics = new OpenMetricsWriter(resolved.name(), cluster.nodes(), cluster.totalCores(), cluster.totalGpus(), 0);
            observers.add(new TimeSeriesCollector(SimTime.ofSeconds(spec.timeseriesStep()), cluster, p -> {
                series.accept(p);
                metrics.accept(p);
            }));
        }
        return observers;
    }

    /** Writes summary.json (and metrics.om) and makes every file visible. */
    public void commit(RunReport report) {
        new SummaryJson().write(report, dir);
        if (metrics != null) {
            metrics.write(dir);
            series.commit();
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
        if (metrics != null) {
            sb.append(", timeseries.csv, metrics.om");
        }
        return sb.toString();
    }

    /** Discards whatever was not committed. */
    @Override
    public void close() {
        if (jobs != null) {
            jobs.close();
        }
        if (series != null) {
            series.close();
        }
    }
}
