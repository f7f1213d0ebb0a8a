package org.hpcsim.models.kube.volcano;

import java.util.List;
import org.hpcsim.core.RandomStream;
import org.hpcsim.models.kube.FilterPlugin;
import org.hpcsim.models.kube.NodeTable;
import org.hpcsim.models.kube.PodPlacer;
import org.hpcsim.models.kube.PodSpec;
import org.hpcsim.models.kube.ResourceNames;
import org.hpcsim.models.kube.plugins.Plugins;

/**
 * Volcano's allocate action picking a node for one task with the binpack plugin
 * (pkg/scheduler/plugins/binpack): among the nodes that pass the default profile's filters, each
 * scores {@code binpack.weight x 100 x sum_r(w_r x (request_r + used_r) / allocatable_r) / sum_r(w_r)}
 * over the resources the task requests and binpack weighs; the highest score wins, ties broken at
 * random from a named stream, as Volcano's SelectBestNode picks at random among the best.
 * Volcano's nodeorder plugin (leastrequested, balancedresource), which its default configuration
 * also enables, is not modelled: binpack alone orders the nodes.
 */
public final class Binpack implements PodPlacer {
    private final NodeTable nodes;
    private final FilterPlugin[] filters;
    private final long[] weights; // by resource index; 0: binpack ignores the resource
    private final int binpackWeight;
    private final RandomStream tieBreak;

    /** Binpack over {@code nodes} with {@code config}'s weights, filtering with {@code filters}, ties from {@code tieBreak}. */
    public Binpack(NodeTable nodes, VolcanoConfig config, List<FilterPlugin> filters, RandomStream tieBreak) {
        this.nodes = nodes;
        this.filters = filters.toArray(new FilterPlugin[0]);
        this.weights = new long[nodes.resources()];
        weights[ResourceNames.CPU] = config.cpuWeight();
        weights[ResourceNames.MEMORY] = config.memoryWeight();
        this.binpackWeight = config.binpackWeight();
        this.tieBreak = tieBreak;
    }

    /** Binpack placers for runs under {@code config}, with the default profile's filters and the stream {@code volcano tie-break}. */
    public static PodPlacer.Factory factory(VolcanoConfig config) {
        return (table, streams) -> new Binpack(table, config, Plugins.defaultProfile().filters(),
                streams.stream("volcano tie-break"));
    }

    /**
     * Binpack's score of node {@code n} for {@code pod} (BinPackingScore): resources the pod does
     * not request or binpack does not weigh are skipped; a resource whose request would overflow
     * the node scores 0 but keeps its weight in the divisor.
     */
    public double score(PodSpec pod, int n) {
        double score = 0;
        long weightSum = 0;
        for (int r = 0; r < weights.length; r++) {
            long request = pod.request(r);
            if (request == 0 || weights[r] == 0) {
                continue;
            }
            long allocatable = nodes.allocatable(r, n);
            long usedFinally = request + nodes.requested(r, n);
            // ResourceBinPackingScore: no capacity or an overflow scores the resource 0, yet its weight counts.
            if (allocatable > 0 && usedFinally <= allocatable) {
                score += (double) usedFinally * weights[r] / allocatable;
            }
            weightSum += weights[r];
        }
        if (weightSum > 0) {
            score /= weightSum;
        }
        return score * 100 * binpackWeight;
    }

    @Override
    public int place(PodSpec pod) {
        for (FilterPlugin f : filters) {
            f.preFilter(pod, nodes);
        }
        int best = -1;
        double bestScore = 0;
        int ties = 0;
        for (int n = 0; n < nodes.size(); n++) {
            if (!feasible(pod, n)) {
                continue;
            }
            double s = score(pod, n);
            if (best < 0 || s > bestScore) {
                best = n;
                bestScore = s;
                ties = 1;
            } else if (s == bestScore && tieBreak.nextInt(++ties) == 0) {
                best = n; // reservoir sampling of one: each tied node equally likely
            }
        }
        return best;
    }

    private boolean feasible(PodSpec pod, int n) {
        for (FilterPlugin f : filters) {
            if (!f.filter(pod, n, nodes)) {
                return false;
            }
        }
        return true;
    }
}
