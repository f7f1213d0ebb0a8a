package org.hpcsim.models.slurm;

/**
 * How jobs get their priority (slurm.conf PriorityType). Priorities are set at submission and
 * recomputed only by {@link #recalculate}, which the scheduler calls every PriorityCalcPeriod.
 */
interface JobPriorities {
    /** Sets {@code job}'s priority in each of its partitions as it is submitted at {@code now}. */
    void submitted(SlurmJob job, long now);

    /** Recomputes the priorities of {@code pending} jobs at {@code now}; false when they never change. */
    boolean recalculate(Iterable<SlurmJob> pending, long now);

    /** How often {@link #recalculate} must run, or 0 when priorities never change. */
    long calcPeriod();

    /** {@code job} ran on {@code cpus} CPUs from {@code from} to {@code to} (fair-share usage). */
    default void used(SlurmJob job, long cpus, long from, long to) {}
}
