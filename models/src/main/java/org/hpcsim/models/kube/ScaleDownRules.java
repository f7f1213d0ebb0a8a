package org.hpcsim.models.kube;

/**
 * How the Cluster Autoscaler picks non-empty nodes to drain (kubernetes/autoscaler
 * cluster-autoscaler/FAQ.md, "How does scale-down work?", "What types of pods can prevent CA from
 * removing a node?" and the flags table under "What are the parameters to CA?").
 *
 * @param utilizationThreshold    --scale-down-utilization-threshold: a node without GPUs is under-used when
 *                                the larger of its pods' cpu requests over its cpu allocatable and their
 *                                memory requests over its memory allocatable is below this (default 0.5)
 * @param gpuUtilizationThreshold --scale-down-gpu-utilization-threshold: a node with GPUs is under-used when
 *                                its pods' GPU requests over its GPU allocatable are below this; cpu and
 *                                memory are then not looked at (default 0.5)
 * @param skipCustomControllerPods --skip-nodes-with-custom-controller-pods: a node holding a pod owned by a
 *                                controller other than the built-in ones (an MPIJob's or PyTorchJob's
 *                                workers) is never drained (default true)
 * @param maxDrainParallelism     --max-drain-parallelism: non-empty nodes drained and deleted at once
 *                                (default 1)
 */
public record ScaleDownRules(double utilizationThreshold, double gpuUtilizationThreshold,
                             boolean skipCustomControllerPods, int maxDrainParallelism) {
    /** FAQ.md flags table: --scale-down-utilization-threshold 0.5. */
    public static final double DEFAULT_THRESHOLD = 0.5;
    /** FAQ.md flags table: --scale-down-gpu-utilization-threshold 0.5. */
    public static final double DEFAULT_GPU_THRESHOLD = 0.5;
    /** FAQ.md flags table: --max-drain-parallelism 1 ("CA terminates one non-empty node at a time"). */
    public static final int DEFAULT_MAX_DRAIN_PARALLELISM = 1;

    /** CA's defaults. */
    public static final ScaleDownRules DEFAULTS = new ScaleDownRules(DEFAULT_THRESHOLD, DEFAULT_GPU_THRESHOLD, true,
            DEFAULT_MAX_DRAIN_PARALLELISM);

    /** Validates. */
    public ScaleDownRules {
        if (!(utilizationThreshold >= 0 && utilizationThreshold <= 1)
                || !(gpuUtilizationThreshold >= 0 && gpuUtilizationThreshold <= 1) || maxDrainParallelism < 0) {
            throw new IllegalArgumentException("utilization thresholds are from 0 to 1, maxDrainParallelism 0 or more");
        }
    }

    /**
     * Whether pods made from {@code shape} may be evicted by a drain: a batch Job's pods (and the
     * pods of a pod-per-task job, a batch Job too) are owned by the built-in Job controller, which
     * recreates them; an MPIJob's workers and a PyTorchJob's pods are owned by Kubeflow's custom
     * controllers, movable only with skipCustomControllerPods false.
     */
    public boolean movable(PodTemplate.Shape shape) {
        return shape == PodTemplate.Shape.JOB || shape == PodTemplate.Shape.POD_PER_TASK || !skipCustomControllerPods;
    }
}
