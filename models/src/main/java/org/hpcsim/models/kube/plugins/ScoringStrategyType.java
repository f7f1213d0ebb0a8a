package org.hpcsim.models.kube.plugins;

/** NodeResourcesFit's scoringStrategy.type. */
public enum ScoringStrategyType {
    /** Favour nodes with the most left after the pod (the default). */
    LEAST_ALLOCATED("LeastAllocated"),
    /** Favour nodes with the least left: bin packing. */
    MOST_ALLOCATED("MostAllocated"),
    /** A piecewise-linear shape over utilization. */
    REQUESTED_TO_CAPACITY_RATIO("RequestedToCapacityRatio");

    private final String configName;

    ScoringStrategyType(String configName) {
        this.configName = configName;
    }

    /** The name KubeSchedulerConfiguration uses. */
    public String configName() {
        return configName;
    }

    /** The type a configuration names, or IllegalArgumentException listing the three. */
    public static ScoringStrategyType parse(String name) {
        for (ScoringStrategyType t : values()) {
            if (t.configName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown scoring strategy '" + name
                + "'; known: LeastAllocated, MostAllocated, RequestedToCapacityRatio");
    }
}
