package org.hpcsim.reports.plan;

import org.hpcsim.reports.sweep.MetricSummary;
import org.hpcsim.scenarios.plan.PlanConstraint;

/**
 * Whether a point meets a constraint with confidence: an upper bound holds when the high end of
 * the 95% confidence interval of the metric's mean is at most the limit, a lower bound when its
 * low end is at least the limit. A mean inside the limit whose interval crosses it is not enough:
 * the answer would then rest on luck.
 *
 * @param constraint the constraint
 * @param summary    the metric over the point's replications
 * @param bound      the interval end that decides (high for max, low for min); NaN without a value
 * @param holds      whether the constraint is met
 */
public record ConstraintCheck(PlanConstraint constraint, MetricSummary summary, double bound, boolean holds) {
    /** The check of {@code constraint} against {@code summary}. */
    public static ConstraintCheck of(PlanConstraint constraint, MetricSummary summary) {
        double bound = constraint.upper() ? summary.high() : summary.low();
        boolean holds = summary.n() > 0 && (constraint.upper() ? bound <= constraint.limit()
                : bound >= constraint.limit());
        return new ConstraintCheck(constraint, summary, bound, holds);
    }

    /**
     * How far the deciding interval end is inside the limit, in percent of the limit: 25 means a
     * quarter of the limit is left; negative when the constraint fails; NaN for a limit of 0 or a
     * point without a value.
     */
    public double marginPercent() {
        double limit = constraint.limit();
        if (limit == 0 || Double.isNaN(bound)) {
            return Double.NaN;
        }
        double inside = constraint.upper() ? limit - bound : bound - limit;
        return 100 * inside / Math.abs(limit);
    }
}
