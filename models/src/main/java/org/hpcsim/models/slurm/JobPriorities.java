package org.hpcsim.models.slurm;

/**
 * How jobs get their priority (slurm.conf PriorityType). Priorities are set when a job is created
 * or joins the queue (a requeued job joins it again), and recomputed only by {@link #recalculate},
 * which the scheduler calls every PriorityCalcPeriod.
 */
interface JobPriorities {
    /** {@code job} was just created by its submission, before it may be held by a dependency. */
    default void created(SlurmJob job) {}

    /** Sets {@code job}'s priority in each of its partitions as it joins the queue at {@code now}. */
    void submitted(SlurmJob job, long now);

    /** Recomputes the priorities of {@code pending} jobs at {@code now}; false when they never change. */
    boolean recalculate(Iterable<SlurmJob> pending, long now);

    /** How often {@link #recalculate} must run, or 0 when priorities never change. */
    long calcPeriod();

    /** {@code job} started at {@code now} on its allocation (fair-share usage begins). */
    default void started(SlurmJob job, long now) {}

    /** {@code job} ended at {@code now} (fair-share usage stops). */
    default void ended(SlurmJob job, long now) {}
}
