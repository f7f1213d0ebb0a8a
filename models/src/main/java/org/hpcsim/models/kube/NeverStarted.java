package org.hpcsim.models.kube;

import java.util.Collection;
import org.hpcsim.models.kube.kueue.KueueAdmission;
import org.hpcsim.models.run.RunObserver;

/**
 * Reports the jobs a stalled Kubernetes run leaves behind: those waiting for nodes that no job will
 * ever free, and those Kueue never admitted because their quota is held by them.
 */
final class NeverStarted {
    private NeverStarted() {}

    /**
     * Tells {@code observer} of every job left at {@code now}; returns the pods of waiting jobs still
     * unbound. Jobs left in a run that never {@code stalled} mean the scheduler lost track of them.
     */
    static long report(RunObserver observer, Collection<KubeJob> waiting, boolean gang, KueueAdmission<KubeJob> kueue,
                       long now, boolean stalled) {
        if (!waiting.isEmpty() && !stalled) {
            throw new IllegalStateException(waiting.size() + " jobs still waiting after the last event, yet the run"
                    + " never stalled: the scheduler lost track of them");
        }
        long podsPending = 0;
        for (KubeJob j : waiting) {
            for (QueuedPod p : j.pods) {
                podsPending += p.place == QueuedPod.Place.BOUND ? 0 : 1;
            }
            observer.jobRejected(j.job, now, gang
                    ? "never scheduled: its " + j.pods.length + " pods never fit at once (gang), with no job left"
                            + " running to free a node"
                    : "never scheduled: " + j.bound + " of its " + j.pods.length
                    + " pods bound and the rest fit nowhere, with no job left running to free a node");
        }
        if (kueue != null) {
            for (KubeJob j : kueue.pending()) {
                observer.jobRejected(j.job, now, "kueue: never admitted, its ClusterQueue's quota held by jobs"
                        + " that never started");
            }
        }
        return podsPending;
    }
}
