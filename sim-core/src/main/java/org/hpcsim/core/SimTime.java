package org.hpcsim.core;

/** Conversions between simulation time (nanoseconds in a {@code long}) and human units, used at the edges only. */
public final class SimTime {
    /** Nanoseconds in one second. */
    public static final long SECOND = 1_000_000_000L;
    /** Nanoseconds in one minute. */
    public static final long MINUTE = 60 * SECOND;
    /** Nanoseconds in one hour. */
    public static final long HOUR = 60 * MINUTE;

    private SimTime() {}

    /** Whole seconds to simulation time. */
    public static long seconds(long seconds) {
        return Math.multiplyExact(seconds, SECOND);
    }

    /** Fractional seconds to simulation time, rounded to the nearest nanosecond. */
    public static long ofSeconds(double seconds) {
        if (!Double.isFinite(seconds) || Math.abs(seconds) > Long.MAX_VALUE / (double) SECOND) {
            throw new IllegalArgumentException("time out of range: " + seconds + " s");
        }
        return Math.round(seconds * SECOND);
    }

    /** Simulation time to seconds. */
    public static double toSeconds(long time) {
        return time / (double) SECOND;
    }
}
