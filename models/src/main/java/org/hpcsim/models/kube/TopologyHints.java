package org.hpcsim.models.kube;

import java.util.ArrayList;
import java.util.List;

/**
 * The Topology Manager's arithmetic: a provider's hints for one resource, and the policies' merge
 * of every provider's hints into the pod's affinity and the admit-or-reject decision
 * (pkg/kubelet/cm/topologymanager/policy.go, policy_*.go, bitmask/; cpumanager's and devicemanager's
 * GetTopologyHints). Pure functions of their arguments.
 */
public final class TopologyHints {
    private TopologyHints() {}

    /** The outcome of admission: the merged affinity (0 = any) and whether the pod is admitted. */
    public record Decision(long mask, boolean admit) {}

    /**
     * A provider's hints for {@code want} units of one resource (cpumanager
     * generateCPUTopologyHints, devicemanager generateDeviceTopologyHints): one hint per set of NUMA
     * nodes whose free units cover the request, preferred when the set is as small as the smallest
     * set whose units, free or not ({@code total}), could cover it. Null when nothing is asked
     * (upstream's nil: the provider does not care); an empty list when no set has enough free.
     */
    public static List<TopologyHint> generate(long want, int[] free, int[] total) {
        if (want <= 0) {
            return null;
        }
        int numa = free.length;
        long all = (1L << numa) - 1;
        int minAffinity = numa;
        for (long mask = 1; mask <= all; mask++) {
            if (sum(total, mask) >= want) {
                minAffinity = Math.min(minAffinity, Long.bitCount(mask));
            }
        }
        List<TopologyHint> hints = new ArrayList<>();
        for (long mask = 1; mask <= all; mask++) {
            if (sum(free, mask) >= want) {
                hints.add(new TopologyHint(mask, Long.bitCount(mask) == minAffinity));
            }
        }
        return hints;
    }

    private static long sum(int[] perNuma, long mask) {
        long s = 0;
        for (int i = 0; i < perNuma.length; i++) {
            if ((mask & (1L << i)) != 0) {
                s += perNuma[i];
            }
        }
        return s;
    }

    /**
     * The policy's decision for a pod on a node of {@code numa} NUMA nodes, given each provider's
     * hints for each resource it manages ({@code providers}: null entries for providers that do
     * not care). none admits without merging; best-effort admits whatever the merge gives;
     * restricted admits only a preferred merge; single-numa-node first keeps only preferred hints
     * of one NUMA node (or "any"), then admits only a preferred merge.
     */
    public static Decision decide(TopologyPolicy policy, List<List<TopologyHint>> providers, int numa) {
        if (policy == TopologyPolicy.NONE) {
            return new Decision(0, true);
        }
        long all = (1L << numa) - 1;
        List<List<TopologyHint>> filtered = new ArrayList<>();
        for (List<TopologyHint> hints : providers) {
            // filterProvidersHints: nil hints mean "any"; an empty list means no NUMA set can serve the request.
            List<TopologyHint> h = hints == null ? List.of(TopologyHint.ANY)
                    : hints.isEmpty() ? List.of(new TopologyHint(0, false)) : hints;
            if (policy == TopologyPolicy.SINGLE_NUMA_NODE) {
                List<TopologyHint> single = new ArrayList<>();
                for (TopologyHint t : h) {
                    if (t.preferred() && (t.mask() == 0 || t.count() == 1)) {
                        single.add(t);
                    }
                }
                h = single;
            }
            filtered.add(h);
        }
        TopologyHint best = merge(filtered, all);
        if (best == null) {
            best = new TopologyHint(all, false);
        }
        long mask = best.mask();
        if (policy == TopologyPolicy.SINGLE_NUMA_NODE && mask == all) {
            mask = 0; // policy_single_numa_node.go: the default affinity becomes nil ("any")
        }
        return new Decision(mask, policy == TopologyPolicy.BEST_EFFORT || best.preferred());
    }

    /** HintMerger.Merge: the best of the merged permutations (one hint from each provider), or null when none. */
    private static TopologyHint merge(List<List<TopologyHint>> providers, long all) {
        int n = providers.size();
        for (List<TopologyHint> h : providers) {
            if (h.isEmpty()) {
                return null; // no permutation exists
            }
        }
        int[] pick = new int[n];
        TopologyHint best = null;
        while (true) {
            long mask = all;
            boolean preferred = true;
            for (int i = 0; i < n; i++) {
                TopologyHint h = providers.get(i).get(pick[i]);
                mask &= h.mask() == 0 ? all : h.mask();
                preferred &= h.preferred();
            }
            best = better(best, new TopologyHint(mask, preferred));
            int i = 0;
            while (i < n && ++pick[i] == providers.get(i).size()) {
                pick[i++] = 0;
            }
            if (i == n) {
                return best;
            }
        }
    }

    /**
     * HintMerger.compare: an empty merge never wins; a preferred hint beats a non-preferred one;
     * between two of a kind the narrower wins. (Upstream steers non-preferred merges towards the
     * providers' narrowest non-preferred width; that changes which NUMA nodes a best-effort pod
     * leans on, never whether a pod is admitted, and is not modelled.)
     */
    private static TopologyHint better(TopologyHint current, TopologyHint candidate) {
        if (candidate.mask() == 0) {
            return current;
        }
        if (current == null || (candidate.preferred() && !current.preferred())) {
            return candidate;
        }
        if (current.preferred() && !candidate.preferred()) {
            return current;
        }
        return candidate.narrowerThan(current) ? candidate : current;
    }
}
