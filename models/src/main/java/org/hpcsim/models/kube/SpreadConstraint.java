package org.hpcsim.models.kube;

/**
 * A pod topology spread constraint: pods of {@code group} (what its label selector selects) spread
 * over the values of node label {@code topologyKey} with at most {@code maxSkew} difference;
 * {@code hard} is whenUnsatisfiable DoNotSchedule (a filter), else ScheduleAnyway (a score).
 */
public record SpreadConstraint(int maxSkew, String topologyKey, boolean hard, String group) {
    /** Validates the constraint. */
    public SpreadConstraint {
        if (maxSkew < 1 || topologyKey == null || topologyKey.isEmpty() || group == null) {
            throw new IllegalArgumentException("a spread constraint needs maxSkew >= 1, a topology key and a group");
        }
    }
}
