package org.hpcsim.scenarios.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hpcsim.scenarios.spec.InvalidFieldException;

/**
 * What a plan optimizes: one headline metric's mean, minimized or maximized.
 *
 * @param metric   the metric's key (totalCost, utilization, ...)
 * @param maximize whether larger is better
 */
public record PlanObjective(String metric, boolean maximize) {
    /** Checks the metric is named; the loader checks that it exists. */
    public PlanObjective {
        InvalidFieldException.require(metric != null && !metric.isBlank(), "objective",
                "needs a metric: {minimize: METRIC} or {maximize: METRIC}");
    }

    /** "minimize" or "maximize", as plan files write it. */
    public String direction() {
        return maximize ? "maximize" : "minimize";
    }

    /** Whether objective mean {@code a} is better than {@code b}; a missing value (NaN) is worse than any. */
    public boolean better(double a, double b) {
        if (Double.isNaN(a)) {
            return false;
        }
        if (Double.isNaN(b)) {
            return true;
        }
        return maximize ? a > b : a < b;
    }

    @JsonCreator
    static PlanObjective fromFile(@JsonProperty("minimize") String minimize,
                                  @JsonProperty("maximize") String maximize) {
        InvalidFieldException.require((minimize == null) != (maximize == null), "objective",
                "give exactly one of minimize or maximize, e.g. {minimize: totalCost}");
        return new PlanObjective(minimize != null ? minimize : maximize, maximize != null);
    }
}
