package org.hpcsim.scenarios.run;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.slurm.BillingWeights;
import org.hpcsim.models.slurm.GpuCpuDefaults;
import org.hpcsim.models.slurm.Partition;
import org.hpcsim.models.slurm.PartitionAccess;
import org.hpcsim.models.slurm.PreemptMode;
import org.hpcsim.models.slurm.SchedulerType;
import org.hpcsim.models.slurm.SelectType;
import org.hpcsim.models.slurm.SlurmConfig;
import org.hpcsim.models.slurm.SlurmNode;
import org.hpcsim.models.slurm.SwitchTree;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.slurmconf.Gres;
import org.hpcsim.scenarios.slurmconf.Node;
import org.hpcsim.scenarios.slurmconf.NodeState;
import org.hpcsim.scenarios.slurmconf.OverSubscribe;
import org.hpcsim.scenarios.slurmconf.PartitionState;
import org.hpcsim.scenarios.slurmconf.SchedulingConfig;
import org.hpcsim.scenarios.slurmconf.SlurmConf;
import org.hpcsim.scenarios.slurmconf.Switch;
import org.hpcsim.scenarios.slurmconf.TimeLimit;
import org.hpcsim.scenarios.slurmconf.Topology;

/**
 * Builds the modelled Slurm cluster a slurm.conf describes: its nodes (CPUs, memory, GPUs from
 * Gres, Weight, features), partitions, SchedulerType, SelectType and whether it counts memory,
 * SchedulerParameters, OverTimeLimit, priority plugin, preempt/partition_prio and, for
 * topology/tree, the switch tree of topology.conf. What the model cannot honour is refused in one
 * line naming the file and line, rather than quietly run differently.
 */
public final class SlurmConfMapping {
    /** slurm.conf(5), NodeName State: the states in which a node is not allocated. */
    private static final Set<NodeState> OUT_OF_SERVICE = EnumSet.of(NodeState.DOWN, NodeState.DRAIN, NodeState.FAIL,
            NodeState.FAILING, NodeState.FUTURE);

    private SlurmConfMapping() {}

    /** The modelled cluster of {@code conf}. */
    public static SlurmConfig of(SlurmConf conf) {
        return of(conf, new ArrayList<>());
    }

    /**
     * The modelled cluster of {@code conf}; settings it reads but does not yet model are added to
     * {@code notes}, one line each, so a run never differs from the file silently.
     */
    public static SlurmConfig of(SlurmConf conf, List<String> notes) {
        String file = conf.path().toString();
        SlurmConfPartitionNotes.add(conf, notes);
        SlurmConfPriorityFlags flags = new SlurmConfPriorityFlags(conf.priority().flags());
        flags.addNotes(file, notes);
        List<SlurmNode> nodes = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        SchedulingConfig s = conf.scheduling();
        SelectType select = select(s.selectType(), conf);
        SlurmConfSelectNotes.add(conf, select, notes);
        SlurmConfCores.Unit unit = select == SelectType.CONS_TRES ? SlurmConfCores.unit(conf) : SlurmConfCores.Unit.CPU;
        noteOutOfService(conf, notes);
        boolean gpuListed = SlurmConfGresTypes.lists(conf, "gpu");
        SlurmConfGresTypes.noteUnlisted(conf, notes);
        for (Node n : conf.nodes()) {
            index.put(n.name(), nodes.size());
            nodes.add(node(n, unit, gpuListed));
        }
        List<Partition> partitions = new ArrayList<>();
        for (org.hpcsim.scenarios.slurmconf.Partition p : conf.partitions()) {
            partitions.add(partition(p, index, conf, SlurmConfBilling.of(p, flags.billingCombine(), notes)));
        }
        if (partitions.isEmpty()) {
            throw new ScenarioException(conf.path() + ": no PartitionName line (slurmctld needs at least one partition)");
        }
        if (conf.defaultPartition().isEmpty() && !conf.jobSubmitPlugins().contains("all_partitions")) {
            notes.add(file + ": no partition is Default=YES: as slurmctld (\"default partition not set\"), every job"
                    + " that names no partition is refused at submission");
        }
        SlurmConfig config = new SlurmConfig(nodes, partitions, scheduler(s.schedulerType(), conf), select,
                SlurmConfSchedulerParams.of(s, select, conf.path().toString(), notes), true,
                SlurmConfPriority.multifactor(conf.priority(), conf, notes)).withTopology(tree(conf, index, notes))
                .withPreemption(SlurmConfPreemption.of(conf, notes))
                .withMemory(SlurmConfMemory.of(conf, select == SelectType.CONS_TRES, notes))
                .withCpusPerGpu(cpusPerGpu(conf)).withJobRequeue(conf.preemption().jobRequeue());
        return jobSubmitPlugins(conf, config, notes);
    }

