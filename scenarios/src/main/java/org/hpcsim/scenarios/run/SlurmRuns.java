package org.hpcsim.scenarios.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.platform.Platform;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.run.RunStats;
import org.hpcsim.models.slurm.Partition;
import org.hpcsim.models.slurm.PowerSaving;
import org.hpcsim.models.slurm.QosSetup;
import org.hpcsim.models.slurm.SchedulerParams;
import org.hpcsim.models.slurm.SelectType;
import org.hpcsim.models.slurm.SlurmConfig;
import org.hpcsim.models.slurm.SlurmController;
import org.hpcsim.models.slurm.SlurmNode;
import org.hpcsim.models.slurm.SlurmRunOptions;
import org.hpcsim.models.workload.JobSource;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.pcluster.PclusterSlurm;
import org.hpcsim.scenarios.slurmconf.IgnoredKey;
import org.hpcsim.scenarios.slurmconf.SlurmConf;
import org.hpcsim.scenarios.slurmconf.SlurmConfReader;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.HardwareSpec;
import org.hpcsim.scenarios.spec.PolicyName;
import org.hpcsim.scenarios.spec.Scenario;
import org.hpcsim.scenarios.spec.SlurmSpec;

/** Builds and runs the Slurm controller a scenario with policy slurm describes. */
final class SlurmRuns {
    private SlurmRuns() {}

    /**
     * A scenario's Slurm cluster read from its slurm.conf: the scenario with its cluster sized to
     * match, the modelled configuration, and notes on what the file said that is not modelled.
     */
    record Setup(Scenario scenario, SlurmConfig config, List<String> notes, PowerSaving power) {}

    /** The slurm.conf setup of {@code scenario}, or null when it names no slurm.conf. */
    static Setup setup(Scenario scenario, Path baseDir) {
        SlurmSpec spec = scenario.scheduler().slurm();
        ClusterSpec cluster = scenario.cluster();
        if (cluster != null && cluster.computeResources() != null) {
            return computeResources(scenario, spec == null ? SlurmSpec.defaults() : spec);
        }
        if (scenario.scheduler().policy() != PolicyName.SLURM || spec == null || spec.conf() == null) {
            if (scenario.scheduler().policy() == PolicyName.SLURM) {
                requireNoGroups(spec);
            }
            return null;
        }
        SlurmConf conf = SlurmConfReader.read(baseDir.resolve(spec.conf()));
        List<String> notes = new ArrayList<>();
        SlurmConfig config = SlurmConfMapping.of(conf, notes).withGroupMembers(spec.groups());
        if (!spec.groups().isEmpty() && config.partitions().stream().allMatch(p -> p.access().allowGroups().isEmpty())) {
            notes.add("scheduler.slurm.groups: no partition of " + spec.conf() + " sets AllowGroups, so the group"
                    + " member lists change nothing");
        }
        if (!conf.ignored().isEmpty()) {
            List<String> keys = conf.ignored().stream().map(IgnoredKey::toString).toList();
            notes.add(spec.conf() + ": " + keys.size() + " keys not modelled and ignored: " + String.join(", ", keys));
        }
        if (!conf.repeated().isEmpty()) {
            notes.add(spec.conf() + ": " + conf.repeated().size() + " keys given more than once, the last value used"
                    + " (as slurmctld: \"specified more than once, latest value used\"): "
                    + String.join(", ", conf.repeated()));
        }
        PowerSaving power = SlurmConfPower.of(conf, scenario.cluster(), notes);
        return new Setup(scenario.withCluster(clusterOf(config, scenario.cluster())), config, notes, power);
    }

