package org.hpcsim.models.kube;

import org.hpcsim.models.workload.Job;

/** A trace job run as pods: it starts once every one of its pods is bound, and holds them until it ends. */
final class KubeJob {
    final Job job;
    /** Its pods; preemption replaces a deleted one with a new pod. */
    final QueuedPod[] pods;
    /** Cores the job holds while running: its pods' cpu requests, in whole cores rounded up. */
    final long cores;
    int bound;
    long start = -1;
    /** Its run's slot in the running table and end event, so that preemption can cut the run. */
    int slot = -1;
    long endEvent = -1;
    /** Runs started: more than one after preemption cut a run. */
    int runs;
    /** Its pods rejected by kubelet admission (TopologyAffinityError), against the Job's backoffLimit. */
    int admissionFailures;
    /** Its Volcano queue's index, -1 until a session with queues first sees it. */
    int volcanoQueue = -1;
    /** Whether Volcano's enqueue action moved its PodGroup from Pending to Inqueue. */
    boolean inqueue;
    /** The pods as the template made them, before Kueue added a flavor's nodeSelector. */
    private final PodSpec[] specs;

    KubeJob(Job job, PodSpec[] specs, long firstSeq) {
        this.job = job;
        this.pods = new QueuedPod[specs.length];
        this.specs = specs.clone();
        long millis = 0;
        for (int i = 0; i < specs.length; i++) {
            pods[i] = new QueuedPod(specs[i], this, firstSeq + i);
            millis += specs[i].request(ResourceNames.CPU);
        }
        this.cores = (millis + 999) / 1000;
    }

    /** Whether its run is cut at its requested time: with killAtLimit, when its recorded run is longer. */
    boolean cutAtLimit(boolean killAtLimit) {
        return killAtLimit && job.runTime() > job.requestedTime();
    }

    /**
     * Gives the job's pods, not yet queued, the template's specs with {@code selector}'s labels added
     * to their nodeSelector: what Kueue does with the labels of the flavor it admitted the job with.
     */
    void select(java.util.Map<String, String> selector) {
        for (int i = 0; i < pods.length; i++) {
            PodSpec s = specs[i];
            java.util.Map<String, String> merged = new java.util.TreeMap<>(s.nodeSelector());
            merged.putAll(selector);
            if (!merged.equals(pods[i].spec.nodeSelector())) {
                PodSpec spec = new PodSpec(s.requests(), s.limits(), s.priority(), merged, s.requiredAffinity(),
                        s.preferredAffinity(), s.tolerations(), s.spread(), s.group());
                pods[i] = new QueuedPod(spec, this, pods[i].seq);
            }
        }
    }

    /** Its pods' requests summed, by resource index. */
    long[] request(int resources) {
        long[] sum = new long[resources];
        for (QueuedPod p : pods) {
            for (int r = 0; r < resources; r++) {
                sum[r] += p.spec.request(r);
            }
        }
        return sum;
    }

    boolean started() {
        return start >= 0;
    }

    /** Distinct nodes the job's pods are bound to (sorted, since a task-per-pod job may have thousands). */
    int nodesUsed() {
        int[] nodes = new int[pods.length];
        for (int i = 0; i < pods.length; i++) {
            nodes[i] = pods[i].node;
        }
        java.util.Arrays.sort(nodes);
        int distinct = 0;
        for (int i = 0; i < nodes.length; i++) {
            distinct += i == 0 || nodes[i] != nodes[i - 1] ? 1 : 0;
        }
        return distinct;
    }
}
