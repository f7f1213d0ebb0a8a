package org.hpcsim.models.kube.plugins;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.kube.FilterPlugin;
import org.hpcsim.models.kube.NodeTable;
import org.hpcsim.models.kube.PodSpec;
import org.hpcsim.models.kube.ScorePlugin;
import org.hpcsim.models.kube.SpreadConstraint;

/**
 * The PodTopologySpread plugin with upstream's default node inclusion policies (nodeAffinity
 * honoured, taints ignored). Filter (DoNotSchedule): matching pods in the node's domain, plus one
 * if the pod matches itself, minus the minimum over eligible domains, must not exceed maxSkew.
 * Score (ScheduleAnyway): per constraint, count * log(domains + 2) + maxSkew - 1, rounded, then
 * normalised reversed between the minimum and maximum.
 */
public final class PodTopologySpread implements FilterPlugin, ScorePlugin {
    /** The plugin's configuration name. */
    public static final String NAME = "PodTopologySpread";
    // Upstream's invalidScore: marks a node missing a topology key, which NormalizeScore sets to 0.
    private static final long IGNORED = -1;

    private final TopologyDomains domains = new TopologyDomains();
    private final Constraints hard = new Constraints();
    private final Constraints soft = new Constraints();
    private boolean skipScore;
    private int[] ignoredStamp = new int[0];

    /** A spread plugin; it keeps per-cycle state, so one instance serves one cycle at a time. */
    public PodTopologySpread() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void preFilter(PodSpec pod, NodeTable nodes) {
        hard.select(pod, true, nodes, domains);
        if (hard.size == 0) {
            return;
        }
        hard.nextCycle();
        for (int n = 0; n < nodes.size(); n++) {
            if (hard.hasAllKeys(n) && NodeAffinity.matches(pod, nodes.node(n))) {
                hard.addNode(n, nodes);
            }
        }
        hard.computeMinima();
    }

