package org.hpcsim.models.kube.plugins;

import java.math.BigInteger;
import java.util.List;
import org.hpcsim.models.kube.FilterPlugin;
import org.hpcsim.models.kube.NodeTable;
import org.hpcsim.models.kube.PodSpec;
import org.hpcsim.models.kube.ResourceNames;
import org.hpcsim.models.kube.ScorePlugin;

/**
 * The NodeResourcesFit plugin: filters out nodes where the pod's requests do not fit, and scores
 * by its scoring strategy over the configured resources, with the pod's requests counted in,
 * in upstream's integer arithmetic. Its scores need no normalisation (they are 0..100 already).
 */
public final class NodeResourcesFit implements FilterPlugin, ScorePlugin {
    /** The plugin's configuration name. */
    public static final String NAME = "NodeResourcesFit";
    private static final long MAX_UTILIZATION = 100;

    private final ScoringStrategyType type;
    private final ResourceAllocation alloc;
    private final BrokenLinearFunction shape; // scores scaled to 0..100, RequestedToCapacityRatio only

    /** The plugin with {@code args}, resolving resource names with {@code names} (null: cpu and memory only). */
    public NodeResourcesFit(NodeResourcesFitArgs args, ResourceNames names) {
        this.type = args.type();
        this.alloc = new ResourceAllocation(args.resources(), names, false);
        this.shape = type == ScoringStrategyType.REQUESTED_TO_CAPACITY_RATIO ? scaledShape(args.shape()) : null;
    }

    /** The default plugin: LeastAllocated over cpu and memory. */
    public NodeResourcesFit() {
        this(NodeResourcesFitArgs.defaults(), null);
    }

    // Shape scores are 0..10 (MaxCustomPriorityScore); upstream multiplies them by 10 to reach MaxNodeScore.
    private static BrokenLinearFunction scaledShape(List<UtilizationShapePoint> points) {
        long[] x = new long[points.size()];
        long[] y = new long[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i).utilization();
            y[i] = points.get(i).score() * (MAX_NODE_SCORE / 10);
        }
        return new BrokenLinearFunction(x, y);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean filter(PodSpec pod, int node, NodeTable nodes) {
        return nodes.fits(pod, node);
    }

    @Override
    public void preScore(PodSpec pod, NodeTable nodes, int[] feasible, int count) {
        alloc.preScore(pod, nodes);
    }

    @Override
    public long score(PodSpec pod, int node, NodeTable nodes) {
        alloc.load(node, nodes);
        boolean ratio = type == ScoringStrategyType.REQUESTED_TO_CAPACITY_RATIO;
        long nodeScore = 0;
        long weightSum = 0;
        for (int i = 0; i < alloc.resource.length; i++) {
            long capacity = alloc.allocatable[i];
            if (capacity == 0) {
                continue;
            }
            long s = resourceScore(alloc.requested[i], capacity);
            if (ratio && s == 0) {
                continue; // RequestedToCapacityRatio leaves resources scoring 0 out of the mean, as upstream
            }
            nodeScore += s * alloc.weight[i];
            weightSum += alloc.weight[i];
        }
        if (weightSum == 0) {
            return 0;
        }
        // LeastAllocated and MostAllocated truncate the weighted mean; RequestedToCapacityRatio rounds it.
        return ratio ? Math.round((double) nodeScore / weightSum) : nodeScore / weightSum;
    }

    private long resourceScore(long requested, long capacity) {
        return switch (type) {
            case LEAST_ALLOCATED -> requested > capacity ? 0 : (capacity - requested) * MAX_NODE_SCORE / capacity;
            case MOST_ALLOCATED -> Math.min(requested, capacity) * MAX_NODE_SCORE / capacity;
            case REQUESTED_TO_CAPACITY_RATIO -> shape.at(requested > capacity ? MAX_UTILIZATION : scaledUtilization(requested, capacity));
        };
    }

    /** requested * 100 / capacity truncated, exact even where the product overflows a long, as upstream's newest code. */
    static long scaledUtilization(long requested, long capacity) {
        if (capacity <= 0 || requested <= 0) {
            return 0;
        }
        if (requested >= capacity) {
            return MAX_UTILIZATION;
        }
        if (requested <= Long.MAX_VALUE / MAX_UTILIZATION) {
            return requested * MAX_UTILIZATION / capacity;
        }
        return BigInteger.valueOf(requested).multiply(BigInteger.valueOf(MAX_UTILIZATION))
                .divide(BigInteger.valueOf(capacity)).longValue();
    }
}
