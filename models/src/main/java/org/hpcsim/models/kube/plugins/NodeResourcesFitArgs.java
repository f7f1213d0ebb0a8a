package org.hpcsim.models.kube.plugins;

import java.util.List;

/**
 * NodeResourcesFitArgs.scoringStrategy: the type, the resources with weights (default cpu and
 * memory, 1 each) and, for RequestedToCapacityRatio, the shape.
 *
 * @param type      the strategy; null for LeastAllocated
 * @param resources resources and weights; null or empty for cpu and memory, weight 1
 * @param shape     the utilization shape, required for RequestedToCapacityRatio only
 */
public record NodeResourcesFitArgs(ScoringStrategyType type, List<ResourceSpec> resources, List<UtilizationShapePoint> shape)
        implements PluginArgs {
    /** Fills the defaults and validates the shape. */
    public NodeResourcesFitArgs {
        type = type == null ? ScoringStrategyType.LEAST_ALLOCATED : type;
        resources = resources == null || resources.isEmpty() ? ResourceSpec.DEFAULTS : List.copyOf(resources);
        shape = shape == null ? List.of() : List.copyOf(shape);
        if (type == ScoringStrategyType.REQUESTED_TO_CAPACITY_RATIO && shape.isEmpty()) {
            throw new IllegalArgumentException("RequestedToCapacityRatio needs a shape of at least one point");
        }
    }

    /** The default: LeastAllocated over cpu and memory. */
    public static NodeResourcesFitArgs defaults() {
        return new NodeResourcesFitArgs(null, null, null);
    }
}
