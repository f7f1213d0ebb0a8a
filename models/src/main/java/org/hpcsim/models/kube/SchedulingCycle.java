package org.hpcsim.models.kube;

import java.util.List;
import org.hpcsim.core.RandomStream;

/**
 * One kube-scheduler scheduling cycle for one pod under a profile: filter the nodes (stopping once
 * enough feasible ones are found, as percentageOfNodesToScore says, starting where the previous
 * cycle stopped), score the feasible ones with every score plugin, normalise each plugin's scores,
 * sum them by weight, and pick the best node, ties broken at random from a named stream.
 * Arrays are sized to the node table once, so a cycle allocates nothing of its own.
 */
public final class SchedulingCycle {
    // schedule_one.go: below 100 nodes every node is examined, and never fewer than 100 feasible
    // nodes are looked for; the adaptive percentage never drops under 5.
    private static final int MIN_FEASIBLE_NODES_TO_FIND = 100;
    private static final int MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND = 5;

    private final SchedulerProfile profile;
    private final NodeTable nodes;
    private final RandomStream tieBreak;
    private final FilterPlugin[] filters;
    private final ScorePlugin[] scorers;
    // The plugins' shortcuts (null where a plugin has none, or where shortcuts are off), and the
    // filters this cycle cannot skip; see FilterShortcut and BatchScorer.
    private final FilterShortcut[] filterShortcuts;
    private final BatchScorer[] batchScorers;
    private final FilterPlugin[] activeFilters;
    private final int[] activeIndex;
    private final long[] weights;
    private final int[] feasible;
    private final long[] pluginScores;
    private final long[] totals;
    private final int[] rejected;
    private final int[] lastFailedRejected;
    private int nextStartNodeIndex;
    private int lastFeasible;
    private int lastProcessed;

    /** A cycle over {@code nodes} under {@code profile}, breaking ties with {@code tieBreak}. */
    public SchedulingCycle(SchedulerProfile profile, NodeTable nodes, RandomStream tieBreak) {
        this(profile, nodes, tieBreak, true);
    }

    /**
     * A cycle that uses the plugins' {@link FilterShortcut} and {@link BatchScorer} shortcuts or,
     * with {@code shortcuts} false, calls every filter and score on every node: the reference the
     * shortcuts are tested against. Both pick the same nodes.
     */
    SchedulingCycle(SchedulerProfile profile, NodeTable nodes, RandomStream tieBreak, boolean shortcuts) {
        if (profile == null || nodes == null || tieBreak == null) {
            throw new IllegalArgumentException("a scheduling cycle needs a profile, a node table and a random stream");
        }
        this.profile = profile;
        this.nodes = nodes;
        this.tieBreak = tieBreak;
        this.filters = profile.filters().toArray(new FilterPlugin[0]);
        List<WeightedScore> scores = profile.scores();
        this.scorers = new ScorePlugin[scores.size()];
        this.weights = new long[scores.size()];
        for (int i = 0; i < scorers.length; i++) {
            scorers[i] = scores.get(i).plugin();
            weights[i] = scores.get(i).weight();
        }
        filterShortcuts = new FilterShortcut[filters.length];
        batchScorers = new BatchScorer[scorers.length];
        if (shortcuts) {
            for (int f = 0; f < filters.length; f++) {
                filterShortcuts[f] = filters[f] instanceof FilterShortcut s ? s : null;
            }
            for (int p = 0; p < scorers.length; p++) {
                batchScorers[p] = scorers[p] instanceof BatchScorer b ? b : null;
            }
        }
        activeFilters = new FilterPlugin[filters.length];
        activeIndex = new int[filters.length];
        int n = nodes.size();
        feasible = new int[n];
        pluginScores = new long[n];
        totals = new long[n];
        rejected = new int[filters.length];
        lastFailedRejected = new int[filters.length];
    }

    /**
     * How many feasible nodes a cycle looks for among {@code allNodes} (upstream's
     * numFeasibleNodesToFind): all below 100 nodes; else {@code percentage} of them (0 for the
     * adaptive 50 - nodes/125, at least 5), and at least 100.
     */
    public static int numFeasibleNodesToFind(int percentage, int allNodes) {
        if (allNodes < MIN_FEASIBLE_NODES_TO_FIND) {
            return allNodes;
        }
        int p = percentage;
        if (p == 0) {
            p = Math.max(50 - allNodes / 125, MIN_FEASIBLE_NODES_PERCENTAGE_TO_FIND);
        }
        int found = (int) ((long) allNodes * p / 100);
        return Math.max(found, MIN_FEASIBLE_NODES_TO_FIND);
    }

    /** The node {@code pod} should be bound to, or -1 when no node passes every filter. Binds nothing. */
    public int schedule(PodSpec pod) {
        int n = nodes.size();
        lastFeasible = 0;
        lastProcessed = 0;
        if (n == 0) {
            java.util.Arrays.fill(lastFailedRejected, 0);
            return -1;
        }
        int count = findFeasible(pod, n);
        if (count == 0) {
            System.arraycopy(rejected, 0, lastFailedRejected, 0, rejected.length);
            return -1;
        }
        if (count == 1) {
            return feasible[0]; // upstream skips scoring when there is nothing to choose
        }
        scoreFeasible(pod, count);
        return selectHost(count);
    }

