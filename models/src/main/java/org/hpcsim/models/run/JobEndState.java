package org.hpcsim.models.run;

/**
 * How one run of a job ended, in the words of Slurm's job states (sacct's State column).
 */
public enum JobEndState {
    /** It ran to its end. */
    COMPLETED,
    /** It was killed at its time limit (plus OverTimeLimit) before it finished. */
    TIMEOUT,
    /** A job of a higher partition PriorityTier preempted it and it was cancelled (PreemptMode=CANCEL). */
    PREEMPTED,
    /**
     * A job of a higher PriorityTier preempted it and it went back to the queue to start again from
     * the beginning (PreemptMode=REQUEUE). Only runs reported through
     * {@link RunObserver#jobRequeued} end so; sacct shows such a run as PREEMPTED.
     */
    REQUEUED,
    /**
     * The node it ran on failed under it (a Spot instance reclaimed by the provider): the run is
     * lost. Reported through {@link RunObserver#jobRequeued} when the job goes back to the queue
     * (ParallelCluster requeues it unless it was submitted with --no-requeue), else through
     * {@link RunObserver#jobFinished} as its end.
     */
    NODE_FAIL
}
