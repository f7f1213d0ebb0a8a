package org.hpcsim.reports.charts;

/** The unit a time axis is drawn in, chosen so that the span reads as a handful of round numbers. */
public enum TimeScale {
    SECONDS(1, "s"),
    MINUTES(60, "min"),
    HOURS(3600, "h"),
    DAYS(86_400, "days");

    private final double seconds;
    private final String symbol;

    TimeScale(double seconds, String symbol) {
        this.seconds = seconds;
        this.symbol = symbol;
    }

    /**
     * The unit for a span of {@code seconds}: seconds up to 2 minutes, minutes up to 2 hours, hours
     * up to 3 days (72 h still ticks evenly), days beyond.
     */
    public static TimeScale forSpan(double seconds) {
        if (!(seconds > 2 * 60)) {
            return SECONDS;
        }
        if (seconds <= 2 * 3600) {
            return MINUTES;
        }
        if (seconds <= 3 * 86_400) {
            return HOURS;
        }
        return DAYS;
    }

    /** {@code value} seconds in this unit. */
    public double of(double value) {
        return value / seconds;
    }

    /** The unit as written in an axis label. */
    public String symbol() {
        return symbol;
    }
}
