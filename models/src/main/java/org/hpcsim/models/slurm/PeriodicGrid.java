package org.hpcsim.models.slurm;

/**
 * Times {@code origin + k * period} for every whole k: when one of slurmctld's periodic activities
 * comes round, counted from when it started (the sched_interval pass and the time-limit test from
 * the background loop's start, PriorityCalcPeriod from the decay thread's).
 *
 * @param origin one of the times, in simulation nanoseconds (may be negative)
 * @param period the distance between two, positive
 */
record PeriodicGrid(long origin, long period) {
    /** Rejects a period that is not positive. */
    PeriodicGrid {
        if (period <= 0) {
            throw new IllegalArgumentException("a periodic grid needs a positive period, got " + period);
        }
    }

    /** The last time of the grid at or before {@code t}. */
    long atOrBefore(long t) {
        return origin + Math.floorDiv(t - origin, period) * period;
    }

    /** The first time of the grid after {@code t}. */
    long after(long t) {
        return atOrBefore(t) + period;
    }

    /** The first time of the grid at or after {@code t}. */
    long atOrAfter(long t) {
        long before = atOrBefore(t);
        return before == t ? t : before + period;
    }

    /** Whether {@code t} is one of the times. */
    boolean on(long t) {
        return Math.floorMod(t - origin, period) == 0;
    }
}
