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
 * @param batchSchedDelay   least time between two event-triggered main-loop passes (batch_sched_delay)
 * @param tick              the period of slurmctld's background loop, which starts the main loop and
 *                          the backfill loop: events wait for the next tick; 0 runs passes at the
 *                          instant of the event (an idealised controller)
 * @param maxSwitchWait     the longest a job may wait for its --switches count (max_switch_wait)
 * @param killInvalidDepend whether a job whose dependency can never be satisfied is cancelled
 *                          (kill_invalid_depend) rather than left pending (reason
 *                          DependencyNeverSatisfied), see {@link SlurmDependencies}
 * @param backfillLimits    bf_max_job_user, bf_max_job_part and the other per-pass bounds of backfill
 * @param minJobAge         how long slurmctld keeps a finished job (MinJobAge), after which a
 *                          dependency on it is lifted (see {@link DependencyTargets})
 * @param killWait          KillWait: what select/cons_tres's will-run test adds to the time limit of
 *                          a job already past it, to guess when it will end (see {@link WillRun})
 * @param controllerStart   when slurmctld's background loop started, in simulation time (may be
 *                          negative): its sched_interval passes and its time-limit tests come every
 *                          sched_interval and every {@link #TIME_LIMIT_CHECK} from then
 * @param bfWindowLinear    bf_window_linear: what select/cons_tres's will-run test adds to its
 *                          window of running jobs' ends after each try; 0 doubles it (the default,
 *                          see {@link ReleaseBatches})
 * @param builtinInterval   how often sched/builtin's thread builds a job queue (builtin.c
 *                          builtin_interval), which under fifo_sched is what ends a preemptor's
 *                          preempt_in_progress (see {@link MainLoop})
 * @param backfillPhase     how long after each tick of the background loop the backfill thread
 *                          wakes, in [0, tick): the thread sleeps on its own clock, so its passes
 *                          keep their own place in the second (a real slurmctld's fell 0.07 to 0.2
 *                          s before its main loop's ticks, see README); 0 puts them on the ticks
 */
public record SchedulerParams(int defaultQueueDepth, long schedInterval, long bfInterval, long bfResolution,
                              long bfWindow, int bfMaxJobTest, long overTimeLimit, long batchSchedDelay, long tick,
                              long maxSwitchWait, boolean killInvalidDepend, BackfillLimits backfillLimits,
                              long minJobAge, long killWait, long controllerStart, long bfWindowLinear,
                              long builtinInterval, long backfillPhase) {
    /** slurm.conf(5), 22.05, max_switch_wait: "The default value is 300 seconds." */
    public static final long DEFAULT_MAX_SWITCH_WAIT = SimTime.seconds(300);
    /** slurm.conf(5), 22.05, MinJobAge: "The default value is 300 seconds." */
    public static final long DEFAULT_MIN_JOB_AGE = SimTime.seconds(300);
    /**
     * builtin.c (22.05) BACKFILL_INTERVAL: sched/builtin's thread builds a job queue every 30 s
     * unless SchedulerParameters holds "interval=".
     */
    public static final long DEFAULT_BUILTIN_INTERVAL = SimTime.seconds(30);
    /** slurm.conf(5), 22.05, KillWait: "The default value is 30 seconds." */
    public static final long DEFAULT_KILL_WAIT = SimTime.seconds(30);
    /**
     * How often slurmctld tests running jobs against their time limits: PERIODIC_TIMEOUT, 30 s
     * (slurmctld.h, 22.05), in the background loop (controller.c, job_time_limit).
     */
    public static final long TIME_LIMIT_CHECK = SimTime.seconds(30);

    /** Validates the parameters. */
    public SchedulerParams {
        if (defaultQueueDepth < 0 || bfMaxJobTest <= 0) {
            throw new IllegalArgumentException("default_queue_depth must not be negative, bf_max_job_test must be positive");
        }
        if (schedInterval <= 0 || bfInterval <= 0 || bfResolution <= 0 || bfWindow <= 0 || overTimeLimit < 0) {
            throw new IllegalArgumentException("scheduler intervals, bf_resolution and bf_window must be positive");
        }
        if (batchSchedDelay < 0 || tick < 0 || maxSwitchWait < 0 || minJobAge < 0 || killWait < 0
                || bfWindowLinear < 0) {
            throw new IllegalArgumentException("batch_sched_delay, the tick, max_switch_wait, MinJobAge, KillWait and"
                    + " bf_window_linear must not be negative");
        }
        if (backfillPhase < 0 || backfillPhase >= Math.max(tick, 1)) {
            throw new IllegalArgumentException("the backfill thread's phase must be at least 0 and under the tick");
        }
        backfillLimits = backfillLimits == null ? BackfillLimits.NONE : backfillLimits;
    }

    /**
     * The main parameters, the others at Slurm's defaults (max_switch_wait, MinJobAge, KillWait),
     * off (kill_invalid_depend, the per-pass backfill bounds, bf_window_linear) or 0 (the
     * controller's start, the backfill thread's phase); the withers set them.
     */
    public SchedulerParams(int defaultQueueDepth, long schedInterval, long bfInterval, long bfResolution,
                           long bfWindow, int bfMaxJobTest, long overTimeLimit, long batchSchedDelay, long tick) {
        this(defaultQueueDepth, schedInterval, bfInterval, bfResolution, bfWindow, bfMaxJobTest, overTimeLimit,
                batchSchedDelay, tick, DEFAULT_MAX_SWITCH_WAIT, false, BackfillLimits.NONE, DEFAULT_MIN_JOB_AGE,
                DEFAULT_KILL_WAIT, 0, 0, DEFAULT_BUILTIN_INTERVAL, 0);
    }

    /** Slurm 22.05's defaults. */
    public static SchedulerParams defaults() {
        // slurm.conf(5) and job_scheduler.c/backfill.c, 22.05: default_queue_depth 100, sched_interval 60 s,
        // bf_interval 30 s, bf_resolution 60 s, bf_window 1440 min, bf_max_job_test 500, OverTimeLimit 0,
        // batch_sched_delay 3 s. The tick: controller.c's _slurmctld_background sleeps 10 x 0.1 s per loop.
        return new SchedulerParams(100, SimTime.seconds(60), SimTime.seconds(30), SimTime.seconds(60),
                SimTime.seconds(1440 * 60), 500, 0, SimTime.seconds(3), SimTime.SECOND);
    }

    /**
     * When a job that may run until {@code allowedEnd} (its time limit plus OverTimeLimit) is killed
     * if still running: at the first time-limit test at or after it, the tests running every
     * {@link #TIME_LIMIT_CHECK} from {@link #controllerTick} (a real one killed a job of a one-minute
     * limit 87 s after its start); an idealised controller (tick 0) kills at {@code allowedEnd} itself.
     */
    public long killedAt(long allowedEnd) {
        if (tick == 0 || allowedEnd == Long.MAX_VALUE) {
            return allowedEnd;
        }
        return new PeriodicGrid(controllerTick(), TIME_LIMIT_CHECK).atOrAfter(allowedEnd);
    }

    /**
     * The background loop's first tick at or after the controller's start (the start itself under
     * an idealised controller): its periodic activities count from there, in whole ticks.
     */
    public long controllerTick() {
        return tick == 0 ? controllerStart : Math.floorDiv(controllerStart + tick - 1, tick) * tick;
    }

    /** These parameters with passes at the instant of each event and no batch delay (an idealised controller). */
    public SchedulerParams immediate() {
        return new SchedulerParams(defaultQueueDepth, schedInterval, bfInterval, bfResolution, bfWindow, bfMaxJobTest,
                overTimeLimit, 0, 0, maxSwitchWait, killInvalidDepend, backfillLimits, minJobAge, killWait,
                controllerStart, bfWindowLinear, builtinInterval, 0);
    }

    /** These parameters with max_switch_wait set to {@code wait} nanoseconds. */
    public SchedulerParams withMaxSwitchWait(long wait) {
        return new SchedulerParams(defaultQueueDepth, schedInterval, bfInterval, bfResolution, bfWindow, bfMaxJobTest,
                overTimeLimit, batchSchedDelay, tick, wait, killInvalidDepend, backfillLimits, minJobAge, killWait,
                controllerStart, bfWindowLinear, builtinInterval, backfillPhase);
    }

    /** These parameters with kill_invalid_depend set or not. */
    public SchedulerParams withKillInvalidDepend(boolean kill) {
        return new SchedulerParams(defaultQueueDepth, schedInterval, bfInterval, bfResolution, bfWindow, bfMaxJobTest,
                overTimeLimit, batchSchedDelay, tick, maxSwitchWait, kill, backfillLimits, minJobAge, killWait,
                controllerStart, bfWindowLinear, builtinInterval, backfillPhase);
    }

    /** These parameters with the per-pass backfill bounds {@code limits}. */
    public SchedulerParams withBackfillLimits(BackfillLimits limits) {
        return new SchedulerParams(defaultQueueDepth, schedInterval, bfInterval, bfResolution, bfWindow, bfMaxJobTest,
                overTimeLimit, batchSchedDelay, tick, maxSwitchWait, killInvalidDepend, limits, minJobAge, killWait,
                controllerStart, bfWindowLinear, builtinInterval, backfillPhase);
    }

    /** These parameters with MinJobAge {@code age} nanoseconds. */
    public SchedulerParams withMinJobAge(long age) {
        return new SchedulerParams(defaultQueueDepth, schedInterval, bfInterval, bfResolution, bfWindow, bfMaxJobTest,
                overTimeLimit, batchSchedDelay, tick, maxSwitchWait, killInvalidDepend, backfillLimits, age, killWait,
                controllerStart, bfWindowLinear, builtinInterval, backfillPhase);
    }

    /** These parameters with slurmctld started at simulation time {@code start}. */
    public SchedulerParams withControllerStart(long start) {
        return new SchedulerParams(defaultQueueDepth, schedInterval, bfInterval, bfResolution, bfWindow, bfMaxJobTest,
                overTimeLimit, batchSchedDelay, tick, maxSwitchWait, killInvalidDepend, backfillLimits, minJobAge,
                killWait, start, bfWindowLinear, builtinInterval, backfillPhase);
    }

    /** These parameters with bf_window_linear {@code step} nanoseconds (0: the window doubles). */
    public SchedulerParams withBfWindowLinear(long step) {
        return new SchedulerParams(defaultQueueDepth, schedInterval, bfInterval, bfResolution, bfWindow, bfMaxJobTest,
                overTimeLimit, batchSchedDelay, tick, maxSwitchWait, killInvalidDepend, backfillLimits, minJobAge,
                killWait, controllerStart, step, builtinInterval, backfillPhase);
    }

    /** These parameters with sched/builtin's queue builds every {@code interval} nanoseconds. */
    public SchedulerParams withBuiltinInterval(long interval) {
        return new SchedulerParams(defaultQueueDepth, schedInterval, bfInterval, bfResolution, bfWindow, bfMaxJobTest,
                overTimeLimit, batchSchedDelay, tick, maxSwitchWait, killInvalidDepend, backfillLimits, minJobAge,
                killWait, controllerStart, bfWindowLinear, interval, backfillPhase);
    }

    /** These parameters with the backfill thread waking {@code phase} nanoseconds after each tick. */
    public SchedulerParams withBackfillPhase(long phase) {
        return new SchedulerParams(defaultQueueDepth, schedInterval, bfInterval, bfResolution, bfWindow, bfMaxJobTest,
                overTimeLimit, batchSchedDelay, tick, maxSwitchWait, killInvalidDepend, backfillLimits, minJobAge,
                killWait, controllerStart, bfWindowLinear, builtinInterval, phase);
    }

    /** These parameters with KillWait {@code wait} nanoseconds. */
    public SchedulerParams withKillWait(long wait) {
        return new SchedulerParams(defaultQueueDepth, schedInterval, bfInterval, bfResolution, bfWindow, bfMaxJobTest,
                overTimeLimit, batchSchedDelay, tick, maxSwitchWait, killInvalidDepend, backfillLimits, minJobAge, wait,
                controllerStart, bfWindowLinear, builtinInterval, backfillPhase);
    }
}
