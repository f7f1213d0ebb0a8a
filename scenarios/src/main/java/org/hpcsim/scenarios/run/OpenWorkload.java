package org.hpcsim.scenarios.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.workload.JobSource;
import org.hpcsim.scenarios.InputNotFoundException;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.Scenario;
import org.hpcsim.scenarios.spec.WorkloadSpec;
import org.hpcsim.scenarios.swf.SwfReader;
import org.hpcsim.scenarios.synthetic.SyntheticWorkloads;
import org.hpcsim.scenarios.trace.ReadReport;
import org.hpcsim.scenarios.trace.TraceFormat;
import org.hpcsim.scenarios.trace.TraceOpener;
import org.hpcsim.scenarios.trace.TraceSource;
import org.hpcsim.scenarios.trace.Traces;
import org.hpcsim.scenarios.transform.JobFilters;
import org.hpcsim.scenarios.transform.RejectingJobSource;
import org.hpcsim.scenarios.transform.Transforms;

/**
 * A scenario's workload opened for reading: the trace in its format (or the synthetic model),
 * put in submit order when the format needs it, cleared of jobs that could never start, then
 * transformed, and read a batch ahead on a second thread. It also resolves the cluster (the
 * scenario's, or an SWF trace header's when the scenario gives none).
 */
final class OpenWorkload implements AutoCloseable {
    private final Scenario scenario;
    private final Path baseDir;
    private final RandomStreams streams;
    private final SharedTraces shared;
    private final ClusterSpec cluster;
    private final HomogeneousCluster machine;
    private final TraceFormat format;
    private TraceSource trace;
    private ReadReport chain;                                   // reorder buffer and fit check, last pass
    private final ReadReport transformed = new ReadReport();    // filters and slicing
    private final JobSource source;

    private OpenWorkload(Scenario scenario, Path baseDir, RandomStreams streams, SharedTraces shared) {
        this.scenario = scenario;
        this.baseDir = baseDir;
        this.streams = streams;
        this.shared = shared;
        WorkloadSpec w = scenario.workload();
        this.format = w.trace() == null ? null : Traces.formatOf(tracePath(), w.format(), w.trace());
        this.cluster = scenario.cluster() != null ? scenario.cluster() : clusterFromTrace();
        this.machine = toCluster(cluster);
        this.source = new PrefetchingJobSource(Transforms.apply(this::openChain, w.transforms(), machine, transformed),
                w.trace() != null ? "trace" : "synthetic");
    }

    /** Opens the workload; a trace comes from {@code shared} when given (null: read from its file). */
    static OpenWorkload open(Scenario scenario, Path baseDir, RandomStreams streams, SharedTraces shared) {
        return new OpenWorkload(scenario, baseDir, streams, shared);
    }

    /**
     * A fresh chain from the start of the workload: reader, reorder buffer, fit check. Called
     * twice when a target load needs a measuring pass; the reports of the last call count.
     */
    private JobSource openChain() {
        ReadReport report = new ReadReport();
        chain = report;
        JobSource jobs;
        WorkloadSpec w = scenario.workload();
        if (format != null) {
            trace = openTrace();
            jobs = Traces.inSubmitOrder(trace, format, report);
        } else {
            jobs = SyntheticWorkloads.create(w.synthetic(), machine, streams);
        }
        return new RejectingJobSource(jobs, JobFilters.fit(machine), report);
    }

    private Path tracePath() {
        return baseDir.resolve(scenario.workload().trace());
    }

    private TraceSource openTrace() {
        WorkloadSpec w = scenario.workload();
        try {
            return shared != null ? shared.open(tracePath(), format, ZoneId.of(w.timezone()), machine.totalCores())
                    : TraceOpener.open(tracePath(), format, ZoneId.of(w.timezone()), machine.totalCores());
        } catch (NoSuchFileException e) {
            throw new InputNotFoundException(w.trace() + ": no such trace file (looked at " + tracePath() + ")");
        } catch (IOException e) {
            throw new ScenarioException(w.trace() + ": cannot read the trace: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new ScenarioException(w.trace() + ": cannot read the trace: " + e.getCause().getMessage());
        }
    }

    private ClusterSpec clusterFromTrace() {
        String trace = scenario.workload().trace();
        if (format != TraceFormat.SWF) {
            throw new ScenarioException("cluster: is required for a " + format.word()
                    + " trace (only an SWF header describes its machine)");
        }
        try (SwfReader header = SwfReader.open(tracePath())) {
            return ClusterFromTrace.of(header.header(), trace);
        } catch (IOException e) {
            throw new ScenarioException(trace + ": cannot read the trace: " + e.getMessage());
        }
    }

    static HomogeneousCluster toCluster(ClusterSpec c) {
        return c.dynamicNodes() == 0
                ? new HomogeneousCluster(c.nodes(), c.coresPerNode(), c.gpusPerNode(), c.allocation())
                : new HomogeneousCluster(c.nodes(), c.dynamicNodes(), c.coresPerNode(), c.gpusPerNode(), c.allocation(),
                        BootTimes.fixed(c.bootTime()), SimTime.ofSeconds(c.scaledownIdleTime()));
    }

    ClusterSpec cluster() {
        return cluster;
    }

    JobSource source() {
        return source;
    }

    /** The Unix time (s) that simulation time 0 stands for; 0 for a synthetic workload. */
    long unixStartTime() {
        return trace == null ? 0 : trace.unixStartTime();
    }

    /** What was read, dropped and adjusted; complete once the source is exhausted. */
    WorkloadReport report() {
        WorkloadSpec w = scenario.workload();
        Map<String, Long> dropped = new LinkedHashMap<>();
        Map<String, Long> adjusted = new LinkedHashMap<>();
        long read = 0;
        if (trace != null) {
            ReadReport r = trace.report();
            read = r.seen();
            dropped.putAll(r.droppedByReason());
            adjusted.putAll(r.adjustments());
        }
        for (ReadReport r : new ReadReport[] {chain, transformed}) {
            r.droppedByReason().forEach((k, v) -> dropped.merge(k, v, Long::sum));
            r.adjustments().forEach((k, v) -> adjusted.merge(k, v, Long::sum));
        }
        long droppedTotal = dropped.values().stream().mapToLong(Long::longValue).sum();
        if (trace == null) {
            read = w.synthetic().jobs();
        }
        return new WorkloadReport(w.trace() != null ? w.trace() : "synthetic",
                format != null ? format.word() : w.synthetic().model(), read, droppedTotal, dropped, adjusted);
    }

    @Override
    public void close() {
        source.close();
    }
}
