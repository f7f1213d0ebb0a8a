package org.hpcsim.models.run;

import java.util.Arrays;

/** A growable array of {@code long} samples with exact percentiles (8 bytes a sample, no boxing). */
public final class LongSamples {
    private long[] values = new long[1024];
    private int count;
    private double sum;
    private boolean sorted = true;

    /** Adds one sample. */
    public void add(long value) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        if (count > 0 && value < values[count - 1]) {
            sorted = false;
        }
        values[count++] = value;
        sum += value;
    }

    /** The mean of the samples; NaN when there are none. */
    public double mean() {
        return count == 0 ? Double.NaN : sum / count;
    }

    /** Number of samples. */
    public int count() {
        return count;
    }

    /**
     * The p-th percentile (0 to 100) by linear interpolation between the closest ranks (the
     * definition NumPy uses by default, Hyndman and Fan's type 7); NaN when there are no samples.
     */
    public double percentile(double p) {
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in [0, 100], got " + p);
        }
        if (count == 0) {
            return Double.NaN;
        }
        if (!sorted) {
            Arrays.sort(values, 0, count);
            sorted = true;
        }
        double rank = p / 100.0 * (count - 1);
        int lo = (int) Math.floor(rank);
        int hi = Math.min(lo + 1, count - 1);
        double frac = rank - lo;
        return values[lo] + frac * (values[hi] - values[lo]);
    }
}
