package org.hpcsim.models.slurm;

/** What slurmctld does to a job another job preempts (slurm.conf PreemptMode). */
public enum PreemptMode {
    /** The job is never preempted. */
    OFF,
    /** The job is cancelled. */
    CANCEL,
    /** The job is requeued and later restarts from the beginning. */
    REQUEUE
}
