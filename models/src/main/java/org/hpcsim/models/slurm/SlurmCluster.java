package org.hpcsim.models.slurm;

import java.util.BitSet;
import java.util.List;

/**
 * The cluster as the scheduling loops see it: node and partition definitions, what is free on
 * each node now, which nodes are up, and the node selector.
 */
final class SlurmCluster {
    final SlurmConfig config;
    final List<SlurmNode> nodes;
    final List<Partition> partitions;
    final NodeResources free;
    /** Every node free: what a request is tested against at submission; never changed. */
    private final NodeResources allFree;
    final NodeSelector selector;
    final BitSet up = new BitSet();
    private final BitSet[] partitionNodes;
    /** Per partition, its MaxCPUsPerNode as requests there meet it (select/cons_tres only). */
    private final PartitionCpuCap[] cpuCaps;
    /** Per partition with a cap, the nodes whole-node jobs may take there: those with no more CPUs than the cap. */
    private final BitSet[] wholeNodesWithinCap;
    /** Per partition, the DefMemPerCPU it sets itself where memory is counted, else 0. */
    private final long[] defMemPerCpu;
    /** Per partition, the MaxMemPerCPU or MaxMemPerNode its jobs meet where memory is counted. */
    private final MemoryCeiling[] memoryCeilings;
    /** Each partition's DefCpuPerGPU, 0 for none. */
    private final int[] cpusPerGpu;
    /** Per partition, its first node's RealMemory (job_mgr.c _mem_per_node_part), 0 without nodes. */
    private final long[] firstNodeMemory;
    /** Per partition, the most CPUs of one of its nodes (slurmctld's max_cpu_cnt). */
    private final int[] largestCpus;
    /** Whose jobs run on each node, where some partition has ExclusiveUser=YES; null otherwise. */
    private final NodeOwners owners;
    /** The nodes that may ever be allocated (not left DOWN, DRAIN or FUTURE by slurm.conf). */
    private final BitSet inService;
    private final boolean allInService;
    /** What running jobs use of their QOS's limits. */
    final QosLimits qos;
    /** Maintenance reservations; set once by the controller before the run starts. */
    MaintenanceWindows maintenance = MaintenanceWindows.NONE;

    SlurmCluster(SlurmConfig config) {
        this.config = config;
        this.nodes = config.nodes();
        this.partitions = config.partitions();
        this.defMemPerCpu = partitions.stream().mapToLong(p -> config.memory().partitionDefault(p.name())).toArray();
        this.cpusPerGpu = partitions.stream().mapToInt(p -> config.cpusPerGpu().in(p.name())).toArray();
        this.memoryCeilings = partitions.stream().map(p -> config.memory().ceilingIn(p.name()))
                .toArray(MemoryCeiling[]::new);
        this.cpuCaps = new PartitionCpuCap[partitions.size()];
        this.wholeNodesWithinCap = new BitSet[partitions.size()];
        int capped = 0;
        for (int p = 0; p < cpuCaps.length; p++) {
            int max = partitions.get(p).maxCpusPerNode();
            boolean applies = max != Integer.MAX_VALUE && config.select() == SelectType.CONS_TRES;
            cpuCaps[p] = applies ? new PartitionCpuCap(capped++, max) : PartitionCpuCap.NONE;
            if (applies) {
                wholeNodesWithinCap[p] = new BitSet();
                for (int n = 0; n < nodes.size(); n++) {
                    wholeNodesWithinCap[p].set(n, nodes.get(n).cpus() <= max);
                }
            }
        }
        this.owners = partitions.stream().anyMatch(Partition::exclusiveUser) ? new NodeOwners(nodes.size()) : null;
        this.free = new NodeResources(nodes, capped);
        this.allFree = new NodeResources(nodes, capped);
        this.selector = new NodeSelector(nodes, config.select(), config.topology(), config.memory());
        this.qos = new QosLimits(config.qos(), config.partitions(), nodes.size(), config.multifactor(),
                config.params().controllerStart());
        for (int n = 0; n < nodes.size(); n++) {
            up.set(n, nodes.get(n).inService());
        }
        inService = (BitSet) up.clone();
        allInService = inService.cardinality() == nodes.size();
        partitionNodes = new BitSet[partitions.size()];
        firstNodeMemory = new long[partitions.size()];
        largestCpus = new int[partitions.size()];
        for (int p = 0; p < partitionNodes.length; p++) {
            partitionNodes[p] = partitions.get(p).nodes();
            int first = partitionNodes[p].nextSetBit(0);
            firstNodeMemory[p] = first < 0 ? 0 : nodes.get(first).memoryMb();
            for (int n = first; n >= 0; n = partitionNodes[p].nextSetBit(n + 1)) {
                largestCpus[p] = Math.max(largestCpus[p], nodes.get(n).cpus());
            }
        }
    }

