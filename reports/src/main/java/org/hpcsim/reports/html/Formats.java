package org.hpcsim.reports.html;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers and durations as the page shows them: fixed locale, so the page is the same on every machine. */
final class Formats {
    /** Shown where a value is undefined (a mean over no jobs). */
    static final String NONE = "–";

    private Formats() {}

    /**
     * Seconds as a human duration in at most two units: "0.4 s", "42 s", "12 min 5 s", "16 h 37 min",
     * "158 d 15 h". Rounded to the smaller unit shown; a zero second part is left out ("2 h").
     */
    static String duration(double seconds) {
        if (!Double.isFinite(seconds)) {
            return NONE;
        }
        if (seconds < 0) {
            return "−" + duration(-seconds);
        }
        if (seconds < 9.95) {
            // Tenths below ten seconds, where a mean wait of 0.4 s would otherwise read as 0 s.
            String tenths = String.format(Locale.ROOT, "%.1f", seconds);
            return (tenths.endsWith(".0") ? tenths.substring(0, tenths.length() - 2) : tenths) + " s";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return pair(s / 60, "min", s % 60, "s");
        }
        long minutes = Math.round(seconds / 60);
        if (minutes < 24 * 60) {
            return pair(minutes / 60, "h", minutes % 60, "min");
        }
        long hours = Math.round(seconds / 3600);
        return pair(hours / 24, "d", hours % 24, "h");
    }

    private static String pair(long big, String bigUnit, long small, String smallUnit) {
        return small == 0 ? big + " " + bigUnit : big + " " + bigUnit + " " + small + " " + smallUnit;
    }

    /** A whole number with thousands separators: "5,000". */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code value} with {@code decimals} decimals and thousands separators, or {@link #NONE} when undefined. */
    static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return NONE;
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** A fraction as a percentage with one decimal: 0.6913 gives "69.1 %". */
    static String percent(double fraction) {
        return Double.isFinite(fraction) ? fixed(100 * fraction, 1) + " %" : NONE;
    }

    /** US dollars to the cent with thousands separators: "$15,972.90", "−$3.00"; {@link #NONE} when undefined. */
    static String dollars(double value) {
        if (!Double.isFinite(value)) {
            return NONE;
        }
        return (value < 0 ? "−$" : "$") + fixed(Math.abs(value), 2);
    }

    /** A price: dollars with 2 to 4 decimals, as prices per hour are quoted: "$3.888", "$1.3608", "$2.00". */
    static String price(double value) {
        if (!Double.isFinite(value)) {
            return NONE;
        }
        return "$" + new DecimalFormat("#,##0.00##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    /**
     * The value as summary.json holds it, without exponent: 1.3706049E7 gives "13706049", 0.25
     * gives "0.25", so a reader can check the page against the file.
     */
    static String exact(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal d = BigDecimal.valueOf(value);
        // A whole double reads as "3.0" from Double.toString; drop the ".0" as JSON readers show 3.
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
