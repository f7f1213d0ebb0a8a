package org.hpcsim.reports.compare;

import java.util.Locale;

/** Which way a metric improves, or that it has no better side. */
public enum Better {
    /** A smaller value is better (waits, slowdown, makespan, queue length). */
    LOWER,
    /** A larger value is better (utilization, throughput). */
    HIGHER,
    /**
     * Neither: the value describes the workload rather than how well it was scheduled (jobs run,
     * core-hours used), so no run is marked best.
     */
    NEITHER;

    /** The word used in the table and in comparison.json: "lower", "higher", or "" for neither. */
    public String word() {
        return this == NEITHER ? "" : name().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code a} is better than {@code b}; false for {@link #NEITHER}. */
    public boolean isBetter(double a, double b) {
        return this == LOWER ? a < b : this == HIGHER && a > b;
    }
}
