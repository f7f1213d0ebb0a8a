package org.hpcsim.models.slurm;

import java.util.BitSet;

/**
 * What a job asks of each node beyond CPU and GPU counts: the nodes its --constraint and GRES type
 * allow (and whose RealMemory and GPUs can hold its per-node asks), the GPUs it needs on every node
 * it gets when its node count is not fixed (--gpus-per-node), and its memory per node (--mem) or
 * per CPU (--mem-per-cpu, or its partition's DefMemPerCPU when it asked for neither).
 *
 * @param eligible       the nodes it may run on, or null for any
 * @param gpusPerNode    GPUs on every node it gets (--gpus-per-node, or a GRES type without a
 *                       count), 0 when not asked; the request's GPU total is this times its nodes
 *                       when its node count is fixed
 * @param memoryMb       --mem in MB per node, 0 when not asked
 * @param memoryPerCpuMb MB per CPU it gets on a node, 0 when not asked (the cluster's DefMemPerCPU
 *                       then applies where memory is counted)
 * @param memoryDefaulted whether the job asked no memory, so that {@code memoryPerCpuMb} is a
 *                       partition's DefMemPerCPU (or 0) and another partition's replaces it there
 * @param tasksPerNode   --ntasks-per-node, 0 when not asked (the request's node count already
 *                       follows from it; the CPUs held on each node, the nodes that may be taken
 *                       and a MaxMemPerCPU that raises CPUs per task read it)
 * @param minCpusPerNode the fewest CPUs it takes on any node it gets when its node count is not
 *                       fixed (slurmctld's pn_min_cpus, which MaxMemPerCPU raises); 0 or 1 for no minimum
 * @param cpusPerGpu     the CPUs it holds for each GPU on a node (--cpus-per-gpu, else its
 *                       partition's DefCpuPerGPU), 0 for none
 * @param cpusPerTask    --cpus-per-task, 0 when not asked (one CPU a task); the request's CPUs are
 *                       its tasks times this
 * @param tasks          its tasks where its CPUs were raised past its tasks times its CPUs per task
 *                       (CPUs per GPU, a memory ceiling), 0 otherwise
 * @param ownCpusPerGpu  whether {@code cpusPerGpu} is the job's own --cpus-per-gpu rather than a
 *                       DefCpuPerGPU: only its own makes each node give its GPUs' worth of CPUs
 *                       (cons_tres gres_sched_add reads cpus_per_gres, not def_cpus_per_gres)
 */