    /** {@code job} now holds {@code a}, started in partition {@code p}. */
    void occupy(SlurmJob job, int p, Allocation a) {
        free.take(a);
        if (owners != null) {
            owners.started(job.job.labels().user(), partitions.get(p).exclusiveUser(), a);
        }
    }

    /** {@code job} leaves its allocation (in the partition it ran in). */
    void vacate(SlurmJob job) {
        free.release(job.allocation);
        if (owners != null) {
            owners.ended(job.job.labels().user(), partitions.get(job.partition).exclusiveUser(), job.allocation);
        }
    }

    /**
     * Clears from {@code avail} the nodes other users' jobs keep {@code job} off in partition
     * {@code p} (see {@link NodeOwners}).
     */
    void keepToOwners(SlurmJob job, int p, BitSet avail) {
        if (owners != null) {
            owners.filter(avail, job.job.labels().user(), partitions.get(p).exclusiveUser());
        }
    }

    /** As {@link #keepToOwners(SlurmJob, int, BitSet)} on node words. */
    void keepToOwners(SlurmJob job, int p, long[] avail) {
        if (owners != null) {
            owners.filter(avail, job.job.labels().user(), partitions.get(p).exclusiveUser());
        }
    }

    /** Partition {@code p}'s nodes (shared: do not change). */
    BitSet partitionNodes(int p) {
        return partitionNodes[p];
    }

    /**
     * What {@code job} asks of the nodes of partition {@code p}: its --ntasks-per-node's CPUs on
     * each of its nodes ({@link JobRequest#holdingTasksPerNode()}), whole nodes where it is
     * OverSubscribe=EXCLUSIVE, the partition's DefMemPerCPU when the job asked no memory, within its
     * MaxCPUsPerNode where it sets one. The job's own request where none of these changes it.
     */
    JobRequest requestIn(SlurmJob job, int p) {
        JobRequest r = job.request;
        if (!partitions.get(p).wholeNodes() && cpuCaps[p].none() && memoryCeilings[p].none()
                && defaultMemoryPerCpu(r, p) == r.shape().memoryPerCpuMb() && !r.holdsMoreForTasksPerNode()
                && (r.gpus() == 0 || gpuCpus(r, p) == 0)) {
            return r;
        }
        return job.requestIn(p, partitions.size(), () -> requestIn(r, p));
    }

    /**
     * Request {@code r} as partition {@code p} sees it (see {@link #requestIn(SlurmJob, int)}), or
     * null when the partition's MaxMemPerNode keeps it out for good.
     */
    JobRequest requestIn(JobRequest r, int p) {
        JobRequest in = partitions.get(p).wholeNodes() ? r.wholeNodes() : r;
        long perCpu = defaultMemoryPerCpu(in, p);
        if (perCpu != in.shape().memoryPerCpuMb()) {
            in = in.shaped(in.shape().withDefaultMemoryPerCpu(perCpu));
        }
        if (!memoryCeilings[p].none()) {
            in = MemoryCeilings.apply(in, memoryCeilings[p], config.memory(), firstNodeMemory[p], largestCpus[p]);
            if (in == null) {
                return null;
            }
        }
        if (in.cpus() == r.cpus()) {
            // Where a MaxMemPerCPU raised the CPUs per task, the tasks set the count (a real
            // -n 5 --ntasks-per-node=2 at 3 CPUs a task held 15, not 3 nodes x 6), and a job
            // with CPUs per task set takes no DefCpuPerGPU (slurm.conf(5)).
            in = in.holdingTasksPerNode();
            if (in.gpus() > 0 && gpuCpus(in, p) > 0) {
                in = in.holdingCpusPerGpu(gpuCpus(in, p));
            }
        }
        return cpuCaps[p].none() ? in : capped(in, p);
    }