    // The Slurm cluster of several compute resources (--pcluster): ParallelCluster's nodes and partitions.
    private static Setup computeResources(Scenario scenario, SlurmSpec spec) {
        ClusterSpec cluster = scenario.cluster();
        if (scenario.scheduler().policy() != PolicyName.SLURM) {
            throw new ScenarioException("cluster.computeResources: several compute resources run under policy slurm"
                    + " only (allowed: --scheduler slurm, or pick one with --pcluster-queue/--pcluster-compute-resource)");
        }
        if (spec.conf() != null) {
            throw new ScenarioException("cluster.computeResources: not with scheduler.slurm.conf, which gives the"
                    + " nodes too (give one)");
        }
        requireNoGroups(spec);
        SlurmConfig config = PclusterSlurm.config(cluster.computeResources(), spec);
        PowerSaving power = PclusterSlurm.power(cluster.computeResources(), BootTimes.fixed(cluster.bootTime()),
                BootTimes.launchModel(cluster), cluster.scaledownIdleTime());
        // Sized as a slurm.conf's cluster is, GPUs included (spread evenly), for metrics and filters.
        ClusterSpec sized = clusterOf(config, null);
        ClusterSpec run = new ClusterSpec(sized.nodes(), sized.coresPerNode(), sized.gpusPerNode(), sized.allocation(),
                null, null, 0, cluster.bootTime(), cluster.scaledownIdleTime(), null, null, null, 0, null,
                cluster.headNode()).withComputeResources(cluster.computeResources()).withSpot(cluster.spot());
        return new Setup(scenario.withCluster(run), config, List.of(), power);
    }

    /** Refuses group member lists where no slurm.conf's AllowGroups could read them. */
    private static void requireNoGroups(SlurmSpec spec) {
        if (spec != null && !spec.groups().isEmpty()) {
            throw new ScenarioException("scheduler.slurm.groups: member lists are for a slurm.conf's AllowGroups;"
                    + " give scheduler.slurm.conf or --slurm-conf, or leave groups out");
        }
    }

    /**
     * Refuses a partition whose QOS= names no QOS of the scenario, as slurmctld refuses to start
     * ("Partition X has an invalid qos", read_config.c).
     */
    private static void requirePartitionQos(SlurmConfig config, SlurmSpec spec) {
        QosSetup setup = spec.qosSetup();
        for (Partition p : config.partitions()) {
            if (!p.qos().isEmpty() && setup.indexOf(p.qos()) < 0) {
                throw new ScenarioException(spec.conf() + ": PartitionName=" + p.name() + " has QOS=" + p.qos()
                        + ", which scheduler.slurm.qos does not define (QOS live in the accounting database: list it"
                        + " there" + (setup.enabled() ? "" : ", with the other QOS the jobs use") + ")");
            }
        }
    }

    /**
     * The scenario's cluster with the slurm.conf's size, for metrics and cost: nodes times CPUs
     * when every node has as many CPUs, else every CPU as a one-core node so the total is exact.
     * GPUs are spread evenly over those nodes (rounded up), so that GPU jobs are not dropped as
     * needing GPUs the cluster lacks; the total is exact when it divides evenly.
     */
    private static ClusterSpec clusterOf(SlurmConfig config, ClusterSpec base) {
        List<SlurmNode> nodes = config.nodes();
        int cpus = nodes.get(0).cpus();
        boolean uniform = nodes.stream().allMatch(n -> n.cpus() == cpus);
        int n = uniform ? nodes.size() : (int) config.totalCpus();
        int c = uniform ? cpus : 1;
        AllocationUnit unit = config.select() == SelectType.LINEAR ? AllocationUnit.NODE : AllocationUnit.CORE;
        long gpus = nodes.stream().mapToLong(SlurmNode::gpus).sum();
        int gpusPerNode = (int) ((gpus + n - 1) / n);
        return base != null ? base.withSize(n, c) : new ClusterSpec(n, c, gpusPerNode, unit);
    }

