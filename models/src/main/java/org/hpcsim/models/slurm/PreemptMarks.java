package org.hpcsim.models.slurm;

/**
 * What slurmctld keeps on a job record of the preemptions it made: preempt_start_time (the job
 * details') and, under fifo_sched, how long its preempt_in_progress flag lasts. An array's tasks
 * that never started share their record's marks (see {@link SlurmJob#marks}); a task that starts
 * keeps a copy, as job_array_split copies the record (see {@link SlurmJob#leaveRecord}).
 */
final class PreemptMarks {
    /** When the record last preempted others, or {@link Long#MIN_VALUE}. */
    long preemptedOthersAt = Long.MIN_VALUE;
    /**
     * Under fifo_sched, until when the main loop passes over the record since it last preempted:
     * its preempt_in_progress flag lasts until sched/builtin's thread next builds a job queue.
     */
    long heldUntil = Long.MIN_VALUE;

    void copyFrom(PreemptMarks other) {
        preemptedOthersAt = other.preemptedOthersAt;
        heldUntil = other.heldUntil;
    }
}
