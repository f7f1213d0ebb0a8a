package org.hpcsim.reports.calibration;

import java.util.Locale;

/** Human units for calibration figures: bytes in KiB and MiB, times in µs, rates in GB/s and GFLOP/s. */
final class Units {
    private Units() {}

    /** "0 B", "512 B", "16 KiB", "4 MiB", "1.5 KiB". */
    static String bytes(double b) {
        String[] units = {"B", "KiB", "MiB", "GiB"};
        int u = 0;
        double v = b;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return (v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3g", v))
                + " " + units[u];
    }

    /** Seconds as microseconds with three significant digits, "-" when unknown. */
    static String micros(double seconds) {
        return Double.isFinite(seconds) ? String.format(Locale.ROOT, "%.3g µs", seconds * 1e6) : "-";
    }

    /** Bytes per second as GB/s (10^9), "unbounded" when infinite, "-" when unknown. */
    static String gbps(double bytesPerSecond) {
        if (Double.isNaN(bytesPerSecond)) {
            return "-";
        }
        return Double.isInfinite(bytesPerSecond) ? "unbounded" : String.format(Locale.ROOT, "%.3g GB/s",
                bytesPerSecond / 1e9);
    }

    /** FLOP per second as GFLOP/s. */
    static String gflops(double flops) {
        return Double.isFinite(flops) ? String.format(Locale.ROOT, "%.4g GFLOP/s", flops / 1e9) : "-";
    }

    /** A fraction as a percentage with one decimal, "-" when unknown. */
    static String percent(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.1f %%", 100 * fraction) : "-";
    }

    /** A plain number with four significant digits, "-" when unknown. */
    static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "-";
    }
}
