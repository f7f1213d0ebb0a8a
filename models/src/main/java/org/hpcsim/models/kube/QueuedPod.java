package org.hpcsim.models.kube;

/**
 * One pod of a job as the scheduling queue holds it (upstream's QueuedPodInfo): its spec, the
 * timestamp the queue orders it by, its attempts so far and where it is.
 */
final class QueuedPod {
    /**
     * Where a pod is: one of the three queues, in a scheduling cycle, bound to a node, or Failed
     * (rejected by the kubelet's admission; its replacement is another pod).
     */
    enum Place { ACTIVE, BACKOFF, UNSCHEDULABLE, IN_FLIGHT, BOUND, FAILED }

    final PodSpec spec;
    final KubeJob job;
    /** Creation order over the run: the last tie-break in every queue, so runs are reproducible. */
    final long seq;

    /** When the pod was created, or when its last attempt failed (upstream refreshes it then). */
    long timestamp;
    /** Scheduling attempts so far: one per pop, so the first failure backs off for the initial backoff. */
    int attempts;
    /** The scheduling cycle of its last pop, compared with the queue's last move request. */
    long cycle;
    /** The node table's version its last attempt saw: retrying against the same version is futile. */
    long triedAtVersion = -1;
    /** Cached end of backoff; {@link Long#MIN_VALUE} until computed for the current attempt. */
    long backoffExpiry = Long.MIN_VALUE;
    /** The node it is bound to (or chosen in its cycle), or -1. */
    int node = -1;
    /** When it was bound: upstream's pod start time, which preemption prefers to evict the latest of. */
    long boundAt = -1;
    Place place = Place.ACTIVE;
    /** The CPUs and GPUs its kubelet gave it by NUMA node, or null (not bound, or no topology management). */
    NumaPools.Allocation numa;

    QueuedPod(PodSpec spec, KubeJob job, long seq) {
        this.spec = spec;
        this.job = job;
        this.seq = seq;
    }

    int priority() {
        return spec.priority();
    }
}
