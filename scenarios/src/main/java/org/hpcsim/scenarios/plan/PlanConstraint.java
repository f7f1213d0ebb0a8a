package org.hpcsim.scenarios.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hpcsim.scenarios.spec.InvalidFieldException;

/**
 * A bound a plan's answer must keep: a headline metric at most (or at least) a limit, in the
 * metric's base unit (seconds, a fraction, dollars).
 *
 * @param metric the metric's key (p95Wait, makespan, ...)
 * @param limit  the bound
 * @param upper  true for an upper bound ({@code max}), false for a lower one ({@code min})
 */
public record PlanConstraint(String metric, double limit, boolean upper) {
    /** Checks the fields; the loader checks that the metric exists. */
    public PlanConstraint {
        InvalidFieldException.require(metric != null && !metric.isBlank(), "metric",
                "is required (a headline metric such as p95Wait)");
        InvalidFieldException.require(Double.isFinite(limit), upper ? "max" : "min",
                "must be a finite number, got " + limit);
    }

    /** "max" or "min", as plan files write it. */
    public String kind() {
        return upper ? "max" : "min";
    }

    /** The comparison as text: "<=" or ">=". */
    public String relation() {
        return upper ? "<=" : ">=";
    }

    @JsonCreator
    static PlanConstraint fromFile(@JsonProperty("metric") String metric, @JsonProperty("max") Double max,
                                   @JsonProperty("min") Double min) {
        InvalidFieldException.require((max == null) != (min == null), "max",
                "give exactly one of max or min for metric '" + metric + "' (got "
                        + (max == null ? "neither" : "both") + "); a range is two constraints");
        return new PlanConstraint(metric, max != null ? max : min, max != null);
    }
}
