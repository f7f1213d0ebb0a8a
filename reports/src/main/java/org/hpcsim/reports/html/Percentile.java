package org.hpcsim.reports.html;

import java.util.Arrays;

/** Percentiles of a sample by linear interpolation between closest ranks, as RunMetrics computes them. */
final class Percentile {
    private Percentile() {}

    /**
     * The p-th percentile (0 to 100) of {@code values} (Hyndman and Fan's type 7, NumPy's default),
     * or NaN when there are none; the array is left untouched.
     */
    static double of(double[] values, double p) {
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in [0, 100], got " + p);
        }
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double rank = p / 100.0 * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
    }
}