    /**
     * Runs the controller; nodes fail as {@code cluster}'s spot and failures blocks say, by index in
     * the configured node order, so under a slurm.conf the Spot nodes are the last of its nodes.
     * Simulation time 0 stands for Unix time {@code unixOrigin} (s), on which backfill's rounding rests.
     */
    static RunStats run(Scenario scenario, Setup setup, ClusterSpec cluster, JobSource source, RunObserver observer,
                        RandomStreams streams, Path baseDir, long unixOrigin) {
        if (cluster.dynamicNodes() > 0 && setup != null) {
            throw new ScenarioException("cluster.dynamicNodes: not with scheduler.slurm.conf, whose nodes are the"
                    + " cluster (allowed: dynamicNodes without a slurm.conf)");
        }
        SlurmConfig config = setup != null ? setup.config() : config(scenario.scheduler().slurm(), cluster);
        // A priority block in the scenario overrides what a slurm.conf says (it alone can give the account tree).
        if (scenario.scheduler().slurm().multifactor() != null) {
            config = config.withMultifactor(scenario.scheduler().slurm().multifactor());
        }
        config = config.withSwitches(scenario.scheduler().slurm().switches());
        // When slurmctld started and its backfill thread's phase are no slurm.conf settings: the
        // scenario gives them in either case.
        config = config.withControllerClock(scenario.scheduler().slurm().params());
        // QOS live in slurmdbd, not slurm.conf: only the scenario gives them.
        requirePartitionQos(config, scenario.scheduler().slurm());
        try {
            config = config.withQos(scenario.scheduler().slurm().qosSetup());
        } catch (IllegalArgumentException e) {
            // A slurm.conf's PriorityDecayHalfLife=0 under grpTresMins: usage would never fall.
            throw new ScenarioException("scheduler.slurm.qos: " + e.getMessage()
                    + " (the slurm.conf sets PriorityDecayHalfLife=0; PriorityUsageResetPeriod is not modelled)");
        }
        if (scenario.scheduler().slurm().preemption() != null) {
            config = config.withPreemption(scenario.scheduler().slurm().preemption());
        }
        PowerSaving power = setup != null ? setup.power() : SlurmPowerSaving.of(cluster, config);
        double share = cluster.spotNodesShare();
        if (power != null && share > 0 && share < 1 && cluster.pricing() != null
                && cluster.pricing().spotPrices() != null) {
            throw new ScenarioException("cluster.pricing.spotPrices: a Spot price series with a Spot share of cloud"
                    + " nodes that power up and down is not modelled (allowed: a constant spotDiscount)");
        }
        SlurmRunOptions options = new SlurmRunOptions(
                MaintenanceMapping.of(scenario.scheduler().slurm().maintenance(), config),
                scenario.workload().dependencies(), cluster.nodeFailures(config.nodes().size()), streams,
                platform(scenario, config, baseDir), power).withUnixOrigin(unixOrigin);
        return new SlurmController(config, source, scenario.scheduler().killAtTimeLimit(), observer, options).run();
    }

    /**
     * The scenario's hardware on the Slurm cluster's nodes, or null without a hardware block: jobs
     * then hold whole nodes (select/linear), each node the node type's cores.
     */
    private static Platform platform(Scenario scenario, SlurmConfig config, Path baseDir) {
        HardwareSpec hardware = scenario.hardware();
        if (hardware == null) {
            return null;
        }
        if (config.select() != SelectType.LINEAR) {
            throw new ScenarioException("hardware: under policy slurm needs whole-node allocation (SelectType="
                    + "select/linear, or allocation: node without a slurm.conf); jobs sharing nodes are not modelled");
        }
        int cores = hardware.nodeType().resolve().cores();
        for (SlurmNode n : config.nodes()) {
            if (n.cpus() != cores) {
                throw new ScenarioException("hardware.nodeType: node " + n.name() + " has " + n.cpus()
                        + " CPUs but node type " + hardware.nodeType().resolve().name() + " has " + cores + " cores");
            }
        }
        return hardware.platform(config.nodes().size(), baseDir);
    }

    /**
     * The Slurm cluster of a scenario without slurm.conf: its nodes, n1..nN, in one default
     * partition; dynamic nodes, the last ones, weigh more (see {@link SlurmPowerSaving}).
     */
    static SlurmConfig config(SlurmSpec spec, ClusterSpec cluster) {
        SelectType select = spec.select() != null ? spec.select()
                : cluster.allocation() == AllocationUnit.NODE ? SelectType.LINEAR : SelectType.CONS_TRES;
        SchedulerParams params = spec.params();
        int all = cluster.nodes() + cluster.dynamicNodes();
        SlurmConfig uniform = SlurmConfig.uniform(all, cluster.coresPerNode(), spec.scheduler(), select, params);
        if (cluster.gpusPerNode() == 0 && cluster.dynamicNodes() == 0) {
            return uniform;
        }
        List<SlurmNode> nodes = new ArrayList<>(all);
        for (SlurmNode n : uniform.nodes()) {
            boolean dynamic = nodes.size() >= cluster.nodes();
            nodes.add(new SlurmNode(n.name(), n.cpus(), n.memoryMb(), cluster.gpusPerNode(), "",
                    dynamic ? SlurmPowerSaving.DYNAMIC_WEIGHT : n.weight(), n.features()));
        }
        return new SlurmConfig(nodes, uniform.partitions(), spec.scheduler(), select, params, false, null);
    }
}
