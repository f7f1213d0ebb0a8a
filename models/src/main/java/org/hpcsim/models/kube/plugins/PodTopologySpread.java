package org.hpcsim.models.kube.plugins;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.kube.BatchScorer;
import org.hpcsim.models.kube.FilterPlugin;
import org.hpcsim.models.kube.FilterShortcut;
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
public final class PodTopologySpread implements FilterPlugin, ScorePlugin, FilterShortcut, BatchScorer {
    /** The plugin's configuration name. */
    public static final String NAME = "PodTopologySpread";
    // Upstream's invalidScore: marks a node missing a topology key, which NormalizeScore sets to 0.
    private static final long IGNORED = -1;

    private final TopologyDomains domains = new TopologyDomains();
    private final Constraints hard = new Constraints();
    private final Constraints soft = new Constraints();
    private boolean skipScore;
    private int[] ignoredStamp = new int[0];

    private final boolean runningTotals;

    /** A spread plugin; it keeps per-cycle state, so one instance serves one cycle at a time. */
    public PodTopologySpread() {
        this(true);
    }

    /**
     * A spread plugin that, with {@code runningTotals} false, counts pods node by node every cycle
     * instead of reading the node table's per-domain totals where every node is eligible: the
     * reference the totals are tested against. Both give the same results.
     */
    public PodTopologySpread(boolean runningTotals) {
        this.runningTotals = runningTotals;
    }

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
        hard.prepareRows(pod, nodes);
        boolean everyNodeMatches = pod.nodeSelector().isEmpty() && pod.requiredAffinity().isEmpty();
        if (runningTotals && everyNodeMatches && hard.keysOnEveryNode(nodes)) {
            // Every node is eligible, so every domain counts, with the table's running totals.
            for (int i = 0; i < hard.size; i++) {
                int domainCount = nodes.topologyDomainCount(hard.list.get(i).topologyKey());
                int[] totals = hard.group[i] < 0 ? null : nodes.groupPodsByDomain(hard.list.get(i).topologyKey(), hard.group[i]);
                for (int d = 0; d < domainCount; d++) {
                    hard.present[i][d] = hard.stamp;
                    hard.counts[i][d] = totals == null ? 0 : totals[d];
                }
            }
        } else {
            for (int n = 0; n < nodes.size(); n++) {
                if (hard.hasAllKeys(n) && (everyNodeMatches || NodeAffinity.matches(pod, nodes.node(n)))) {
                    hard.addNode(n);
                }
            }
        }
        hard.computeMinima();
    }

    /** A pod without DoNotSchedule constraints is never rejected. */
    @Override
    public boolean passesEveryNode(PodSpec pod, NodeTable nodes) {
        return hard.size == 0;
    }

    /** A pod without ScheduleAnyway constraints scores 0 everywhere, which normalisation leaves alone. */
    @Override
    public long constantScore(PodSpec pod, NodeTable nodes, int[] feasible, int count) {
        return skipScore ? 0 : NOT_CONSTANT;
    }

    /** {@link #score} over a batch with the per-constraint values hoisted; the same arithmetic in the same order. */
    @Override
    public void scoreAll(PodSpec pod, NodeTable nodes, int[] feasible, int count, long[] out) {
        if (skipScore) {
            java.util.Arrays.fill(out, 0, count, 0);
            return;
        }
        int stamp = soft.stamp;
        int size = soft.size;
        for (int k = 0; k < count; k++) {
            int node = feasible[k];
            if (ignoredStamp[node] == stamp) {
                out[k] = IGNORED;
                continue;
            }
            double score = 0;
            for (int i = 0; i < size; i++) {
                long cnt;
                if (soft.hostname[i]) {
                    int[] row = soft.groupRow[i];
                    cnt = row == null ? 0 : row[node];
                } else {
                    cnt = soft.counts[i][soft.domainOf[i][node]];
                }
                score += cnt * soft.weight[i] + (soft.maxSkew[i] - 1);
            }
            out[k] = Math.round(score);
        }
    }

    @Override
    public boolean filter(PodSpec pod, int node, NodeTable nodes) {
        for (int i = 0; i < hard.size; i++) {
            int d = hard.domainOf[i][node];
            if (d < 0) {
                return false;
            }
            long match = hard.present[i][d] == hard.stamp ? hard.counts[i][d] : 0;
            if (match + hard.self[i] - hard.min[i] > hard.maxSkew[i]) {
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
        // Pods are counted on every node of the cluster that the pod could run on, not only the
        // feasible ones; hostname constraints count at score time, so with only those there is nothing to add.
        soft.prepareRows(pod, nodes);
        boolean anyDomain = false;
        for (int i = 0; i < soft.size; i++) {
            anyDomain |= !soft.hostname[i];
        }
        if (anyDomain) {
            boolean everyNodeMatches = pod.nodeSelector().isEmpty() && pod.requiredAffinity().isEmpty();
            if (runningTotals && everyNodeMatches && soft.keysOnEveryNode(nodes)) {
                // Every node is eligible: the feasible domains take the table's running totals.
                for (int i = 0; i < soft.size; i++) {
                    if (soft.hostname[i] || soft.group[i] < 0) {
                        continue;
                    }
                    String key = soft.list.get(i).topologyKey();
                    int[] totals = nodes.groupPodsByDomain(key, soft.group[i]);
                    int domainCount = nodes.topologyDomainCount(key);
                    for (int d = 0; d < domainCount; d++) {
                        if (soft.present[i][d] == soft.stamp) {
                            soft.counts[i][d] += totals[d];
                        }
                    }
                }
            } else {
                for (int n = 0; n < nodes.size(); n++) {
                    if (soft.hasAllKeys(n) && (everyNodeMatches || NodeAffinity.matches(pod, nodes.node(n)))) {
                        soft.addNode(n);
                    }
                }
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
        int[] maxSkew = new int[0];
        long[] self = new long[0]; // 1 where the pod matches the constraint's own selector
        int[][] groupRow = new int[0][]; // the table's pods-of-group row per constraint, null for none

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
                maxSkew = new int[size];
                self = new long[size];
                groupRow = new int[size][];
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
                maxSkew[i] = c.maxSkew();
                self[i] = pod.group().equals(c.group()) ? 1 : 0;
            }
        }

        /** The table's group rows, read when the cycle counts pods (after any binds since select). */
        void prepareRows(PodSpec pod, NodeTable nodes) {
            for (int i = 0; i < size; i++) {
                groupRow[i] = nodes.groupPodsRow(group[i]);
            }
        }

        void nextCycle() {
            stamp++;
            java.util.Arrays.fill(domainsSeen, 0, size, 0);
        }

        boolean keysOnEveryNode(NodeTable nodes) {
            for (int i = 0; i < size; i++) {
                if (!nodes.everyNodeHas(list.get(i).topologyKey())) {
                    return false;
                }
            }
            return true;
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
        void addNode(int n) {
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
                int[] row = groupRow[i];
                counts[i][d] += row == null ? 0 : row[n];
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
