package org.hpcsim.models.kube;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.kube.plugins.Plugins;

/**
 * The Cluster Autoscaler's scale-up simulation: which pending pods would fit on the nodes up or
 * booting (those do not call for new nodes: FilterOutSchedulable, with upcoming nodes counted),
 * and, for a node group, how many new nodes the rest would need (the binpacking estimator: pods
 * in decreasing size, each on the first new node it fits, a new node when none, up to a limit).
 * Whether a pod may go to a group is decided as CA does, by the scheduler's filters on a template
 * node of the group (the default profile's filters, as for preemption); sizes by the requests.
 */
final class ScaleUpEstimator {
    /** A scale-up that would help: {@code nodes} new nodes of {@code group} for {@code pods} pods. */
    record Option(int group, int nodes, int pods, double waste, double cpuCores) {}

    private final NodeTable table;
    private final int[] groupOf;
    private final NodeTable[] templates;
    private final List<FilterPlugin> filters = Plugins.defaultProfile().filters();
    private final Map<PodSpec, boolean[]> eligible = new IdentityHashMap<>();

    /** Estimates over {@code table}, whose node {@code n} belongs to group {@code groupOf[n]}; {@code firstNode[g]} is a template. */
    ScaleUpEstimator(NodeTable table, int[] groupOf, int[] firstNode) {
        this.table = table;
        this.groupOf = groupOf;
        this.templates = new NodeTable[firstNode.length];
        for (int g = 0; g < firstNode.length; g++) {
            templates[g] = new NodeTable(List.of(table.node(firstNode[g])), table.resources());
        }
    }

    /**
     * The scale-ups that would help the pods of {@code waiting} jobs the scheduler tried and could
     * not place, less those that fit on nodes up or booting: one option per group that may grow
     * ({@code groups[g]} not null, its {@code size[g]} under maxSize, {@code total} under
     * {@code maxTotal} unless 0) and would take at least one pod.
     */
    List<Option> options(Iterable<KubeJob> waiting, boolean[] up, boolean[] booting, NodeGroup[] groups, int[] size,
                         int total, int maxTotal) {
        List<PodSpec> pending = new ArrayList<>();
        for (KubeJob j : waiting) {
            for (QueuedPod p : j.pods) {
                if (p.place != QueuedPod.Place.BOUND && p.attempts > 0) {
                    pending.add(p.spec);
                }
            }
        }
        List<Option> options = new ArrayList<>();
        if (pending.isEmpty()) {
            return options;
        }
        eligible.clear();
        List<PodSpec> left = unschedulable(pending, up, booting);
        for (int g = 0; g < groups.length && !left.isEmpty(); g++) {
            int limit = groups[g] == null ? 0 : groups[g].maxSize() - size[g];
            if (maxTotal > 0) {
                limit = Math.min(limit, maxTotal - total);
            }
            if (limit > 0) {
                Option o = estimate(g, left, limit);
                if (o.nodes() > 0) {
                    options.add(o);
                }
            }
        }
        return options;
    }

    /** Whether {@code pod} passes the filters on an empty node of group {@code g}. */
    boolean eligible(PodSpec pod, int g) {
        boolean[] known = eligible.computeIfAbsent(pod, p -> new boolean[2 * templates.length]);
        if (!known[2 * g]) {
            known[2 * g] = true;
            boolean ok = true;
            for (FilterPlugin f : filters) {
                f.preFilter(pod, templates[g]);
                ok &= f.filter(pod, 0, templates[g]);
            }
            known[2 * g + 1] = ok;
        }
        return known[2 * g + 1];
    }

    /**
     * The pods of {@code pending} that fit on no node up ({@code up[n]}) or booting
     * ({@code booting[n]}, counted empty), each placed first fit in node order on what is left.
     */
    List<PodSpec> unschedulable(List<PodSpec> pending, boolean[] up, boolean[] booting) {
        int n = table.size();
        int resources = table.resources();
        long[][] free = new long[n][];
        for (int i = 0; i < n; i++) {
            if (up[i] || booting[i]) {
                free[i] = new long[resources];
                for (int r = 0; r < resources; r++) {
                    free[i][r] = table.node(i).allocatable(r) - (up[i] ? table.requested(r, i) : 0);
                }
            }
        }
        List<PodSpec> left = new ArrayList<>();
        for (PodSpec pod : pending) {
            boolean placed = false;
            for (int i = 0; i < n && !placed; i++) {
                if (free[i] != null && fits(pod, free[i]) && eligible(pod, groupOf[i])) {
                    take(pod, free[i]);
                    placed = true;
                }
            }
            if (!placed) {
                left.add(pod);
            }
        }
        return left;
    }

    /** How many new nodes of group {@code g}, at most {@code limit}, the pods it may take of {@code pods} need. */
    Option estimate(int g, List<PodSpec> pods, int limit) {
        KubeNode node = templates[g].node(0);
        int resources = table.resources();
        List<PodSpec> mine = new ArrayList<>();
        for (PodSpec p : pods) {
            if (eligible(p, g)) {
                mine.add(p);
            }
        }
        // Largest first, by the share of a node's cpu and memory it asks for (stable: ties keep queue order).
        mine.sort((a, b) -> Double.compare(size(b, node), size(a, node)));
        List<long[]> bins = new ArrayList<>();
        int helped = 0;
        long cpu = 0;
        long memory = 0;
        for (PodSpec p : mine) {
            long[] bin = null;
            for (long[] b : bins) {
                if (fits(p, b)) {
                    bin = b;
                    break;
                }
            }
            if (bin == null && bins.size() < limit) {
                bin = new long[resources];
                for (int r = 0; r < resources; r++) {
                    bin[r] = node.allocatable(r);
                }
                bins.add(bin);
            }
            if (bin != null) {
                take(p, bin);
                helped++;
                cpu += p.request(ResourceNames.CPU);
                memory += p.request(ResourceNames.MEMORY);
            }
        }
        int k = bins.size();
        // least-waste's score (expander/waste): unused share of the new nodes' cpu plus that of their memory.
        double waste = k == 0 ? 0 : idle(cpu, k * node.allocatable(ResourceNames.CPU))
                + idle(memory, k * node.allocatable(ResourceNames.MEMORY));
        return new Option(g, k, helped, waste, cpu / 1000.0);
    }

    private static double idle(long used, long available) {
        return available <= 0 ? 0 : (double) (available - used) / available;
    }

    private static double size(PodSpec p, KubeNode node) {
        return share(p.request(ResourceNames.CPU), node.allocatable(ResourceNames.CPU))
                + share(p.request(ResourceNames.MEMORY), node.allocatable(ResourceNames.MEMORY));
    }

    private static double share(long q, long of) {
        return of <= 0 ? 0 : (double) q / of;
    }

    /** Whether {@code pod}'s requests fit in {@code free}, what a node has left by resource. */
    static boolean fits(PodSpec pod, long[] free) {
        for (int r = 0; r < pod.requests().length; r++) {
            long want = pod.request(r);
            if (want > 0 && (r >= free.length || want > free[r])) {
                return false;
            }
        }
        return true;
    }

    /** Takes {@code pod}'s requests out of {@code free}. */
    static void take(PodSpec pod, long[] free) {
        for (int r = 0; r < free.length; r++) {
            free[r] -= pod.request(r);
        }
    }

    /** Gives {@code pod}'s requests back to {@code free}. */
    static void give(PodSpec pod, long[] free) {
        for (int r = 0; r < free.length; r++) {
            free[r] += pod.request(r);
        }
    }
}