    @Override
    public boolean filter(PodSpec pod, int node, NodeTable nodes) {
        for (int i = 0; i < hard.size; i++) {
            int d = hard.domainOf[i][node];
            if (d < 0) {
                return false;
            }
            long match = hard.present[i][d] == hard.stamp ? hard.counts[i][d] : 0;
            long self = pod.group().equals(hard.list.get(i).group()) ? 1 : 0;
            if (match + self - hard.min[i] > hard.list.get(i).maxSkew()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void preScore(PodSpec pod, NodeTable nodes, int[] feasible, int count) {
        soft.select(pod, false, nodes, domains);
        skipScore = soft.size == 0;
        if (skipScore) {
            return;
        }
        if (ignoredStamp.length < nodes.size()) {
            ignoredStamp = new int[nodes.size()];
        }
        soft.nextCycle();
        int s = soft.stamp;
        int ignored = 0;
        // Only feasible nodes define the domains that are scored, and their count weighs each constraint.
        for (int k = 0; k < count; k++) {
            int n = feasible[k];
            if (!soft.hasAllKeys(n)) {
                ignoredStamp[n] = s;
                ignored++;
            } else {
                soft.markDomains(n);
            }
        }
        for (int i = 0; i < soft.size; i++) {
            int size = soft.hostname[i] ? count - ignored : soft.domainsSeen[i];
            soft.weight[i] = Math.log(size + 2);
        }
        // Pods are counted on every node of the cluster that the pod could run on, not only the feasible ones.
        for (int n = 0; n < nodes.size(); n++) {
            if (soft.hasAllKeys(n) && NodeAffinity.matches(pod, nodes.node(n))) {
                soft.addNode(n, nodes);
            }
        }
    }

    @Override
    public long score(PodSpec pod, int node, NodeTable nodes) {
        if (skipScore) {
            return 0;
        }
        if (ignoredStamp[node] == soft.stamp) {
            return IGNORED;
        }
        double score = 0;
        for (int i = 0; i < soft.size; i++) {
            long cnt = soft.hostname[i]
                    ? nodes.groupPods(soft.group[i], node)
                    : soft.counts[i][soft.domainOf[i][node]];
            score += cnt * soft.weight[i] + (soft.list.get(i).maxSkew() - 1);
        }
        return Math.round(score);
    }

    @Override
    public void normalize(long[] scores, int count) {
        if (skipScore) {
            return;
        }
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < count; i++) {
            if (scores[i] != IGNORED) {
                min = Math.min(min, scores[i]);
                max = Math.max(max, scores[i]);
            }
        }
        for (int i = 0; i < count; i++) {
            if (scores[i] == IGNORED) {
                scores[i] = 0;
            } else if (max == 0) {
                scores[i] = MAX_NODE_SCORE;
            } else {
                scores[i] = MAX_NODE_SCORE * (max + min - scores[i]) / max;
            }
        }
    }

    /** The pod's constraints of one kind with per-domain counts in arrays reused across cycles. */
    private static final class Constraints {
        final List<SpreadConstraint> list = new ArrayList<>();
        int size;
        boolean isHard;
        int stamp; // a fresh number a cycle, so no array needs clearing
        int[][] domainOf = new int[0][];
        int[][] counts = new int[0][];
        int[][] present = new int[0][]; // == stamp: the domain counts this cycle
        int[] group = new int[0];
        int[] domainsSeen = new int[0];
        long[] min = new long[0];
        double[] weight = new double[0];
        boolean[] hostname = new boolean[0];

        void select(PodSpec pod, boolean wantHard, NodeTable nodes, TopologyDomains domains) {
            isHard = wantHard;
            list.clear();
            List<SpreadConstraint> all = pod.spread();
            for (int i = 0; i < all.size(); i++) { // indexed: no iterator per cycle
                if (all.get(i).hard() == wantHard) {
                    list.add(all.get(i));
                }
            }
            size = list.size();
            if (domainOf.length < size) {
                domainOf = new int[size][];
                counts = java.util.Arrays.copyOf(counts, size);
                present = java.util.Arrays.copyOf(present, size);
                group = new int[size];
                domainsSeen = new int[size];
                min = new long[size];
                weight = new double[size];
                hostname = new boolean[size];
            }
            for (int i = 0; i < size; i++) {
                SpreadConstraint c = list.get(i);
                domainOf[i] = domains.of(nodes, c.topologyKey());
                int k = domains.count(c.topologyKey());
                if (counts[i] == null || counts[i].length < k) {
                    counts[i] = new int[k];
                    present[i] = new int[k];
                }
                group[i] = nodes.groupIndex(c.group());
                hostname[i] = TopologyDomains.HOSTNAME.equals(c.topologyKey());
            }
        }

        void nextCycle() {
            stamp++;
            java.util.Arrays.fill(domainsSeen, 0, size, 0);
        }

        boolean hasAllKeys(int n) {
            for (int i = 0; i < size; i++) {
                if (domainOf[i][n] < 0) {
                    return false;
                }
            }
            return true;
        }

        void markDomains(int n) {
            for (int i = 0; i < size; i++) {
                int d = domainOf[i][n];
                if (!hostname[i] && present[i][d] != stamp) {
                    present[i][d] = stamp;
                    counts[i][d] = 0;
                    domainsSeen[i]++;
                }
            }
        }

        /** Counts node {@code n}'s pods into its domains; for the filter, any eligible node makes its domain count. */
        void addNode(int n, NodeTable nodes) {
            for (int i = 0; i < size; i++) {
                int d = domainOf[i][n];
                if (present[i][d] != stamp) {
                    // Scoring counts only the domains of feasible nodes (hostname ones at score time).
                    if (!isHard) {
                        continue;
                    }
                    present[i][d] = stamp;
                    counts[i][d] = 0;
                }
                counts[i][d] += nodes.groupPods(group[i], n);
            }
        }

        void computeMinima() {
            for (int i = 0; i < size; i++) {
                long m = Integer.MAX_VALUE; // no eligible domain: upstream's MaxInt32, so nothing is rejected for skew
                for (int d = 0; d < present[i].length; d++) {
                    if (present[i][d] == stamp) {
                        m = Math.min(m, counts[i][d]);
                    }
                }
                min[i] = m;
            }
        }
    }
}
