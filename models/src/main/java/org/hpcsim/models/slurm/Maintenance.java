package org.hpcsim.models.slurm;

import java.util.BitSet;

/**
 * A maintenance reservation (scontrol create reservation flags=maint): its nodes take no job
 * whose time limit would reach into [start, end). Jobs already running are left alone, as Slurm
 * leaves them.
 *
 * @param name  the reservation's name
 * @param start when it begins, simulation nanoseconds
 * @param end   when it ends
 * @param nodes the nodes it drains (indices in the cluster's node list)
 */
public record Maintenance(String name, long start, long end, BitSet nodes) {
    /** Validates the window and takes a private copy of its node set. */
    public Maintenance {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a maintenance reservation needs a name");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("maintenance " + name + ": the end must follow the start");
        }
        if (nodes == null || nodes.isEmpty()) {
            throw new IllegalArgumentException("maintenance " + name + " has no nodes");
        }
        nodes = (BitSet) nodes.clone();
    }

    /** The reservation's nodes (a copy). */
    @Override
    public BitSet nodes() {
        return (BitSet) nodes.clone();
    }

    boolean overlaps(long from, long to) {
        return from < end && to > start;
    }

    /** The node set itself, for read-only use inside the package. */
    BitSet nodeSet() {
        return nodes;
    }
}
