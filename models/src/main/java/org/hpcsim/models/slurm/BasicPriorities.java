package org.hpcsim.models.slurm;

import java.util.Arrays;

/**
 * priority/basic: first in, first out. slurmctld gives each new job a priority one below the
 * lowest given so far (job_mgr.c set_job_prio and its lowest_prio; priority_basic.c subtracts the
 * one), so the queue is in submission order; an array's tasks are one record with one priority,
 * which each keeps once split off. A requeued job keeps its priority: batch_requeue_fini
 * resets it only since Slurm 24.05.5 (commit c90858c, SchedMD ticket 21312). On a real slurmctld
 * 22.05.8 (the oracle's preemption configuration) a job requeued at 22:45:15 started before one
 * requeued at 22:45:00 but submitted after it, both waiting with room for either.
 */
final class BasicPriorities implements JobPriorities {
    // job_mgr.c counts down from TOP_PRIORITY; any start that never reaches 0 serves.
    private static final long FIRST = 1L << 40;
    private long lowest = FIRST + 1;

    @Override
    public void created(SlurmJob job) {
        JobListPlaces.ArrayRecord array = job.unstartedArray;
        if (array == null) {
            Arrays.fill(job.priority, --lowest);
            return;
        }
        // An array's tasks are one record with one priority, which a task keeps once split off.
        if (array.basicPriority == Long.MIN_VALUE) {
            array.basicPriority = --lowest;
        }
        Arrays.fill(job.priority, array.basicPriority);
    }

    @Override
    public void submitted(SlurmJob job, long now) {
        // set when the job was created, kept when it is requeued
    }

    @Override
    public boolean recalculate(Iterable<SlurmJob> pending, long now) {
        return false;
    }

    @Override
    public long calcPeriod() {
        return 0;
    }
}
