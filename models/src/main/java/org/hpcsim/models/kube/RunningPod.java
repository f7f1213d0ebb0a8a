package org.hpcsim.models.kube;

/**
 * A pod bound to a node, as preemption sees it.
 *
 * @param pod       the pod
 * @param node      the node index it is bound to
 * @param startTime when it started (simulation time); later starts are cheaper to preempt
 * @param id        a stable identity, to tell apart pods with equal specs
 */
public record RunningPod(PodSpec pod, int node, long startTime, long id) {
    /** Validates the record. */
    public RunningPod {
        if (pod == null || node < 0) {
            throw new IllegalArgumentException("a running pod needs a pod and a node index");
        }
    }
}
