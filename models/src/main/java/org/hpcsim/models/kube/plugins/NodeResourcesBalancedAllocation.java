package org.hpcsim.models.kube.plugins;

import org.hpcsim.models.kube.BatchScorer;
import org.hpcsim.models.kube.NodeTable;
import org.hpcsim.models.kube.PodSpec;
import org.hpcsim.models.kube.ResourceNames;
import org.hpcsim.models.kube.ScorePlugin;

/**
 * The NodeResourcesBalancedAllocation score: with f_r = min(1, requested_r / allocatable_r) over
 * the configured resources (pod included), the score is (1 - std(f)) * 100 truncated; with two
 * resources std is |f1 - f2| / 2, as upstream computes it. Best-effort pods are not scored.
 */
public final class NodeResourcesBalancedAllocation implements ScorePlugin, BatchScorer {
    /** The plugin's configuration name. */
    public static final String NAME = "NodeResourcesBalancedAllocation";

    private final ResourceAllocation alloc;
    private final double[] fractions;
    // Upstream's PreScore returns Skip for a pod requesting none of the resources, so that such
    // pods do not all pile onto one node (kubernetes issue 129138).
    private boolean skip;

    /** The plugin with {@code args}, resolving resource names with {@code names} (null: cpu and memory only). */
    public NodeResourcesBalancedAllocation(BalancedAllocationArgs args, ResourceNames names) {
        this.alloc = new ResourceAllocation(args.resources(), names, true);
        this.fractions = new double[args.resources().size()];
    }

    /** The default plugin: cpu and memory. */
    public NodeResourcesBalancedAllocation() {
        this(BalancedAllocationArgs.defaults(), null);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void preScore(PodSpec pod, NodeTable nodes, int[] feasible, int count) {
        alloc.preScore(pod, nodes);
        skip = alloc.podRequestsNothing();
    }

    /** A skipped pod scores 0 everywhere, and the plugin does not normalise. */
    @Override
    public long constantScore(PodSpec pod, NodeTable nodes, int[] feasible, int count) {
        return skip ? 0 : NOT_CONSTANT;
    }

    /** {@link #score} over a batch, reading the table's rows directly; the same arithmetic in the same order. */
    @Override
    public void scoreAll(PodSpec pod, NodeTable nodes, int[] feasible, int count, long[] out) {
        if (skip) {
            java.util.Arrays.fill(out, 0, count, 0);
            return;
        }
        alloc.rows(nodes);
        int active = alloc.active;
        if (active == 2) {
            long[] alloc0 = alloc.allocatableRows[0];
            long[] alloc1 = alloc.allocatableRows[1];
            long[] req0 = alloc.requestedRows[0];
            long[] req1 = alloc.requestedRows[1];
            long pod0 = alloc.podRequest[alloc.activeSlot[0]];
            long pod1 = alloc.podRequest[alloc.activeSlot[1]];
            for (int k = 0; k < count; k++) {
                int node = feasible[k];
                long a0 = alloc0[node];
                long a1 = alloc1[node];
                if (a0 != 0 && a1 != 0) {
                    double f0 = Math.min(1.0, (double) (req0[node] + pod0) / (double) a0);
                    double f1 = Math.min(1.0, (double) (req1[node] + pod1) / (double) a1);
                    out[k] = (long) ((1 - Math.abs((f0 - f1) / 2)) * MAX_NODE_SCORE);
                } else {
                    out[k] = score(pod, node, nodes); // a node lacking one of them: the general path
                }
            }
            return;
        }
        for (int k = 0; k < count; k++) {
            out[k] = score(pod, feasible[k], nodes);
        }
    }

    @Override
    public long score(PodSpec pod, int node, NodeTable nodes) {
        if (skip) {
            return 0;
        }
        alloc.load(node, nodes);
        int k = 0;
        double total = 0;
        for (int i = 0; i < alloc.resource.length; i++) {
            if (alloc.allocatable[i] == 0) {
                continue;
            }
            double f = Math.min(1.0, (double) alloc.requested[i] / (double) alloc.allocatable[i]);
            total += f;
            fractions[k++] = f;
        }
        double std = 0;
        if (k == 2) {
            std = Math.abs((fractions[0] - fractions[1]) / 2);
        } else if (k > 2) {
            double mean = total / k;
            double sum = 0;
            for (int i = 0; i < k; i++) {
                sum += (fractions[i] - mean) * (fractions[i] - mean);
            }
            std = Math.sqrt(sum / k);
        }
        return (long) ((1 - std) * MAX_NODE_SCORE);
    }
}
