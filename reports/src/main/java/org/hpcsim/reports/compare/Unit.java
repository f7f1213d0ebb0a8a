package org.hpcsim.reports.compare;

/** How a headline metric's value is measured, which decides how it and its change are shown. */
public enum Unit {
    /** A whole number of things (jobs). */
    COUNT,
    /** Seconds, shown in s, min, h or d after their size. */
    SECONDS,
    /** A fraction 0..1 shown in percent; its change is shown in percentage points. */
    FRACTION,
    /** A plain ratio (bounded slowdown). */
    RATIO,
    /** Jobs per hour. */
    JOBS_PER_HOUR,
    /** A time-averaged number of jobs. */
    JOBS,
    /** Core-hours. */
    CORE_HOURS,
    /** US dollars, shown to the cent. */
    DOLLARS
}
