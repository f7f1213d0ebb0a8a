package org.hpcsim.models.flow;

import java.util.Arrays;

/**
 * Weighted progressive filling of the component of a {@link FlowGraph} that one flow touches: the
 * unfrozen flows rise together to the lowest level at which a link saturates or a flow meets its
 * bound, those freeze, and the filling goes on. Scratch state is per link and per flow id and is
 * reused from one refill to the next.
 *
 * <p>A link's saturation level is {@code (capacity - frozenLoad) / unfrozenWeight}; freezing a flow
 * at the current level never lowers it, so links wait in a heap under stale keys and are re-keyed
 * only when they reach the top. A refill of E link crossings, L links and F flows costs
 * O(E + (L + F) log(L + F)) plus re-keys, each O(log L) and at most one per crossing.
 */
final class ProgressiveFilling {
    /**
     * Levels this close, relative to the level, count as one so that ties freeze together; relative
     * to the level rather than to capacity so that "saturated" is monotone in the heap's key.
     */
    static final double TIE = 1e-12;

    private final double[] frozenLoad;
    private final double[] unfrozenWeight;
    private final int[] unfrozenCount;
    private final LevelHeap linkLevels = new LevelHeap();
    private final LevelHeap bounds = new LevelHeap();
    private int unfrozen;

    /** A flow or link is in the component being refilled when its mark equals the epoch. */
    private final int[] linkMark;
    private int[] flowMark = new int[16];
    private int epoch;
    private final int[] componentLinks;
    private int[] componentFlows = new int[16];
    private int componentSize;
    private boolean[] frozen = new boolean[16];
    private boolean[] moved = new boolean[16];
    private int[] changed = new int[16];
    private int changedCount;

    ProgressiveFilling(int links) {
        frozenLoad = new double[links];
        unfrozenWeight = new double[links];
        unfrozenCount = new int[links];
        linkMark = new int[links];
        componentLinks = new int[links];
    }

    /** Flows whose rates the last refill computed. */
    int componentSize() {
        return componentSize;
    }

    int changedCount() {
        return changedCount;
    }

    /** The {@code i}-th flow other than the seed whose rate the last refill changed, by id. */
    int changed(int i) {
        return changed[i];
    }

    /**
     * Sets {@code rate[f]} for every flow reachable from {@code seed}'s links, and for {@code seed}
     * itself if {@code withSeed}: a removed flow is detached already, so its links are the way in
     * but it is no part of the component.
     */
    void refill(FlowGraph g, int seed, boolean withSeed, double[] rate) {
        start(g, seed, withSeed);
        double level = 0;
        while (unfrozen > 0) {
            double next = Math.min(lowestLinkLevel(g), lowestBound());
            if (next == Double.POSITIVE_INFINITY) {
                throw new IllegalStateException("an unbounded flow crosses no unsaturated link");
            }
            // Rounding can put a re-keyed level an ulp under the last one; levels never fall.
            level = Math.max(level, next);
            double limit = level + level * TIE;
            freezeSaturatedLinks(g, rate, level, limit);
            freezeBoundedFlows(g, rate, level, limit);
        }
        listChanged(g, seed);
    }

