package org.hpcsim.scenarios.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.workload.JobSource;
import org.hpcsim.scenarios.InputNotFoundException;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.Scenario;
import org.hpcsim.scenarios.spec.WorkloadSpec;
import org.hpcsim.scenarios.swf.DropReason;
import org.hpcsim.scenarios.swf.DropReport;
import org.hpcsim.scenarios.swf.SwfJobSource;
import org.hpcsim.scenarios.swf.SwfReader;
import org.hpcsim.scenarios.synthetic.PoissonWorkload;

/**
 * A scenario's workload opened for reading, with the cluster it runs on (the scenario's, or the
 * trace header's when the scenario gives none).
 */
final class OpenWorkload implements AutoCloseable {
    private final ClusterSpec cluster;
    private final JobSource source;
    private final SwfJobSource trace;
    private final String sourceName;
    private final long syntheticJobs;

    private OpenWorkload(ClusterSpec cluster, JobSource source, SwfJobSource trace, String sourceName,
                         long syntheticJobs) {
        this.cluster = cluster;
        this.source = source;
        this.trace = trace;
        this.sourceName = sourceName;
        this.syntheticJobs = syntheticJobs;
    }

    static OpenWorkload open(Scenario scenario, Path baseDir, RandomStreams streams) {
        WorkloadSpec w = scenario.workload();
        if (w.trace() != null) {
            SwfReader reader = openTrace(baseDir.resolve(w.trace()), w.trace());
            ClusterSpec cluster = scenario.cluster() != null ? scenario.cluster()
                    : ClusterFromTrace.of(reader.header(), w.trace());
            long processors = (long) cluster.nodes() * cluster.coresPerNode();
            SwfJobSource trace = new SwfJobSource(reader, processors);
            return new OpenWorkload(cluster, new PrefetchingJobSource(trace, "trace"), trace, w.trace(), 0);
        }
        ClusterSpec cluster = scenario.cluster();
        PoissonWorkload source = new PoissonWorkload(w.synthetic(), toCluster(cluster), streams);
        return new OpenWorkload(cluster, source, null, "synthetic", w.synthetic().jobs());
    }

    private static SwfReader openTrace(Path path, String asGiven) {
        try {
            return SwfReader.open(path);
        } catch (NoSuchFileException e) {
            throw new InputNotFoundException(asGiven + ": no such trace file (looked at " + path + ")");
        } catch (IOException e) {
            throw new ScenarioException(asGiven + ": cannot read the trace: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new ScenarioException(asGiven + ": cannot read the trace: " + e.getCause().getMessage());
        }
    }

    static HomogeneousCluster toCluster(ClusterSpec c) {
        return new HomogeneousCluster(c.nodes(), c.coresPerNode(), c.allocation());
    }

    ClusterSpec cluster() {
        return cluster;
    }

    JobSource source() {
        return source;
    }

    WorkloadReport report() {
        if (trace == null) {
            return new WorkloadReport(sourceName, syntheticJobs, 0, Map.of(), 0);
        }
        DropReport r = trace.report();
        Map<String, Long> reasons = new LinkedHashMap<>();
        for (DropReason reason : DropReason.values()) {
            reasons.put(reason.description(), r.dropped(reason));
        }
        return new WorkloadReport(sourceName, r.seen(), r.dropped(), reasons, r.requestedTimeMissing());
    }

    @Override
    public void close() {
        source.close();
    }
}