    /** DefCpuPerGPU, the cluster's and each partition's that sets its own. */
    private static GpuCpuDefaults cpusPerGpu(SlurmConf conf) {
        Map<String, Integer> byPartition = new TreeMap<>();
        for (org.hpcsim.scenarios.slurmconf.Partition p : conf.partitions()) {
            p.defCpuPerGpu().ifPresent(c -> byPartition.put(p.name(), c));
        }
        return new GpuCpuDefaults(conf.scheduling().defCpuPerGpu(), byPartition);
    }

    /** JobSubmitPlugins: all_partitions is modelled, any other is noted as not. */
    private static SlurmConfig jobSubmitPlugins(SlurmConf conf, SlurmConfig config, List<String> notes) {
        List<String> others = conf.jobSubmitPlugins().stream().filter(p -> !p.equals("all_partitions")).toList();
        if (!others.isEmpty()) {
            notes.add(conf.path() + ": JobSubmitPlugins " + String.join(", ", others)
                    + " not modelled (all_partitions is)");
        }
        return conf.jobSubmitPlugins().contains("all_partitions") ? config.withAllPartitions() : config;
    }

    /**
     * The switch tree when TopologyPlugin is topology/tree and a topology.conf was read, else null
     * with a note saying why switches play no part.
     */
    private static SwitchTree tree(SlurmConf conf, Map<String, Integer> index, List<String> notes) {
        String file = conf.path().toString();
        String plugin = conf.topologyPlugin();
        if (!plugin.equalsIgnoreCase("topology/tree")) {
            if (!plugin.equalsIgnoreCase("topology/none")) {
                notes.add(file + ": TopologyPlugin=" + plugin + " is not modelled: nodes are chosen without regard"
                        + " to the network");
            } else if (conf.topology().isPresent()) {
                notes.add(file + ": TopologyPlugin=topology/none: the topology.conf given is not used, as slurmctld"
                        + " would not use it");
            }
            return null;
        }
        if (conf.topology().isEmpty()) {
            // topology_tree.c, 22.05: with no switch read it logs "No switches configured" and selects without a tree.
            notes.add(file + ": TopologyPlugin=topology/tree but no topology.conf beside it: as slurmctld, nodes are"
                    + " chosen without regard to switches");
            return null;
        }
        Topology t = conf.topology().get();
        SwitchTree.Builder b = SwitchTree.builder(conf.nodes().size());
        for (Switch sw : t.switches()) {
            if (sw.isLeaf()) {
                b.leaf(sw.name(), sw.nodes().stream().mapToInt(index::get).toArray());
            } else {
                b.upper(sw.name(), sw.switches());
            }
        }
        String topologyFile = t.switches().get(0).at().file();
        for (String note : t.notes()) {
            notes.add(topologyFile + ": " + note);
        }
        SwitchTree tree = b.build();
        long unreached = java.util.stream.IntStream.range(0, tree.nodeCount()).filter(i -> tree.leafOf(i) < 0).count();
        if (unreached > 0) {
            // select_linear.c _job_test_topo and cons_tres _eval_nodes_topo only choose nodes below a switch.
            notes.add(topologyFile + ": " + unreached + " node(s) under no switch never get a job under topology/tree");
        }
        return tree;
    }

    /**
     * Notes the nodes a State keeps out of service for the whole run: slurmctld allocates none of
     * them until an administrator brings it back (ReturnToService is not modelled).
     */
    private static void noteOutOfService(SlurmConf conf, List<String> notes) {
        List<String> out = conf.nodes().stream().filter(n -> OUT_OF_SERVICE.contains(n.state()))
                .map(n -> n.name() + " (" + n.state() + ")").toList();
        if (!out.isEmpty()) {
            notes.add(conf.path() + ": " + out.size() + (out.size() == 1 ? " node takes" : " nodes take")
                    + " no job in this run, as its State in slurm.conf says: " + String.join(", ", out.subList(0,
                    Math.min(out.size(), 8))) + (out.size() > 8 ? ", ..." : ""));
        }
    }

    /**
     * The node {@code n} describes, its CPUs going to jobs in {@code unit}s ({@link SlurmConfCores});
     * its GPUs only where GresTypes lists gpu ({@code gpuListed}).
     */
    private static SlurmNode node(Node n, SlurmConfCores.Unit unit, boolean gpuListed) {
        int gpus = 0;
        String type = "";
        for (Gres g : n.gres()) {
            if (gpuListed && g.name().equals("gpu")) {
                gpus += (int) g.count();
                type = type.isEmpty() ? g.type().orElse("") : type;
            }
        }
        return new SlurmNode(n.name(), n.cpus(), n.realMemoryMb(), gpus, type, (int) Math.min(n.weight(),
                Integer.MAX_VALUE), n.features(), SlurmConfCores.cpusPerCore(n, unit), SlurmConfCores.cpusPerSocket(n, unit),
                !OUT_OF_SERVICE.contains(n.state()));
    }

