package org.hpcsim.reports.sweep;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A metric over a point's replications: the mean and its 95% confidence interval by Student's t
 * with n - 1 degrees of freedom (the replications are independent runs, so the mean is
 * approximately normal and its variance unknown). With one replication, or values that do not
 * vary, the interval is the mean itself.
 *
 * @param n      replications with a value (NaN values, such as cost without pricing, are left out)
 * @param mean   their mean, NaN when n is 0
 * @param stdDev the sample standard deviation, 0 when n is below 2
 * @param low    the interval's low end
 * @param high   the interval's high end
 */
public record MetricSummary(int n, double mean, double stdDev, double low, double high) {
    /** The confidence level of every interval. */
    public static final double CONFIDENCE = 0.95;

    /** The summary of {@code values}, NaNs left out. */
    public static MetricSummary of(double[] values) {
        int n = 0;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (n == 0) {
            return new MetricSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        if (min == max) {
            // Equal values (a trace replay repeats itself) are their own mean and interval: summed
            // and divided, 3 x 22.4 / 3 comes out a hair above 22.4, and a limit of exactly the
            // value would then be missed.
            return new MetricSummary(n, min, 0, min, min);
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        double sd = Math.sqrt(squares / (n - 1));
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        double half = t * sd / Math.sqrt(n);
        return new MetricSummary(n, mean, sd, mean - half, mean + half);
    }

    /** Half the interval's width. */
    public double halfWidth() {
        return (high - low) / 2;
    }
}
