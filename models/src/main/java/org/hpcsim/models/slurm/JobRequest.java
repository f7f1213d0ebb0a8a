package org.hpcsim.models.slurm;

/**
 * What a job asks slurmctld for, in Slurm's terms.
 *
 * @param minNodes   nodes asked for (-N), or 0 when only CPUs were asked for
 * @param cpus       CPUs in all: its tasks times its --cpus-per-task (one by default), or more
 *                   where CPUs per GPU or a memory ceiling raised them
 * @param gpus       GPUs in all
 * @param exclusive  whole nodes (--exclusive; always so under select/linear)
 * @param partitions indices of the partitions the job may run in, in the order it named them
 * @param timeLimit  the time limit it asked for in nanoseconds, or 0 for the partition's default
 * @param maxSwitches leaf switches it may span at most (--switches), or 0 for any
 * @param switchWait  how long it waits for that, in nanoseconds, already bounded by max_switch_wait
 * @param shape       the nodes its options allow and what it asks of each ({@link RequestShape#NONE}: nothing)
 * @param cpuCap      the MaxCPUsPerNode of the partition it is tested in ({@link PartitionCpuCap#NONE}: none)
 */
public record JobRequest(int minNodes, int cpus, int gpus, boolean exclusive, int[] partitions, long timeLimit,
                         int maxSwitches, long switchWait, RequestShape shape, PartitionCpuCap cpuCap) {
    /** Validates the request. */
    public JobRequest {
        if (minNodes < 0 || cpus <= 0 || gpus < 0 || timeLimit < 0 || maxSwitches < 0 || switchWait < 0) {
            throw new IllegalArgumentException("a job request needs positive CPUs and no negative counts");
        }
        if (partitions == null || partitions.length == 0) {
            throw new IllegalArgumentException("a job request needs at least one partition");
        }
        shape = shape == null ? RequestShape.NONE : shape;
        cpuCap = cpuCap == null ? PartitionCpuCap.NONE : cpuCap;
    }

    /** A request outside any partition's MaxCPUsPerNode. */
    public JobRequest(int minNodes, int cpus, int gpus, boolean exclusive, int[] partitions, long timeLimit,
                      int maxSwitches, long switchWait, RequestShape shape) {
        this(minNodes, cpus, gpus, exclusive, partitions, timeLimit, maxSwitches, switchWait, shape,
                PartitionCpuCap.NONE);
    }

    /** This request with the shape {@code s}. */
    JobRequest shaped(RequestShape s) {
        return new JobRequest(minNodes, cpus, gpus, exclusive, partitions, timeLimit, maxSwitches, switchWait, s, cpuCap);
    }

    /** This request asking {@code minNodes} nodes and {@code cpus} CPUs of shape {@code s} instead. */
    JobRequest resized(int minNodes, int cpus, RequestShape s) {
        return new JobRequest(minNodes, cpus, gpus, exclusive, partitions, timeLimit, maxSwitches, switchWait, s, cpuCap);
    }

    /**
     * This request holding its --ntasks-per-node's CPUs on each of its nodes: with more than one
     * task slurmctld raises pn_min_cpus to ntasks_per_node x cpus_per_task (job_mgr.c,
     * _copy_job_desc_to_job_record), so fewer tasks than nodes times that count still hold that
     * many CPUs a node (a real slurmctld 22.05.8 gave -N 2 -n 4 --ntasks-per-node=3 3 + 3 CPUs).
     * The CPUs asked (min_cpus, what the job size factor reads) stay the tasks.
     */
    JobRequest holdingTasksPerNode() {
        return holdsMoreForTasksPerNode() ? resized(minNodes, (int) tasksPerNodeCpus(), shape) : this;
    }

    /**
     * Its tasks (num_tasks, which bounds its node count): its CPUs over its --cpus-per-task, or what
     * they were before its CPUs were raised.
     */
    int tasks() {
        return shape.tasks() > 0 ? shape.tasks() : cpus / shape.cpusEachTask();
    }

    /**
     * The tasks cons_tres lays out on its nodes (dist_tasks: the job's CPUs, ncpus, over its CPUs
     * per task), raised CPUs included: a real -n 2 --gpus=3 at DefCpuPerGPU=2 held 4 + 2 CPUs.
     */
    int layoutTasks() {
        return cpus / shape.cpusEachTask();
    }

    /** The CPUs its --ntasks-per-node holds on its nodes: nodes x tasks a node x CPUs a task. */
    private long tasksPerNodeCpus() {
        return (long) minNodes * shape.tasksPerNode() * shape.cpusEachTask();
    }

    /**
     * This request holding {@code perGpu} CPUs for each of its GPUs (DefCpuPerGPU), or its own CPUs
     * where those are more: GPUs per node times the nodes (one at least) for GPUs asked per node,
     * its GPUs in all otherwise; its shape keeps the count, so that each node holds at least its
     * GPUs' worth.
     */
    JobRequest holdingCpusPerGpu(int perGpu) {
        long held = (long) perGpu * gpus;
        if (exclusive || held > Integer.MAX_VALUE) {
            return this;
        }
        return resized(minNodes, (int) Math.max(cpus, held), shape.withCpusPerGpu(perGpu).withTasks(tasks()));
    }

    /** Whether {@link #holdingTasksPerNode()} raises this request's CPUs. */
    boolean holdsMoreForTasksPerNode() {
        long held = tasksPerNodeCpus();
        return tasks() > 1 && held > cpus && held <= Integer.MAX_VALUE;
    }

    /** This request in a partition with MaxCPUsPerNode {@code cap}, on the nodes of {@code shape}. */
    JobRequest capped(PartitionCpuCap cap, RequestShape shape) {
        return new JobRequest(minNodes, cpus, gpus, exclusive, partitions, timeLimit, maxSwitches, switchWait, shape, cap);
    }

    /** This request taking whole nodes, as it is in a partition with OverSubscribe=EXCLUSIVE. */
    JobRequest wholeNodes() {
        return exclusive ? this
                : new JobRequest(minNodes, cpus, gpus, true, partitions, timeLimit, maxSwitches, switchWait, shape, cpuCap);
    }

    /** A request asking nothing of each node beyond its counts. */
    public JobRequest(int minNodes, int cpus, int gpus, boolean exclusive, int[] partitions, long timeLimit,
                      int maxSwitches, long switchWait) {
        this(minNodes, cpus, gpus, exclusive, partitions, timeLimit, maxSwitches, switchWait, RequestShape.NONE);
    }

    /** A request without --switches. */
    public JobRequest(int minNodes, int cpus, int gpus, boolean exclusive, int[] partitions, long timeLimit) {
        this(minNodes, cpus, gpus, exclusive, partitions, timeLimit, 0, 0);
    }

    /** CPUs each node must give when the node count is fixed: the first nodes take the remainder. */
    int cpusOnNode(int k) {
        return cpus / minNodes + (k < cpus % minNodes ? 1 : 0);
    }

    /** GPUs each node must give when the node count is fixed. */
    int gpusOnNode(int k) {
        return gpus / minNodes + (k < gpus % minNodes ? 1 : 0);
    }
}