    private int findFeasible(PodSpec pod, int n) {
        for (FilterPlugin f : filters) {
            f.preFilter(pod, nodes);
        }
        java.util.Arrays.fill(rejected, 0);
        // Filters that pass every node are left out: they would never be the first to reject one.
        int active = 0;
        for (int f = 0; f < filters.length; f++) {
            FilterShortcut s = filterShortcuts[f];
            if (s == null || !s.passesEveryNode(pod, nodes)) {
                activeFilters[active] = filters[f];
                activeIndex[active++] = f;
            }
        }
        int toFind = numFeasibleNodesToFind(profile.percentageOfNodesToScore(), n);
        int start = nextStartNodeIndex;
        int count = 0;
        int processed = 0;
        int node = start;
        if (active == 0) {
            count = Math.min(n, toFind);
            for (; processed < count; processed++) {
                feasible[processed] = node;
                if (++node == n) {
                    node = 0;
                }
            }
        } else if (active == 1 && activeFilters[0] instanceof org.hpcsim.models.kube.plugins.NodeResourcesFit) {
            // The common case, NodeResourcesFit alone: its filter is NodeTable.fits, called directly.
            int rejectedHere = 0;
            while (processed < n && count < toFind) {
                processed++;
                if (nodes.fits(pod, node)) {
                    feasible[count++] = node;
                } else {
                    rejectedHere++;
                }
                if (++node == n) {
                    node = 0;
                }
            }
            rejected[activeIndex[0]] = rejectedHere;
        } else {
            while (processed < n && count < toFind) {
                processed++;
                int failed = firstFailingFilter(pod, node, active);
                if (failed < 0) {
                    feasible[count++] = node;
                } else {
                    rejected[activeIndex[failed]]++;
                }
                if (++node == n) {
                    node = 0;
                }
            }
        }
        // The next cycle starts after the last node examined, so that every node gets its turn
        // even when cycles stop early.
        nextStartNodeIndex = (start + processed) % n;
        lastFeasible = count;
        lastProcessed = processed;
        return count;
    }

    private int firstFailingFilter(PodSpec pod, int node, int active) {
        for (int f = 0; f < active; f++) {
            if (!activeFilters[f].filter(pod, node, nodes)) {
                return f;
            }
        }
        return -1;
    }

    private void scoreFeasible(PodSpec pod, int count) {
        java.util.Arrays.fill(totals, 0, count, 0);
        long constant = 0; // the weighted sum of the plugins that score every node alike
        for (int p = 0; p < scorers.length; p++) {
            ScorePlugin plugin = scorers[p];
            plugin.preScore(pod, nodes, feasible, count);
            BatchScorer batch = batchScorers[p];
            if (batch != null) {
                long c = batch.constantScore(pod, nodes, feasible, count);
                if (c != BatchScorer.NOT_CONSTANT) {
                    checkRange(plugin, feasible[0], c);
                    constant += c * weights[p];
                    continue;
                }
                batch.scoreAll(pod, nodes, feasible, count, pluginScores);
            } else {
                for (int k = 0; k < count; k++) {
                    pluginScores[k] = plugin.score(pod, feasible[k], nodes);
                }
            }
            plugin.normalize(pluginScores, count);
            long w = weights[p];
            for (int k = 0; k < count; k++) {
                long s = pluginScores[k];
                if (s < 0 || s > ScorePlugin.MAX_NODE_SCORE) {
                    checkRange(plugin, feasible[k], s);
                }
                totals[k] += s * w;
            }
        }
        if (constant != 0) {
            for (int k = 0; k < count; k++) {
                totals[k] += constant;
            }
        }
    }

    private static void checkRange(ScorePlugin plugin, int node, long s) {
        if (s < 0 || s > ScorePlugin.MAX_NODE_SCORE) {
            // Upstream fails the cycle on an out-of-range score; here it is a plugin bug.
            throw new IllegalStateException("plugin " + plugin.name() + " scored node " + node + " " + s
                    + ", outside 0.." + ScorePlugin.MAX_NODE_SCORE);
        }
    }

    // selectHost: the highest total wins; among ties each is kept with probability 1/(ties so far),
    // reservoir sampling of size one, so every tied node is equally likely.
    private int selectHost(int count) {
        int selected = 0;
        long best = totals[0];
        int ties = 1;
        for (int k = 1; k < count; k++) {
            if (totals[k] > best) {
                best = totals[k];
                selected = k;
                ties = 1;
            } else if (totals[k] == best) {
                ties++;
                if (tieBreak.nextInt(ties) == 0) {
                    selected = k;
                }
            }
        }
        return feasible[selected];
    }

    /** Where the next cycle starts examining nodes (upstream's nextStartNodeIndex). */
    public int nextStartNodeIndex() {
        return nextStartNodeIndex;
    }

    /** Feasible nodes the last cycle found. */
    public int lastFeasibleCount() {
        return lastFeasible;
    }

    /** Nodes the last cycle examined with its filters. */
    public int lastProcessedCount() {
        return lastProcessed;
    }

    /**
     * How many nodes filter {@code plugin} rejected (as the first filter to fail on them) in the most
     * recent cycle that found no node: what the queue needs to know which cluster events may help.
     * 0 for a plugin not in the profile.
     */
    public int lastRejectedBy(String plugin) {
        for (int f = 0; f < filters.length; f++) {
            if (filters[f].name().equals(plugin)) {
                return lastFailedRejected[f];
            }
        }
        return 0;
    }
}