    /**
     * The CPUs {@code r} holds for each GPU in partition {@code p}: its own --cpus-per-gpu, else the
     * partition's DefCpuPerGPU unless it set --cpus-per-task (slurm.conf(5): DefCpuPerGPU applies
     * only when the job set neither), 0 for none.
     */
    private int gpuCpus(JobRequest r, int p) {
        RequestShape s = r.shape();
        return s.cpusPerGpu() > 0 ? s.cpusPerGpu() : s.cpusPerTask() > 0 ? 0 : cpusPerGpu[p];
    }

    /**
     * The memory per CPU {@code r} holds in partition {@code p}: the partition's DefMemPerCPU, or
     * 0 for the cluster's, when the job asked no memory (job_mgr.c job_limits_check sets it for each
     * partition tried); what it asked otherwise.
     */
    private long defaultMemoryPerCpu(JobRequest r, int p) {
        return r.shape().memoryDefaulted() ? defMemPerCpu[p] : r.shape().memoryPerCpuMb();
    }

    /**
     * {@code r} under partition {@code p}'s MaxCPUsPerNode. A whole-node job may take only nodes
     * with no more CPUs than that: cons_tres refuses an exclusive job a node whose CPUs pass it
     * ("Total cpu count greater than max_cpus_per_node on exclusive job").
     */
    private JobRequest capped(JobRequest r, int p) {
        RequestShape s = r.shape();
        if (selector.wholeNodes(r) && wholeNodesWithinCap[p].cardinality() < nodes.size()) {
            BitSet within = (BitSet) wholeNodesWithinCap[p].clone();
            if (s.eligible() != null) {
                within.and(s.eligible());
            }
            s = s.on(within);
        }
        return r.capped(cpuCaps[p], s);
    }

    /**
     * The most leaf switches {@code job} may span at {@code now}, 0 for any: its --switches count
     * until it has waited its switch wait, counted from the first time it is tested, as
     * {@code _job_test_topo} starts wait4switch_start (select_linear.c and cons_tres, 22.05).
     */
    int leafLimit(SlurmJob job, long now) {
        JobRequest r = job.request;
        if (r.maxSwitches() == 0 || !selector.hasTree()) {
            return 0;
        }
        if (job.switchWaitStart < 0) {
            job.switchWaitStart = now;
        }
        return now - job.switchWaitStart >= r.switchWait() ? 0 : r.maxSwitches();
    }

    /** Where {@code request} would run in partition {@code p} with every node free, or null when it could not. */
    Allocation onEmptyCluster(JobRequest request, int p) {
        return selector.select(request, servingNodes(p), allFree);
    }

    /** Whether {@code request} could ever run in partition {@code p} with every node free (MaxNodes aside). */
    boolean canEverRun(JobRequest request, int p) {
        return selector.select(request, servingNodes(p), allFree) != null;
    }

    /**
     * Whether {@code request} would fit on {@code nodes} were they all idle: the select plugin's
     * test-only mode, as node_scheduler.c's _pick_best_nodes asks it (runable_avail). A job queued in
     * partition {@code p} fits on all of the partition's serving nodes (its submission checked that).
     */
    boolean fitsIfIdle(JobRequest request, BitSet nodes, int p) {
        BitSet missing = (BitSet) servingNodes(p).clone();
        missing.andNot(nodes);
        return missing.isEmpty() || selector.select(request, nodes, allFree) != null;
    }

    /** Partition {@code p}'s nodes that may ever be allocated. */
    private BitSet servingNodes(int p) {
        if (allInService) {
            return partitionNodes[p];
        }
        BitSet serving = (BitSet) partitionNodes[p].clone();
        serving.and(inService);
        return serving;
    }
}
