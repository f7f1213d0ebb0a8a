package org.hpcsim.reports.compare;

import java.util.OptionalDouble;

/**
 * How a run's value of a metric differs from the baseline's.
 *
 * @param difference value - baseline, in the metric's base unit; empty when either is not a number
 * @param percent    the difference in percent of the baseline; empty also when the baseline is 0
 */
public record Change(OptionalDouble difference, OptionalDouble percent) {
    /** The change from {@code baseline} to {@code value}. */
    public static Change between(double baseline, double value) {
        if (!Double.isFinite(baseline) || !Double.isFinite(value)) {
            return new Change(OptionalDouble.empty(), OptionalDouble.empty());
        }
        double d = value - baseline;
        // Relative to the baseline's size, so a drop shows as negative even from a negative baseline.
        OptionalDouble p = baseline == 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * d / Math.abs(baseline));
        return new Change(OptionalDouble.of(d), p);
    }
}
