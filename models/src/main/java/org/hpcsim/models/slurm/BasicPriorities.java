package org.hpcsim.models.slurm;

import java.util.Arrays;

/**
 * priority/basic: first in, first out. slurmctld gives each new job a priority one below the
 * lowest given so far (job_mgr.c set_job_prio and its lowest_prio; priority_basic.c subtracts the
 * one), so the queue is in submission order. A requeued job gets a new one the same way:
 * job_mgr.c batch_requeue_fini resets a requeued job's priority (Slurm 24.05.5 and later, commit
 * c90858c, SchedMD ticket 21312, meant for multifactor), which puts it behind every job submitted
 * before its requeue. 22.05 kept the old priority.
 */
final class BasicPriorities implements JobPriorities {
    // job_mgr.c counts down from TOP_PRIORITY; any start that never reaches 0 serves.
    private static final long FIRST = 1L << 40;
    private long lowest = FIRST + 1;

    @Override
    public void created(SlurmJob job) {
        Arrays.fill(job.priority, --lowest);
    }

    @Override
    public void submitted(SlurmJob job, long now) {
        // set when the job was created or requeued
    }

    @Override
    public void requeued(SlurmJob job, long now) {
        Arrays.fill(job.priority, --lowest);
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
