package org.hpcsim.scenarios.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.models.cloud.CostCollector;
import org.hpcsim.models.cloud.InstanceCatalog;
import org.hpcsim.models.cloud.InstanceType;
import org.hpcsim.models.cloud.NodeGroup;
import org.hpcsim.models.cloud.PriceSeries;
import org.hpcsim.models.cloud.StorageVolume;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.run.ClusterRun;
import org.hpcsim.models.run.MetricsCollector;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.run.RunMetrics;
import org.hpcsim.models.run.RunObservers;
import org.hpcsim.models.kube.KubeStats;
import org.hpcsim.models.run.RunStats;
import org.hpcsim.models.scheduling.ConservativeBackfillPolicy;
import org.hpcsim.models.scheduling.EasyBackfillPolicy;
import org.hpcsim.models.scheduling.FcfsPolicy;
import org.hpcsim.models.scheduling.SchedulingPolicy;
import org.hpcsim.models.workload.JobSource;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.pcluster.PclusterSlurm;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.PolicyName;
import org.hpcsim.scenarios.spec.PricingSpec;
import org.hpcsim.scenarios.spec.Scenario;
import org.hpcsim.scenarios.spec.StorageSpec;

/** Builds the simulation a scenario describes, runs it to the end and reports what happened. */
public final class ScenarioRunner {
    private ScenarioRunner() {}

    /**
     * Runs {@code scenario}; relative trace paths are resolved against {@code baseDir}; every
     * observer in {@code observers} sees the run after the metrics collector.
     */
    public static RunReport run(Scenario scenario, Path baseDir, List<? extends RunObserver> observers) {
        return run(scenario, baseDir, context -> observers);
    }

    /** What observers a run gets, once its scenario is resolved and its cluster built. */
    @FunctionalInterface
    public interface ObserverFactory {
        /** The observers for the run {@code context} describes. */
        List<? extends RunObserver> create(RunContext context);
    }

    /**
     * Runs {@code scenario} with observers made by {@code observers} once the cluster is known
     * (it may come from the trace header); they see the run after the metrics collector.
     */
    public static RunReport run(Scenario scenario, Path baseDir, ObserverFactory observers) {
        return run(scenario, baseDir, observers, null);
    }

    /**
     * Runs {@code scenario} as {@link #run(Scenario, Path, ObserverFactory)} does, replaying its
     * trace from {@code traces} (read there on first use) when given, so that many runs in one
     * process read a trace once.
     */
    public static RunReport run(Scenario scenario, Path baseDir, ObserverFactory observers, SharedTraces traces) {
        if (scenario.cluster() != null && scenario.cluster().batch() != null
                && scenario.scheduler().policy() == PolicyName.SLURM) {
            throw new ScenarioException("cluster.batch: a batch environment runs under the fcfs, easy and conservative"
                    + " policies, not policy slurm (Batch is not Slurm)");
        }
        SlurmRuns.Setup slurm = SlurmRuns.setup(scenario, baseDir);
        if (slurm != null) {
            scenario = slurm.scenario();
        }
        RandomStreams streams = new RandomStreams(scenario.seed());
        try (OpenWorkload workload = OpenWorkload.open(scenario, baseDir, streams, traces)) {
            HomogeneousCluster cluster = OpenWorkload.toCluster(workload.cluster());
            MetricsCollector metrics = new MetricsCollector(cluster.totalCores());
            List<RunObserver> all = new ArrayList<>();
            all.add(metrics);
            RefusedJobs refused = new RefusedJobs();
            all.add(refused);
            CostCollector cost = costCollector(scenario, workload.cluster(), cluster, baseDir,
                    workload.unixStartTime(), MixedFleetGroups.of(workload.cluster(), slurm));
            if (cost != null) {
                if (cost.pricing().spotPrices() != null) {
                    // First, so that a series that starts too late stops the run before anything is priced.
                    all.add(0, new SpotPriceCoverage(cost.pricing().spotPrices(), workload.unixStartTime()));
                }
                all.add(cost);
            }
            all.addAll(observers.create(new RunContext(scenario.withCluster(workload.cluster()), cluster, cost,
                    workload.unixStartTime())));
            ClusterSpec spec = workload.cluster();
            PolicyName policy = scenario.scheduler().policy();
            if (spec.failures() != null && spec.dynamicNodes() > 0 && policy != PolicyName.SLURM) {
                throw new ScenarioException("cluster.failures: with dynamicNodes are modelled under policy slurm only"
                        + " (a failed cloud node powers down there); allowed: failures on static nodes, or policy slurm");
            }
            KubeStats[] kube = new KubeStats[1]; // what kube-scheduler and the kubelets did, under policy kubernetes
            RunStats stats = policy == PolicyName.SLURM
                    ? SlurmRuns.run(scenario, slurm, spec, workload.source(), RunObservers.of(all), streams,
                            baseDir, workload.unixStartTime())
                    : policy == PolicyName.KUBERNETES
                    ? KubeRuns.run(scenario, spec, withoutLinks(workload.source(), policy), RunObservers.of(all),
                            streams, baseDir, s -> kube[0] = s)
                    : new ClusterRun(cluster, policy(scenario.scheduler().policy()),
                            withoutLinks(workload.source(), policy),
                            scenario.scheduler().killAtTimeLimit(), scenario.workload().dependencies(),
                            RunObservers.of(all), spec.nodeFailures(), streams, BootTimes.launchModel(spec),
                            scenario.hardware() == null ? null
                                    : scenario.hardware().platform(spec.nodes() + spec.dynamicNodes(), baseDir)).run();
            RunMetrics m = metrics.metrics();
            return new RunReport(scenario.withCluster(workload.cluster()),
                    reconciled(workload.report(), m.jobs(), refused.count()), m, stats,
                    cost == null ? null : cost.report(lostNodeHours(stats, spec)), notes(slurm, refused), kube[0]);
        }
    }

