package org.hpcsim.models.kube.plugins;

import java.math.BigInteger;
import java.util.List;
import org.hpcsim.models.kube.BatchScorer;
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
public final class NodeResourcesFit implements FilterPlugin, ScorePlugin, BatchScorer {
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
    public long constantScore(PodSpec pod, NodeTable nodes, int[] feasible, int count) {
        return NOT_CONSTANT;
    }

    /** {@link #score} over a batch, reading the table's rows directly; the same arithmetic in the same order. */
    @Override
    public void scoreAll(PodSpec pod, NodeTable nodes, int[] feasible, int count, long[] out) {
        alloc.rows(nodes);
        int active = alloc.active;
        if (type == ScoringStrategyType.LEAST_ALLOCATED && active == 2) {
            leastAllocatedTwo(feasible, count, out);
            return;
        }
        boolean ratio = type == ScoringStrategyType.REQUESTED_TO_CAPACITY_RATIO;
        for (int k = 0; k < count; k++) {
            int node = feasible[k];
            long nodeScore = 0;
            long weightSum = 0;
            for (int a = 0; a < active; a++) {
                long capacity = alloc.allocatableRows[a][node];
                if (capacity == 0) {
                    continue;
                }
                int i = alloc.activeSlot[a];
                long s = resourceScore(alloc.requestedRows[a][node] + alloc.podRequest[i], capacity);
                if (ratio && s == 0) {
                    continue;
                }
                nodeScore += s * alloc.weight[i];
                weightSum += alloc.weight[i];
            }
            out[k] = weightSum == 0 ? 0 : ratio ? Math.round((double) nodeScore / weightSum) : nodeScore / weightSum;
        }
    }

    // The default configuration (LeastAllocated over two resources a node has), unrolled.
    private void leastAllocatedTwo(int[] feasible, int count, long[] out) {
        long[] alloc0 = alloc.allocatableRows[0];
        long[] alloc1 = alloc.allocatableRows[1];
        long[] req0 = alloc.requestedRows[0];
        long[] req1 = alloc.requestedRows[1];
        int i0 = alloc.activeSlot[0];
        int i1 = alloc.activeSlot[1];
        long pod0 = alloc.podRequest[i0];
        long pod1 = alloc.podRequest[i1];
        long w0 = alloc.weight[i0];
        long w1 = alloc.weight[i1];
        for (int k = 0; k < count; k++) {
            int node = feasible[k];
            long nodeScore = 0;
            long weightSum = 0;
            long capacity = alloc0[node];
            if (capacity != 0) {
                long requested = req0[node] + pod0;
                nodeScore += (requested > capacity ? 0 : (capacity - requested) * MAX_NODE_SCORE / capacity) * w0;
                weightSum += w0;
            }
            capacity = alloc1[node];
            if (capacity != 0) {
                long requested = req1[node] + pod1;
                nodeScore += (requested > capacity ? 0 : (capacity - requested) * MAX_NODE_SCORE / capacity) * w1;
                weightSum += w1;
            }
            out[k] = weightSum == 0 ? 0 : nodeScore / weightSum;
        }
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
