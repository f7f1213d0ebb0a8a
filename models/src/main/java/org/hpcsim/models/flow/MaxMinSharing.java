package org.hpcsim.models.flow;

import java.util.Arrays;

/**
 * Flow-level max-min fair sharing of links, as SimGrid's linear max-min solver does: each flow
 * has a rate bound and consumes {@code weight x rate} of each link it crosses; rates are raised
 * together until a link is full or a flow reaches its bound (progressive filling). Adding or
 * removing a flow recomputes only the flows connected to it through shared links.
 *
 * <p>Links with weight 0 do not constrain a flow and do not connect it to others. Ties between
 * saturation levels within a relative 1e-12 freeze together. The same calls give bit-identical
 * rates: ids are the smallest free ones, a link's flows are summed by id and flows freeze in an
 * order fixed by ids, never by hashing.
 */
public final class MaxMinSharing {
    private final FlowGraph graph;
    private final ProgressiveFilling filling;
    private double[] rate = new double[16];
    private int flows;
    private long flowsRecomputed;
    /** Stamps links while one add is checked for repeats, without clearing between adds. */
    private final int[] seen;
    private int seenStamp;

    /** Links with these capacities (bytes per second, positive), numbered from 0. */
    public MaxMinSharing(double[] capacities) {
        for (int l = 0; l < capacities.length; l++) {
            double c = capacities[l];
            if (!(c > 0) || c == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("link " + l + ": capacity must be positive and finite, not " + c);
            }
        }
        graph = new FlowGraph(capacities);
        filling = new ProgressiveFilling(capacities.length);
        seen = new int[capacities.length];
    }

    /**
     * Adds a flow bounded by {@code bound} (positive; may be infinite only if it crosses a link
     * with a positive weight) crossing {@code links} with {@code weights}; returns its id.
     */
    public int add(double bound, int[] links, double[] weights) {
        int positive = check(bound, links, weights);
        int f = graph.allocate();
        if (f >= rate.length) {
            rate = Arrays.copyOf(rate, graph.alive.length);
        }
        graph.attach(f, bound, links, weights, positive);
        flows++;
        refill(f, true);
        return f;
    }

    /** Returns how many of {@code links} have a positive weight, after checking the arguments. */
    private int check(double bound, int[] links, double[] weights) {
        if (links.length != weights.length) {
            throw new IllegalArgumentException(links.length + " links but " + weights.length + " weights");
        }
        if (!(bound > 0)) {
            throw new IllegalArgumentException("bound must be positive, not " + bound);
        }
        if (++seenStamp == Integer.MAX_VALUE) {
            Arrays.fill(seen, 0);
            seenStamp = 1;
        }
        int positive = 0;
        for (int i = 0; i < links.length; i++) {
            int l = links[i];
            double w = weights[i];
            if (l < 0 || l >= seen.length) {
                throw new IllegalArgumentException("no link " + l);
            }
            if (seen[l] == seenStamp) {
                throw new IllegalArgumentException("link " + l + " appears twice");
            }
            seen[l] = seenStamp;
            if (!(w >= 0) || w == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("link " + l + ": weight must be finite and not negative, not " + w);
            }
            if (w > 0) {
                positive++;
            }
        }
        if (positive == 0 && bound == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("an unbounded flow must cross a link with a positive weight");
        }
        return positive;
    }

    /** Removes flow {@code flow}; its id may be reused. */
    public void remove(int flow) {
        checkLive(flow);
        graph.detach(flow);
        flows--;
        rate[flow] = 0;
        refill(flow, false);
    }

    private void refill(int seed, boolean withSeed) {
        filling.refill(graph, seed, withSeed, rate);
        flowsRecomputed += filling.componentSize();
    }

    private void checkLive(int flow) {
        if (flow < 0 || flow >= graph.idLimit() || !graph.alive[flow]) {
            throw new IllegalArgumentException("no flow " + flow);
        }
    }

    /** Flow {@code flow}'s rate now. */
    public double rate(int flow) {
        checkLive(flow);
        return rate[flow];
    }

    /** Flows other than the one added or removed whose rate the last add or remove changed. */
    public int changedCount() {
        return filling.changedCount();
    }

    /** The {@code i}-th flow whose rate the last add or remove changed, in increasing id order. */
    public int changed(int i) {
        if (i < 0 || i >= filling.changedCount()) {
            throw new IndexOutOfBoundsException("changed flow " + i + " of " + filling.changedCount());
        }
        return filling.changed(i);
    }

    /** Flows whose rates were computed, summed over every add and remove (the cost of sharing). */
    public long flowsRecomputed() {
        return flowsRecomputed;
    }

    /** Live flows. */
    public int flows() {
        return flows;
    }

    /** Links, numbered from 0. */
    public int links() {
        return graph.capacity.length;
    }

    /** Link {@code link}'s capacity. */
    public double capacity(int link) {
        return graph.capacity[link];
    }

    /** What the flows on link {@code link} consume of it now: the sum of weight x rate. */
    public double load(int link) {
        int[] fs = graph.linkFlows[link];
        double[] ws = graph.linkWeights[link];
        double sum = 0;
        for (int k = 0, n = graph.linkDegree[link]; k < n; k++) {
            sum += ws[k] * rate[fs[k]];
        }
        return sum;
    }
}
