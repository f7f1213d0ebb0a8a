package org.hpcsim.models.kube;

/**
 * What the Kubernetes replay's scheduler did, beyond the engine's counters.
 *
 * @param cycles           scheduling cycles run (pods popped from the queue; under Volcano, tasks tried)
 * @param binds            pods bound
 * @param failedAttempts   cycles that found no node for their pod (under Volcano, gangs that did not fit)
 * @param jobsStarted      jobs that got all their pods bound and ran (once each, restarts after
 *                         preemption not counted)
 * @param jobsRejected     jobs refused at submission (they ask for GPUs and no node has any)
 * @param jobsNeverStarted jobs still waiting when the run ended: their pods could never all be
 *                         bound, most often because jobs each hold part of the nodes another needs
 * @param podsPending      pods of those jobs not bound when the run ended
 * @param stalledAt        when the run found that nothing could change any more (no job running,
 *                         none to arrive, every pending pod tried against the current nodes), or
 *                         -1 when every job ran
 * @param gangSessions     Volcano sessions run (0 under the default scheduler)
 * @param jobsGangPlaced   jobs Volcano placed whole in a session (0 under the default scheduler)
 * @param preemptions      pods that fit nowhere and got a node nominated by DefaultPreemption
 * @param victimPods       pods DefaultPreemption chose to evict (the other pods of the jobs they
 *                         belong to, deleted with them, not counted)
 * @param jobsPreempted    job runs preemption cut short; each job started again from the beginning
 * @param admissionFailures bound pods the kubelet rejected (TopologyAffinityError); each was
 *                         replaced by a new pod, unless its job failed
 * @param jobsFailedAdmission jobs failed because their pods' admission failures passed the Job's
 *                         backoffLimit (counted in jobsRejected too)
 * @param queues           what Kueue and Volcano's queues did, or null without either
 * @param autoscaler       what the Cluster Autoscaler did, or null without one
 */
public record KubeStats(long cycles, long binds, long failedAttempts, long jobsStarted, long jobsRejected,
                        long jobsNeverStarted, long podsPending, long stalledAt, long gangSessions,
                        long jobsGangPlaced, long preemptions, long victimPods, long jobsPreempted,
                        long admissionFailures, long jobsFailedAdmission, BatchQueueStats queues,
                        AutoscalerStats autoscaler) {
    /** Counters with the batch queues' {@code queues} (null: none) and no autoscaler. */
    public KubeStats(long cycles, long binds, long failedAttempts, long jobsStarted, long jobsRejected,
                     long jobsNeverStarted, long podsPending, long stalledAt, long gangSessions,
                     long jobsGangPlaced, long preemptions, long victimPods, long jobsPreempted,
                     long admissionFailures, long jobsFailedAdmission, BatchQueueStats queues) {
        this(cycles, binds, failedAttempts, jobsStarted, jobsRejected, jobsNeverStarted, podsPending, stalledAt,
                gangSessions, jobsGangPlaced, preemptions, victimPods, jobsPreempted, admissionFailures,
                jobsFailedAdmission, queues, null);
    }

    /** Counters of a run without Kueue or Volcano queues. */
    public KubeStats(long cycles, long binds, long failedAttempts, long jobsStarted, long jobsRejected,
                     long jobsNeverStarted, long podsPending, long stalledAt, long gangSessions,
                     long jobsGangPlaced, long preemptions, long victimPods, long jobsPreempted,
                     long admissionFailures, long jobsFailedAdmission) {
        this(cycles, binds, failedAttempts, jobsStarted, jobsRejected, jobsNeverStarted, podsPending, stalledAt,
                gangSessions, jobsGangPlaced, preemptions, victimPods, jobsPreempted, admissionFailures,
                jobsFailedAdmission, null);
    }

    /** These counters with the batch queues' {@code q} (null: none). */
    public KubeStats withQueues(BatchQueueStats q) {
        return new KubeStats(cycles, binds, failedAttempts, jobsStarted, jobsRejected, jobsNeverStarted, podsPending,
                stalledAt, gangSessions, jobsGangPlaced, preemptions, victimPods, jobsPreempted, admissionFailures,
                jobsFailedAdmission, q, autoscaler);
    }

    /** These counters with the Cluster Autoscaler's {@code a} (null: none). */
    public KubeStats withAutoscaler(AutoscalerStats a) {
        return new KubeStats(cycles, binds, failedAttempts, jobsStarted, jobsRejected, jobsNeverStarted, podsPending,
                stalledAt, gangSessions, jobsGangPlaced, preemptions, victimPods, jobsPreempted, admissionFailures,
                jobsFailedAdmission, queues, a);
    }

    /** Counters of a run without kubelet topology management. */
    public KubeStats(long cycles, long binds, long failedAttempts, long jobsStarted, long jobsRejected,
                     long jobsNeverStarted, long podsPending, long stalledAt, long gangSessions,
                     long jobsGangPlaced, long preemptions, long victimPods, long jobsPreempted) {
        this(cycles, binds, failedAttempts, jobsStarted, jobsRejected, jobsNeverStarted, podsPending, stalledAt,
                gangSessions, jobsGangPlaced, preemptions, victimPods, jobsPreempted, 0, 0);
    }

    /** The default scheduler's counters, with no Volcano sessions. */
    public KubeStats(long cycles, long binds, long failedAttempts, long jobsStarted, long jobsRejected,
                     long jobsNeverStarted, long podsPending, long stalledAt) {
        this(cycles, binds, failedAttempts, jobsStarted, jobsRejected, jobsNeverStarted, podsPending, stalledAt, 0, 0,
                0, 0, 0);
    }

    /** Whether the run ended with jobs that could never start. */
    public boolean stalled() {
        return stalledAt >= 0;
    }
}