    private static Partition partition(org.hpcsim.scenarios.slurmconf.Partition p, Map<String, Integer> index,
                                       SlurmConf conf, BillingWeights billing) {
        BitSet members = new BitSet();
        for (String name : p.nodes()) {
            Integer i = index.get(name);
            if (i == null) {
                throw new ScenarioException(p.at() + ": partition " + p.name() + " names node " + name
                        + ", which no NodeName line defines");
            }
            members.set(i);
        }
        if (members.isEmpty()) {
            throw new ScenarioException(p.at() + ": partition " + p.name() + " has no nodes");
        }
        // slurmctld keeps partition times in whole minutes, seconds rounded up (time_str2mins).
        long maxTime = wholeMinutes(p.maxTime());
        long defaultTime = p.defaultTime().map(SlurmConfMapping::wholeMinutes).filter(t -> t != Long.MAX_VALUE)
                .orElse(-1L);
        int maxNodes = p.maxNodes().isPresent() && p.maxNodes().getAsInt() > 0 ? p.maxNodes().getAsInt()
                : Integer.MAX_VALUE;
        return new Partition(p.name(), members, p.isDefault(), p.priorityTier(), p.priorityJobFactor(), maxTime,
                defaultTime, maxNodes, preemptMode(p, conf), p.qos().orElse(""), access(p),
                p.overSubscribe().mode() == OverSubscribe.Mode.EXCLUSIVE, billing)
                .withMaxCpusPerNode(p.maxCpusPerNode().orElse(Integer.MAX_VALUE)).withMinNodes(p.minNodes())
                .withExclusiveUser(p.exclusiveUser()).withGraceTime(SimTime.seconds(p.graceTimeSeconds()));
    }

    /** State, AllowGroups, AllowAccounts, DenyAccounts, AllowQos and DenyQos; ALL in an allow list admits everyone. */
    private static PartitionAccess access(org.hpcsim.scenarios.slurmconf.Partition p) {
        List<String> allowAccounts = p.allowsAllAccounts() ? List.of() : p.allowAccounts();
        List<String> allowQos = allOrList(p.allowQos());
        return new PartitionAccess(allowAccounts, p.denyAccounts(), allowQos, p.denyQos(),
                p.state() == PartitionState.UP ? "" : p.state().name(), allOrList(p.allowGroups()));
    }

    /** An allow list as the model keeps it: empty for ALL. */
    private static List<String> allOrList(List<String> allow) {
        return allow.contains(org.hpcsim.scenarios.slurmconf.Partition.ALL) ? List.of() : allow;
    }

    private static PreemptMode preemptMode(org.hpcsim.scenarios.slurmconf.Partition p, SlurmConf conf) {
        Set<org.hpcsim.scenarios.slurmconf.PreemptMode> modes = p.preemptMode().orElse(conf.preemption().mode());
        if (modes.contains(org.hpcsim.scenarios.slurmconf.PreemptMode.REQUEUE)) {
            return PreemptMode.REQUEUE;
        }
        if (modes.contains(org.hpcsim.scenarios.slurmconf.PreemptMode.CANCEL)) {
            return PreemptMode.CANCEL;
        }
        return PreemptMode.OFF;
    }

    /** {@code t} in nanoseconds as slurmctld keeps a partition's times, whole minutes rounded up; unlimited as Long.MAX_VALUE. */
    private static long wholeMinutes(TimeLimit t) {
        return t.minutesRoundedUp().map(m -> m * SimTime.MINUTE).orElse(Long.MAX_VALUE);
    }

    private static SchedulerType scheduler(String type, SlurmConf conf) {
        switch (type.toLowerCase(Locale.ROOT)) {
            case "sched/backfill":
                return SchedulerType.BACKFILL;
            case "sched/builtin":
                return SchedulerType.BUILTIN;
            default:
                throw new ScenarioException(conf.path() + ": SchedulerType=" + type
                        + " is not modelled (allowed: sched/backfill, sched/builtin)");
        }
    }

    private static SelectType select(String type, SlurmConf conf) {
        switch (type.toLowerCase(Locale.ROOT)) {
            case "select/linear":
                return SelectType.LINEAR;
            case "select/cons_tres":
            case "select/cons_res":
                return SelectType.CONS_TRES;
            default:
                throw new ScenarioException(conf.path() + ": SelectType=" + type
                        + " is not modelled (allowed: select/linear, select/cons_tres, select/cons_res)");
        }
    }
}
