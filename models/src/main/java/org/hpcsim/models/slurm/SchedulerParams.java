package org.hpcsim.models.slurm;

import org.hpcsim.core.SimTime;

/**
 * slurm.conf SchedulerParameters and the neighbouring timing settings the scheduler obeys. Times
 * are simulation nanoseconds.
 *
 * @param defaultQueueDepth jobs the main loop tests when an event triggers it (default_queue_depth)
 * @param schedInterval     period of the main loop's full-queue pass (sched_interval)
 * @param bfInterval        period of the backfill loop (bf_interval)
 * @param bfResolution      time step of backfill's plan (bf_resolution)
 * @param bfWindow          how far ahead backfill plans (bf_window)
 * @param bfMaxJobTest      pending jobs one backfill pass tests at most (bf_max_job_test)
 * @param overTimeLimit     how long a job may run past its time limit before it is killed (OverTimeLimit)
 */
public record SchedulerParams(int defaultQueueDepth, long schedInterval, long bfInterval, long bfResolution,
                              long bfWindow, int bfMaxJobTest, long overTimeLimit) {
    /** Validates the parameters. */
    public SchedulerParams {
        if (defaultQueueDepth < 0 || bfMaxJobTest <= 0) {
            throw new IllegalArgumentException("default_queue_depth must not be negative, bf_max_job_test must be positive");
        }
        if (schedInterval <= 0 || bfInterval <= 0 || bfResolution <= 0 || bfWindow <= 0 || overTimeLimit < 0) {
            throw new IllegalArgumentException("scheduler intervals, bf_resolution and bf_window must be positive");
        }
    }

    /** Slurm 22.05's defaults. */
    public static SchedulerParams defaults() {
        // slurm.conf(5) and job_scheduler.c/backfill.c, 22.05: default_queue_depth 100, sched_interval 60 s,
        // bf_interval 30 s, bf_resolution 60 s, bf_window 1440 min, bf_max_job_test 500, OverTimeLimit 0.
        return new SchedulerParams(100, SimTime.seconds(60), SimTime.seconds(30), SimTime.seconds(60),
                SimTime.seconds(1440 * 60), 500, 0);
    }

    /** These parameters with another bf_interval. */
    public SchedulerParams withBfInterval(long interval) {
        return new SchedulerParams(defaultQueueDepth, schedInterval, interval, bfResolution, bfWindow, bfMaxJobTest,
                overTimeLimit);
    }
}
