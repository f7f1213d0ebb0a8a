package org.hpcsim.reports.compare;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Shows a metric's value and its change from the baseline as short text: {@code 45.2 min},
 * {@code -12.3 min (-21.4%)}, {@code +3.1 pp (+4.0%)}, {@code -$1,234.50 (-65.0%)}; {@code n/a}
 * where there is no number.
 * Plain ASCII, so the table reads the same in any terminal encoding.
 */
public final class MetricFormat {
    /** What stands for a missing number. */
    public static final String NA = "n/a";

    private MetricFormat() {}

    /** The value of a metric measured in {@code unit}. */
    public static String value(Unit unit, double v) {
        if (!Double.isFinite(v)) {
            return NA;
        }
        switch (unit) {
            case COUNT:
                return String.format(Locale.ROOT, "%d", Math.round(v));
            case SECONDS:
                return duration(v);
            case FRACTION:
                return String.format(Locale.ROOT, "%.1f %%", 100 * v);
            case RATIO:
                return String.format(Locale.ROOT, "%.2f", v);
            case JOBS_PER_HOUR:
                return String.format(Locale.ROOT, "%.2f jobs/h", v);
            case JOBS:
                return String.format(Locale.ROOT, "%.1f", v);
            case CORE_HOURS:
                return String.format(Locale.ROOT, "%.1f core-h", v);
            case DOLLARS:
                return dollars(v);
            default:
                throw new IllegalArgumentException("no format for " + unit);
        }
    }

    /** A change as its difference and percentage, e.g. {@code -12.3 min (-21.4%)} or {@code +5 s (n/a)}. */
    public static String change(Unit unit, Change c) {
        if (c.difference().isEmpty()) {
            return NA;
        }
        return difference(unit, c.difference().getAsDouble()) + " (" + percent(c.percent()) + ")";
    }

    /** A percentage with its sign and one decimal, e.g. {@code -21.4%}; {@code n/a} when empty. */
    public static String percent(OptionalDouble p) {
        return p.isPresent() ? signed("%+.1f", p.getAsDouble()) + "%" : NA;
    }

    /** A difference with its sign in the unit's terms; a fraction's in percentage points. */
    static String difference(Unit unit, double d) {
        switch (unit) {
            case COUNT:
                return signed("%+d", Math.round(d));
            case SECONDS:
                return signedDuration(d);
            case FRACTION:
                return signed("%+.1f", 100 * d) + " pp";
            case RATIO:
                return signed("%+.2f", d);
            case JOBS_PER_HOUR:
                return signed("%+.2f", d) + " jobs/h";
            case JOBS:
                return signed("%+.1f", d);
            case CORE_HOURS:
                return signed("%+.1f", d) + " core-h";
            case DOLLARS:
                return isZero(dollars(d)) ? dollars(Math.abs(d)) : (d > 0 ? "+" : "") + dollars(d);
            default:
                throw new IllegalArgumentException("no format for " + unit);
        }
    }

    /** Dollars to the cent with thousands separators, the sign before the dollar sign: $1,234.50, -$3.00. */
    static String dollars(double v) {
        return (v < 0 ? "-$" : "$") + String.format(Locale.ROOT, "%,.2f", Math.abs(v));
    }

    /** Seconds as a short duration in a unit chosen by size: 42 s, 12.5 min, 3.2 h, 4.1 d. */
    static String duration(double seconds) {
        double a = Math.abs(seconds);
        if (a < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (a < 7200) {
            return String.format(Locale.ROOT, "%.1f min", seconds / 60);
        }
        if (a < 172_800) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%.1f d", seconds / 86_400);
    }

    private static String signedDuration(double seconds) {
        String d = duration(seconds);
        return seconds >= 0 || isZero(d) ? plusUnlessZero(d.replace("-", "")) : d;
    }

    private static String plusUnlessZero(String text) {
        return isZero(text) ? text : "+" + text;
    }

    // A change that rounds to nothing shows without a sign: "-0.0" would suggest a drop that is not there.
    private static String signed(String format, Object v) {
        String s = String.format(Locale.ROOT, format, v);
        return isZero(s) ? s.replaceFirst("^[+-]", "") : s;
    }

    private static boolean isZero(String text) {
        return !text.matches(".*[1-9].*");
    }
}