    /** The workload, stopping at the first job with sbatch links {@code policy} does not model. */
    private static JobSource withoutLinks(JobSource source, PolicyName policy) {
        return new SbatchLinksRefused(source, policy.name().toLowerCase(Locale.ROOT));
    }

    private static List<String> notes(SlurmRuns.Setup slurm, RefusedJobs refused) {
        List<String> notes = new ArrayList<>(slurm == null ? List.of() : slurm.notes());
        if (refused.note() != null) {
            notes.add(refused.note());
        }
        return notes;
    }

    /**
     * A cost collector for a cluster with pricing, else null: its Spot prices read from the
     * series file when one is named, ISO dates placed by {@code unixStartTime}; the scenario's
     * storage paid over the run too. Node groups (compute resources, or the On-Demand and Spot
     * parts of a {@code mixed} Slurm fleet) are priced node by node.
     */
    private static CostCollector costCollector(Scenario scenario, ClusterSpec spec, HomogeneousCluster cluster,
                                               Path baseDir, long unixStartTime, List<NodeGroup> mixed) {
        List<StorageVolume> storage = storage(scenario.storage());
        InstanceType head = spec.headNode() == null ? null : InstanceCatalog.find(spec.headNode()).orElseThrow();
        if (spec.computeResources() != null) {
            return CostCollector.ofGroups(PclusterSlurm.groups(spec.computeResources()), storage, head);
        }
        if (mixed != null) {
            return CostCollector.ofGroups(mixed, storage, head);
        }
        if (spec.pricing() == null) {
            if (!storage.isEmpty()) {
                throw new ScenarioException("storage: needs a priced cluster (cluster.instanceType or"
                        + " cluster.pricing.perNodeHour): storage is reported in the cost section");
            }
            return null;
        }
        PricingSpec p = spec.pricing();
        PriceSeries series = p.spotPrices() == null ? null
                : SpotPriceFile.read(baseDir.resolve(p.spotPrices()), unixStartTime);
        double share = spec.spot() == null ? 1 : spec.spotNodesShare();
        return new CostCollector(cluster, p.resolve(spec.instanceType(), share, series), storage, head);
    }

    private static List<StorageVolume> storage(List<StorageSpec> specs) {
        List<StorageVolume> volumes = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            StorageSpec s = specs.get(i);
            if (s.capacityGiB() == 0) {
                throw new ScenarioException("storage[" + i + "].capacityGiB: is required (GiB paid for), unless"
                        + " --pcluster fills it from an FsxLustre StorageCapacity");
            }
            volumes.add(s.volume());
        }
        return volumes;
    }

    /** Node-hours of work lost to node failures (0 without them), as summary.json counts them. */
    private static double lostNodeHours(RunStats stats, ClusterSpec spec) {
        return stats.interruptions() == null ? 0
                : stats.interruptions().lostCpuSeconds() / spec.cpusOfFailingNodes() / 3600;
    }

    /** The reason for jobs that were read (a buffer reads ahead) but fell past a job limit or time window. */
    static final String CUT = "read but past the job limit or time window";

    /** The reason for jobs the scheduler refused or never started (see the run's notes). */
    static final String REFUSED = "refused or never started by the scheduler";

    /** As below, with no job refused by the scheduler. */
    static WorkloadReport reconciled(WorkloadReport w, long ran) {
        return reconciled(w, ran, 0);
    }

    /**
     * The report with jobs read but never replayed counted as dropped, so that read = dropped +
     * run always holds: {@code refused} of them the scheduler refused or never started, the rest a
     * reorder buffer read ahead of a limit or window end.
     */
    static WorkloadReport reconciled(WorkloadReport w, long ran, long refused) {
        long unaccounted = w.jobsRead() - w.jobsDropped() - ran;
        if (unaccounted <= 0) {
            return w;
        }
        Map<String, Long> dropped = new LinkedHashMap<>(w.droppedByReason());
        long notStarted = Math.min(refused, unaccounted);
        if (notStarted > 0) {
            dropped.merge(REFUSED, notStarted, Long::sum);
        }
        if (unaccounted > notStarted) {
            dropped.merge(CUT, unaccounted - notStarted, Long::sum);
        }
        return new WorkloadReport(w.source(), w.format(), w.jobsRead(), w.jobsDropped() + unaccounted, dropped,
                w.adjustments());
    }

    static SchedulingPolicy policy(PolicyName name) {
        switch (name) {
            case FCFS:
                return new FcfsPolicy();
            case EASY:
                return new EasyBackfillPolicy();
            case CONSERVATIVE:
                return new ConservativeBackfillPolicy();
            default:
                throw new IllegalArgumentException("no policy " + name);
        }
    }
}
