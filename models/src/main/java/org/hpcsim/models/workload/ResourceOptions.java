package org.hpcsim.models.workload;

/**
 * The shape of a job's resources as sbatch options give it, beyond its processor, node and GPU
 * counts. An empty string or 0 means the option was not given.
 *
 * @param constraint   node features the job needs ({@code --constraint}), e.g. {@code "a100&ib"}
 * @param gpuType      the GPU type of its GRES ({@code --gres=gpu:a100:2} gives {@code "a100"})
 * @param gpusPerNode  {@code --gpus-per-node}
 * @param tasksPerNode {@code --ntasks-per-node}
 * @param memoryMb     memory per node ({@code --mem}) in MiB
 * @param memoryPerCpuMb memory per allocated CPU ({@code --mem-per-cpu}) in MiB; sbatch(1) takes
 *                     one of --mem and --mem-per-cpu, not both
 * @param exclusive    {@code --exclusive}: its nodes are shared with no other job, all their CPUs
 *                     and GPUs are its own (sbatch(1))
 * @param cpusPerTask  {@code --cpus-per-task}: the job's processors are its tasks times this many,
 *                     each task's CPUs on one node
 * @param cpusPerGpu   {@code --cpus-per-gpu}: CPUs held for each GPU (a partition's DefCpuPerGPU
 *                     otherwise); sbatch takes it or --cpus-per-task, not both
 */
public record ResourceOptions(String constraint, String gpuType, int gpusPerNode, int tasksPerNode, long memoryMb,
                              long memoryPerCpuMb, boolean exclusive, int cpusPerTask, int cpusPerGpu) {
    /** No option given. */
    public static final ResourceOptions NONE = new ResourceOptions("", "", 0, 0, 0, 0, false, 0, 0);

    /** Rejects null strings, negative counts, and memory asked both per node and per CPU. */
    public ResourceOptions {
        if (constraint == null || gpuType == null) {
            throw new IllegalArgumentException("resource options may be empty but not null");
        }
        if (gpusPerNode < 0 || tasksPerNode < 0 || memoryMb < 0 || memoryPerCpuMb < 0 || cpusPerTask < 0
                || cpusPerGpu < 0) {
            throw new IllegalArgumentException("resource options must not be negative");
        }
        if (memoryMb > 0 && memoryPerCpuMb > 0) {
            throw new IllegalArgumentException("--mem and --mem-per-cpu are mutually exclusive");
        }
        if (cpusPerTask > 0 && cpusPerGpu > 0) {
            throw new IllegalArgumentException("--cpus-per-gpu is mutually exclusive with --cpus-per-task");
        }
    }

    /** Options without {@code --cpus-per-gpu}. */
    public ResourceOptions(String constraint, String gpuType, int gpusPerNode, int tasksPerNode, long memoryMb,
                           long memoryPerCpuMb, boolean exclusive, int cpusPerTask) {
        this(constraint, gpuType, gpusPerNode, tasksPerNode, memoryMb, memoryPerCpuMb, exclusive, cpusPerTask, 0);
    }

    /** Options without {@code --cpus-per-task}. */
    public ResourceOptions(String constraint, String gpuType, int gpusPerNode, int tasksPerNode, long memoryMb,
                           long memoryPerCpuMb, boolean exclusive) {
        this(constraint, gpuType, gpusPerNode, tasksPerNode, memoryMb, memoryPerCpuMb, exclusive, 0);
    }

    /** Options without {@code --exclusive}. */
    public ResourceOptions(String constraint, String gpuType, int gpusPerNode, int tasksPerNode, long memoryMb,
                           long memoryPerCpuMb) {
        this(constraint, gpuType, gpusPerNode, tasksPerNode, memoryMb, memoryPerCpuMb, false);
    }

    /** Options without {@code --mem-per-cpu} and {@code --exclusive}. */
    public ResourceOptions(String constraint, String gpuType, int gpusPerNode, int tasksPerNode, long memoryMb) {
        this(constraint, gpuType, gpusPerNode, tasksPerNode, memoryMb, 0);
    }
}
