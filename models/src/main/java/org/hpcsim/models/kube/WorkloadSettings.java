package org.hpcsim.models.kube;

/**
 * The settings of the Kubernetes workload kinds beyond pod sizes: a batch Job's parallelism and
 * completion mode, an MPIJob's slots per worker and launcher role, a PyTorchJob master's requests.
 *
 * @param parallelism        a Job's {@code spec.parallelism}: pods running at once at most; 0 for as many as
 *                           its completions (every task at once, as the trace ran them)
 * @param indexed            a Job's {@code completionMode: Indexed} (else NonIndexed, upstream's default)
 * @param slotsPerWorker     an MPIJob's {@code slotsPerWorker}, MPI processes per worker pod; 0 when not
 *                           set (workers are then counted in nodes, see {@link PodTemplate#replicas})
 * @param launcherAsWorker   an MPIJob's {@code runLauncherAsWorker}: the launcher is in the hostfile, so it
 *                           is one of the job's workers and asks for a worker's resources
 * @param masterCpuMillis    a PyTorchJob master's cpu request, or -1 to size it as a worker
 * @param masterMemory       a PyTorchJob master's memory request in bytes, or -1 to size it as a worker
 */
public record WorkloadSettings(int parallelism, boolean indexed, int slotsPerWorker, boolean launcherAsWorker,
                               long masterCpuMillis, long masterMemory) {
    /**
     * Indexed Jobs are limited to 10^5 completions and parallelism (Kubernetes API validation,
     * pkg/apis/batch/validation: "must be less than or equal to 100000" for Indexed Jobs).
     */
    public static final int MAX_INDEXED = 100_000;

    /** Nothing set: all tasks at once, NonIndexed, workers per node, the launcher apart, masters as workers. */
    public static final WorkloadSettings DEFAULTS = new WorkloadSettings(0, false, 0, false, -1, -1);

    /** Validates. */
    public WorkloadSettings {
        if (parallelism < 0 || slotsPerWorker < 0 || masterCpuMillis < -1 || masterMemory < -1) {
            throw new IllegalArgumentException("parallelism and slotsPerWorker must be 0 (unset) or more, master"
                    + " requests -1 (as a worker) or more");
        }
        if (indexed && parallelism > MAX_INDEXED) {
            throw new IllegalArgumentException("an Indexed Job's parallelism must be at most " + MAX_INDEXED
                    + ", got " + parallelism);
        }
    }

    /** These settings for a batch Job. */
    public WorkloadSettings withJob(int newParallelism, boolean newIndexed) {
        return new WorkloadSettings(newParallelism, newIndexed, slotsPerWorker, launcherAsWorker, masterCpuMillis,
                masterMemory);
    }

    /** These settings for an MPIJob. */
    public WorkloadSettings withMpi(int slots, boolean launcherRunsWork) {
        return new WorkloadSettings(parallelism, indexed, slots, launcherRunsWork, masterCpuMillis, masterMemory);
    }

    /** These settings for a PyTorchJob's master. */
    public WorkloadSettings withMaster(long cpuMillis, long memory) {
        return new WorkloadSettings(parallelism, indexed, slotsPerWorker, launcherAsWorker, cpuMillis, memory);
    }

    /** Pods a Job of {@code completions} runs at once at most: {@code min(parallelism, completions)}. */
    public int activeLimit(int completions) {
        return parallelism == 0 ? completions : Math.min(parallelism, completions);
    }
}