public record RequestShape(BitSet eligible, int gpusPerNode, long memoryMb, long memoryPerCpuMb,
                           boolean memoryDefaulted, int tasksPerNode, int minCpusPerNode, int cpusPerGpu,
                           int cpusPerTask, int tasks, boolean ownCpusPerGpu) {
    /** Nothing asked: any node, no per-node GPUs, no memory. */
    public static final RequestShape NONE = new RequestShape(null, 0, 0, 0, true, 0, 0, 0, 0, 0, false);

    /** Rejects negative counts and keeps a private copy of the node set. */
    public RequestShape {
        if (gpusPerNode < 0 || memoryMb < 0 || memoryPerCpuMb < 0 || tasksPerNode < 0 || minCpusPerNode < 0
                || cpusPerGpu < 0 || cpusPerTask < 0 || tasks < 0) {
            throw new IllegalArgumentException("per-node tasks, CPUs, GPUs and memory must not be negative");
        }
        eligible = eligible == null ? null : (BitSet) eligible.clone();
    }

    /**
     * A shape whose CPUs are its tasks times its CPUs per task, and whose CPUs per GPU, if any, the
     * job asked itself.
     */
    public RequestShape(BitSet eligible, int gpusPerNode, long memoryMb, long memoryPerCpuMb, boolean memoryDefaulted,
                        int tasksPerNode, int minCpusPerNode, int cpusPerGpu, int cpusPerTask) {
        this(eligible, gpusPerNode, memoryMb, memoryPerCpuMb, memoryDefaulted, tasksPerNode, minCpusPerNode, cpusPerGpu,
                cpusPerTask, 0, cpusPerGpu > 0);
    }

    /** A shape without a least CPU count per node, CPUs per GPU or --cpus-per-task. */
    public RequestShape(BitSet eligible, int gpusPerNode, long memoryMb, long memoryPerCpuMb, boolean memoryDefaulted,
                        int tasksPerNode) {
        this(eligible, gpusPerNode, memoryMb, memoryPerCpuMb, memoryDefaulted, tasksPerNode, 0, 0, 0);
    }

    /** A shape without --ntasks-per-node. */
    public RequestShape(BitSet eligible, int gpusPerNode, long memoryMb, long memoryPerCpuMb, boolean memoryDefaulted) {
        this(eligible, gpusPerNode, memoryMb, memoryPerCpuMb, memoryDefaulted, 0);
    }

    /** A shape whose memory, if any, the job asked for itself. */
    public RequestShape(BitSet eligible, int gpusPerNode, long memoryMb, long memoryPerCpuMb) {
        this(eligible, gpusPerNode, memoryMb, memoryPerCpuMb, memoryMb == 0 && memoryPerCpuMb == 0);
    }

    /** A shape with memory per node alone. */
    public RequestShape(BitSet eligible, int gpusPerNode, long memoryMb) {
        this(eligible, gpusPerNode, memoryMb, 0);
    }

    /** This shape on the nodes of {@code eligible} instead. */
    RequestShape on(BitSet eligible) {
        return new RequestShape(eligible, gpusPerNode, memoryMb, memoryPerCpuMb, memoryDefaulted, tasksPerNode,
                minCpusPerNode, cpusPerGpu, cpusPerTask, tasks, ownCpusPerGpu);
    }

    /** This shape with {@code mb} per CPU as the partition default a job that asked no memory gets. */
    RequestShape withDefaultMemoryPerCpu(long mb) {
        return new RequestShape(eligible, gpusPerNode, memoryMb, mb, true, tasksPerNode, minCpusPerNode, cpusPerGpu,
                cpusPerTask, tasks, ownCpusPerGpu);
    }

    /** This shape holding {@code mb} per CPU, however it came by its memory before. */
    RequestShape withMemoryPerCpu(long mb) {
        return new RequestShape(eligible, gpusPerNode, 0, mb, memoryDefaulted, tasksPerNode, minCpusPerNode,
                cpusPerGpu, cpusPerTask, tasks, ownCpusPerGpu);
    }

    /** This shape taking at least {@code cpus} CPUs on any node it gets. */
    RequestShape withMinCpusPerNode(int cpus) {
        return new RequestShape(eligible, gpusPerNode, memoryMb, memoryPerCpuMb, memoryDefaulted, tasksPerNode, cpus,
                cpusPerGpu, cpusPerTask, tasks, ownCpusPerGpu);
    }

    /**
     * This shape holding {@code perGpu} CPUs for each GPU on a node: its own --cpus-per-gpu, or a
     * DefCpuPerGPU where it asked none.
     */
    RequestShape withCpusPerGpu(int perGpu) {
        return new RequestShape(eligible, gpusPerNode, memoryMb, memoryPerCpuMb, memoryDefaulted, tasksPerNode,
                minCpusPerNode, perGpu, cpusPerTask, tasks, ownCpusPerGpu);
    }

    /** This shape remembering {@code count} tasks for a request whose CPUs are raised past them. */
    RequestShape withTasks(int count) {
        return new RequestShape(eligible, gpusPerNode, memoryMb, memoryPerCpuMb, memoryDefaulted, tasksPerNode,
                minCpusPerNode, cpusPerGpu, cpusPerTask, count, ownCpusPerGpu);
    }

    /** This shape with {@code cpus} CPUs per task. */
    RequestShape withCpusPerTask(int cpus) {
        return new RequestShape(eligible, gpusPerNode, memoryMb, memoryPerCpuMb, memoryDefaulted, tasksPerNode,
                minCpusPerNode, cpusPerGpu, cpus, tasks, ownCpusPerGpu);
    }

    /** The job's own --cpus-per-gpu, 0 when it asked none (a DefCpuPerGPU is not its own). */
    int ownCpusPerGpuCount() {
        return ownCpusPerGpu ? cpusPerGpu : 0;
    }

    /** The CPUs of each task: --cpus-per-task, else one. */
    int cpusEachTask() {
        return Math.max(cpusPerTask, 1);
    }

    /** Whether {@code node} is allowed. */
    boolean allows(int node) {
        return eligible == null || eligible.get(node);
    }
}