    /** Finds the component breadth-first, readying each link and flow as it is reached. */
    private void start(FlowGraph g, int seed, boolean withSeed) {
        if (frozen.length < g.alive.length) {
            int n = g.alive.length;
            flowMark = Arrays.copyOf(flowMark, n);
            componentFlows = Arrays.copyOf(componentFlows, n);
            frozen = Arrays.copyOf(frozen, n);
            moved = Arrays.copyOf(moved, n);
            changed = Arrays.copyOf(changed, n);
        }
        if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(flowMark, 0);
            Arrays.fill(linkMark, 0);
            epoch = 1;
        }
        linkLevels.clear();
        bounds.clear();
        componentSize = 0;
        int links = 0;
        if (withSeed) {
            reach(g, seed);
        }
        links = reachLinks(g, seed, links);
        for (int i = 0; i < links; i++) {
            int l = componentLinks[i];
            int[] fs = g.linkFlows[l];
            double[] ws = g.linkWeights[l];
            int n = g.linkDegree[l];
            double w = 0;
            for (int k = 0; k < n; k++) {
                int f = fs[k];
                w += ws[k];
                if (flowMark[f] != epoch) {
                    reach(g, f);
                    links = reachLinks(g, f, links);
                }
            }
            frozenLoad[l] = 0;
            unfrozenWeight[l] = w;
            unfrozenCount[l] = n;
            if (n > 0) {
                linkLevels.append(l, g.capacity[l] / w);
            }
        }
        linkLevels.heapify();
        bounds.heapify();
        unfrozen = componentSize;
    }

    private void reach(FlowGraph g, int f) {
        flowMark[f] = epoch;
        componentFlows[componentSize++] = f;
        frozen[f] = false;
        moved[f] = false;
        if (g.bound[f] != Double.POSITIVE_INFINITY) {
            bounds.append(f, g.bound[f]);
        }
    }

    private int reachLinks(FlowGraph g, int f, int links) {
        int[] fl = g.flowLinks[f];
        for (int k = 0, n = g.flowDegree[f]; k < n; k++) {
            int l = fl[k];
            if (linkMark[l] != epoch) {
                linkMark[l] = epoch;
                componentLinks[links++] = l;
            }
        }
        return links;
    }

    /**
     * The true lowest saturation level, that of the heap's top once stale tops are re-keyed and
     * emptied links dropped; infinite when no link is left.
     */
    private double lowestLinkLevel(FlowGraph g) {
        while (!linkLevels.isEmpty()) {
            int l = linkLevels.topId();
            if (unfrozenCount[l] == 0) {
                linkLevels.pop();
                continue;
            }
            double t = (g.capacity[l] - frozenLoad[l]) / unfrozenWeight[l];
            if (t > linkLevels.topKey()) {
                linkLevels.raiseTop(t);
                continue;
            }
            return t;
        }
        return Double.POSITIVE_INFINITY;
    }

    private double lowestBound() {
        while (!bounds.isEmpty()) {
            if (!frozen[bounds.topId()]) {
                return bounds.topKey();
            }
            bounds.pop();
        }
        return Double.POSITIVE_INFINITY;
    }

    private void freezeSaturatedLinks(FlowGraph g, double[] rate, double level, double limit) {
        // Levels are monotone in the heap's key, so once the settled top is past the limit all are.
        while (lowestLinkLevel(g) <= limit) {
            int l = linkLevels.topId();
            linkLevels.pop();
            int[] fs = g.linkFlows[l];
            for (int k = 0, n = g.linkDegree[l]; k < n; k++) {
                if (!frozen[fs[k]]) {
                    freeze(g, rate, fs[k], level);
                }
            }
        }
    }

    private void freezeBoundedFlows(FlowGraph g, double[] rate, double level, double limit) {
        while (!bounds.isEmpty()) {
            int f = bounds.topId();
            if (!frozen[f]) {
                if (bounds.topKey() > limit) {
                    return;
                }
                freeze(g, rate, f, Math.min(g.bound[f], level));
            }
            bounds.pop();
        }
    }

    private void freeze(FlowGraph g, double[] rate, int f, double r) {
        frozen[f] = true;
        moved[f] = rate[f] != r;
        rate[f] = r;
        unfrozen--;
        int[] fl = g.flowLinks[f];
        double[] fw = g.flowWeights[f];
        for (int k = 0, n = g.flowDegree[f]; k < n; k++) {
            int l = fl[k];
            frozenLoad[l] += fw[k] * r;
            unfrozenWeight[l] -= fw[k];
            unfrozenCount[l]--;
        }
    }

    /** Lists the moved flows by id: a scan of the marks for a large component, a sort for a small one. */
    private void listChanged(FlowGraph g, int seed) {
        changedCount = 0;
        int n = componentSize;
        if (n * 8L < g.idLimit()) {
            Arrays.sort(componentFlows, 0, n);
            for (int i = 0; i < n; i++) {
                noteIfMoved(componentFlows[i], seed);
            }
            return;
        }
        for (int f = 0, seen = 0; seen < n; f++) {
            if (flowMark[f] == epoch) {
                seen++;
                noteIfMoved(f, seed);
            }
        }
    }

    private void noteIfMoved(int f, int seed) {
        if (moved[f] && f != seed) {
            changed[changedCount++] = f;
        }
    }
}
