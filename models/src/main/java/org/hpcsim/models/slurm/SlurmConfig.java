package org.hpcsim.models.slurm;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * A Slurm cluster and its controller's settings: nodes, partitions, scheduler and select plugins,
 * scheduler parameters.
 *
 * @param nodes      the nodes, in slurm.conf order
 * @param partitions the partitions; at most one is the default
 * @param scheduler  SchedulerType
 * @param select     SelectType
 * @param params     SchedulerParameters and OverTimeLimit
 * @param jobPartitions whether the partition a job's labels name chooses its partition; when
 *                   false (a cluster whose partitions the trace never knew) every job goes to
 *                   the default partition
 * @param multifactor priority/multifactor's setup, or null for priority/basic (first in, first out)
 * @param topology   the switch tree of topology/tree, or null for none (topology/none)
 * @param switches   the --switches every job asks for, since traces do not carry it
 * @param preemption PreemptType and its settings; each partition's PreemptMode says whether and how
 *                   its jobs are preempted
 * @param qos        the QOS of the accounting database ({@link QosSetup#NONE}: none)
 * @param memory     whether select/cons_tres counts memory ({@link ConsumableMemory#NONE}: it does not)
 * @param allPartitions whether a job that names no partition may run in every partition
 *                   (JobSubmitPlugins=all_partitions) rather than the default one
 * @param cpusPerGpu the CPUs a job holds for each GPU (DefCpuPerGPU; {@link GpuCpuDefaults#NONE}: none)
 * @param jobRequeue JobRequeue: whether batch jobs may be requeued by default (slurm.conf(5), 22.05:
 *                   1 by default; a job's own --requeue or --no-requeue, which traces do not
 *                   record, would win); when not, a job PreemptMode REQUEUE would requeue is killed
 *                   instead ("had to be killed", preempt.c) and one whose node fails ends NODE_FAIL
 */
public record SlurmConfig(List<SlurmNode> nodes, List<Partition> partitions, SchedulerType scheduler,
                          SelectType select, SchedulerParams params, boolean jobPartitions,
                          MultifactorSetup multifactor, SwitchTree topology, SwitchRequest switches,
                          Preemption preemption, QosSetup qos, ConsumableMemory memory, boolean allPartitions,
                          GpuCpuDefaults cpusPerGpu, boolean jobRequeue) {
    /** Validates the configuration. */
    public SlurmConfig {
        if (nodes == null || nodes.isEmpty() || partitions == null || partitions.isEmpty()) {
            throw new IllegalArgumentException("a Slurm cluster needs nodes and partitions");
        }
        nodes = List.copyOf(nodes);
        partitions = List.copyOf(partitions);
        long defaults = partitions.stream().filter(Partition::isDefault).count();
        if (defaults > 1) {
            throw new IllegalArgumentException("at most one partition may be the default, got " + defaults);
        }
        for (Partition p : partitions) {
            if (p.nodes().length() > nodes.size()) {
                throw new IllegalArgumentException("partition " + p.name() + " names a node past the last");
            }
        }
        if (scheduler == null || select == null || params == null) {
            throw new IllegalArgumentException("scheduler, select and parameters are required");
        }
        if (topology != null && topology.nodeCount() != nodes.size()) {
            throw new IllegalArgumentException("the switch tree is for " + topology.nodeCount() + " nodes, the cluster has "
                    + nodes.size());
        }
        switches = switches == null ? SwitchRequest.NONE : switches;
        preemption = preemption == null ? Preemption.NONE : preemption;
        qos = qos == null ? QosSetup.NONE : qos;
        cpusPerGpu = cpusPerGpu == null ? GpuCpuDefaults.NONE : cpusPerGpu;
        if (multifactor != null && multifactor.config().decayHalfLifeNanos() == 0
                && qos.qos().stream().anyMatch(q -> q.grpTresMins().any())) {
            // Usage that never decays (and is never reset: PriorityUsageResetPeriod is not modelled)
            // would hold jobs of a used-up QOS pending for ever.
            throw new IllegalArgumentException("GrpTRESMins needs a PriorityDecayHalfLife above 0");
        }
        memory = memory == null ? ConsumableMemory.NONE : memory;
        for (Partition p : partitions) {
            if (qos.enabled() && !p.qos().isEmpty() && qos.indexOf(p.qos()) < 0) {
                // read_config.c: slurmctld will not start ("Partition %s has an invalid qos").
                throw new IllegalArgumentException("partition " + p.name() + " has QOS " + p.qos()
                        + ", which is not among the QOS");
            }
        }
    }

    /** A configuration whose batch jobs may be requeued (JobRequeue=1, the default). */
    public SlurmConfig(List<SlurmNode> nodes, List<Partition> partitions, SchedulerType scheduler, SelectType select,
                       SchedulerParams params, boolean jobPartitions, MultifactorSetup multifactor, SwitchTree topology,
                       SwitchRequest switches, Preemption preemption, QosSetup qos, ConsumableMemory memory,
                       boolean allPartitions, GpuCpuDefaults cpusPerGpu) {
        this(nodes, partitions, scheduler, select, params, jobPartitions, multifactor, topology, switches, preemption,
                qos, memory, allPartitions, cpusPerGpu, true);
    }

    /** A configuration whose jobs without a partition go to the default one. */
    public SlurmConfig(List<SlurmNode> nodes, List<Partition> partitions, SchedulerType scheduler, SelectType select,
                       SchedulerParams params, boolean jobPartitions, MultifactorSetup multifactor, SwitchTree topology,
                       SwitchRequest switches, Preemption preemption, QosSetup qos, ConsumableMemory memory) {
        this(nodes, partitions, scheduler, select, params, jobPartitions, multifactor, topology, switches, preemption,
                qos, memory, false, GpuCpuDefaults.NONE);
    }

    /** A configuration that does not count memory. */
    public SlurmConfig(List<SlurmNode> nodes, List<Partition> partitions, SchedulerType scheduler, SelectType select,
                       SchedulerParams params, boolean jobPartitions, MultifactorSetup multifactor, SwitchTree topology,
                       SwitchRequest switches, Preemption preemption, QosSetup qos) {
        this(nodes, partitions, scheduler, select, params, jobPartitions, multifactor, topology, switches, preemption,
                qos, ConsumableMemory.NONE);
    }

    /** A configuration without QOS. */
    public SlurmConfig(List<SlurmNode> nodes, List<Partition> partitions, SchedulerType scheduler, SelectType select,
                       SchedulerParams params, boolean jobPartitions, MultifactorSetup multifactor, SwitchTree topology,
                       SwitchRequest switches, Preemption preemption) {
        this(nodes, partitions, scheduler, select, params, jobPartitions, multifactor, topology, switches, preemption,
                QosSetup.NONE);
    }

    /** A configuration without topology, without --switches and without preemption (preempt/none). */
    public SlurmConfig(List<SlurmNode> nodes, List<Partition> partitions, SchedulerType scheduler, SelectType select,
                       SchedulerParams params, boolean jobPartitions, MultifactorSetup multifactor) {
        this(nodes, partitions, scheduler, select, params, jobPartitions, multifactor, null, SwitchRequest.NONE,
                Preemption.NONE);
    }

    /** {@code count} identical CPU nodes named n1..nCOUNT in one default partition "batch". */
    public static SlurmConfig uniform(int count, int cpus, SchedulerType scheduler, SelectType select,
                                      SchedulerParams params) {
        List<SlurmNode> nodes = new java.util.ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            nodes.add(SlurmNode.cpuOnly("n" + i, cpus));
        }
        BitSet all = new BitSet();
        all.set(0, count);
        return new SlurmConfig(nodes, List.of(Partition.of("batch", all, true)), scheduler, select, params, false,
                null);
    }

    /** This configuration with priority/multifactor set up as {@code m} (null: priority/basic). */
    public SlurmConfig withMultifactor(MultifactorSetup m) {
        return new SlurmConfig(nodes, partitions, scheduler, select, params, jobPartitions, m, topology, switches,
                preemption, qos, memory, allPartitions, cpusPerGpu, jobRequeue);
    }

    /**
     * This configuration with the controller's clock of {@code from}: when slurmctld started and the
     * backfill thread's phase (see {@link SchedulerParams}), which no slurm.conf holds.
     */
    public SlurmConfig withControllerClock(SchedulerParams from) {
        SchedulerParams p = params.withControllerStart(from.controllerStart()).withBackfillPhase(from.backfillPhase());
        return new SlurmConfig(nodes, partitions, scheduler, select, p, jobPartitions, multifactor, topology, switches,
                preemption, qos, memory, allPartitions, cpusPerGpu, jobRequeue);
    }

    /** This configuration with the switch tree {@code t} (null: topology/none). */
    public SlurmConfig withTopology(SwitchTree t) {
        return new SlurmConfig(nodes, partitions, scheduler, select, params, jobPartitions, multifactor, t, switches,
                preemption, qos, memory, allPartitions, cpusPerGpu, jobRequeue);
    }

    /** This configuration with every job asking for {@code s}. */
    public SlurmConfig withSwitches(SwitchRequest s) {
        return new SlurmConfig(nodes, partitions, scheduler, select, params, jobPartitions, multifactor, topology, s,
                preemption, qos, memory, allPartitions, cpusPerGpu, jobRequeue);
    }

    /** This configuration with preemption set up as {@code p}. */
    public SlurmConfig withPreemption(Preemption p) {
        return new SlurmConfig(nodes, partitions, scheduler, select, params, jobPartitions, multifactor, topology,
                switches, p, qos, memory, allPartitions, cpusPerGpu, jobRequeue);
    }

    /** This configuration with the QOS {@code q}. */
    public SlurmConfig withQos(QosSetup q) {
        return new SlurmConfig(nodes, partitions, scheduler, select, params, jobPartitions, multifactor, topology,
                switches, preemption, q, memory, allPartitions, cpusPerGpu, jobRequeue);
    }

    /** This configuration counting memory as {@code m} says. */
    public SlurmConfig withMemory(ConsumableMemory m) {
        return new SlurmConfig(nodes, partitions, scheduler, select, params, jobPartitions, multifactor, topology,
                switches, preemption, qos, m, allPartitions, cpusPerGpu, jobRequeue);
    }

    /** This configuration with DefCpuPerGPU as {@code c} gives it. */
    public SlurmConfig withCpusPerGpu(GpuCpuDefaults c) {
        return new SlurmConfig(nodes, partitions, scheduler, select, params, jobPartitions, multifactor, topology,
                switches, preemption, qos, memory, allPartitions, c, jobRequeue);
    }

    /**
     * This configuration with JobSubmitPlugins=all_partitions: a job that names no partition may
     * run in any (job_submit/all_partitions sets its partition list to every partition).
     */
    public SlurmConfig withAllPartitions() {
        return new SlurmConfig(nodes, partitions, scheduler, select, params, jobPartitions, multifactor, topology,
                switches, preemption, qos, memory, true, cpusPerGpu, jobRequeue);
    }

    /**
     * This configuration with each partition's AllowGroups admitting the users that
     * {@code members} (group name to the users /etc/group lists in it) names in its groups.
     */
    public SlurmConfig withGroupMembers(Map<String, List<String>> members) {
        List<Partition> withMembers = partitions.stream().map(p -> p.withGroupMembers(members)).toList();
        return new SlurmConfig(nodes, withMembers, scheduler, select, params, jobPartitions, multifactor, topology,
                switches, preemption, qos, memory, allPartitions, cpusPerGpu, jobRequeue);
    }

    /** This configuration with JobRequeue {@code on}. */
    public SlurmConfig withJobRequeue(boolean on) {
        return new SlurmConfig(nodes, partitions, scheduler, select, params, jobPartitions, multifactor, topology,
                switches, preemption, qos, memory, allPartitions, cpusPerGpu, on);
    }

    /** The index of the partition named {@code name}, or -1. */
    public int partitionIndex(String name) {
        for (int i = 0; i < partitions.size(); i++) {
            if (partitions.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The default partition's index: the one marked default, or -1 when none is, where slurmctld
     * refuses a job that names no partition (job_mgr.c, ESLURM_DEFAULT_PARTITION_NOT_SET).
     */
    public int defaultPartition() {
        for (int i = 0; i < partitions.size(); i++) {
            if (partitions.get(i).isDefault()) {
                return i;
            }
        }
        return -1;
    }

    /** CPUs in all nodes. */
    public long totalCpus() {
        return nodes.stream().mapToLong(SlurmNode::cpus).sum();
    }
}
