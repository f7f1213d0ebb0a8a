package org.hpcsim.models.flow;

/**
 * Flow-level max-min fair sharing of links, as SimGrid's linear max-min solver does: each flow
 * has a rate bound and consumes {@code weight x rate} of each link it crosses; rates are raised
 * together until a link is full or a flow reaches its bound (progressive filling). Adding or
 * removing a flow recomputes only the flows connected to it through shared links.
 */
public final class MaxMinSharing {
    /** Links with these capacities (bytes per second, positive), numbered from 0. */
    public MaxMinSharing(double[] capacities) {
        throw new UnsupportedOperationException("to be written");
    }

    /**
     * Adds a flow bounded by {@code bound} (positive; may be infinite only if it crosses a link
     * with a positive weight) crossing {@code links} with {@code weights}; returns its id.
     */
    public int add(double bound, int[] links, double[] weights) {
        throw new UnsupportedOperationException("to be written");
    }

    /** Removes flow {@code flow}; its id may be reused. */
    public void remove(int flow) {
        throw new UnsupportedOperationException("to be written");
    }

    /** Flow {@code flow}'s rate now. */
    public double rate(int flow) {
        throw new UnsupportedOperationException("to be written");
    }

    /** Flows other than the one added or removed whose rate the last add or remove changed. */
    public int changedCount() {
        throw new UnsupportedOperationException("to be written");
    }

    /** The {@code i}-th flow whose rate the last add or remove changed, in increasing id order. */
    public int changed(int i) {
        throw new UnsupportedOperationException("to be written");
    }

    /** Flows whose rates were computed, summed over every add and remove (the cost of sharing). */
    public long flowsRecomputed() {
        throw new UnsupportedOperationException("to be written");
    }
}
