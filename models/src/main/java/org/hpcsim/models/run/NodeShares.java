package org.hpcsim.models.run;

import java.util.Arrays;

/**
 * The nodes one run of a job held, by index in the cluster's node order, and the CPUs it held on
 * each: what prices a job on a cluster whose nodes differ in type and price.
 *
 * @param nodes the node indices
 * @param cpus  the CPUs held on each of them, in the same order
 */
public record NodeShares(int[] nodes, int[] cpus) {
    /** Checks the two arrays match. */
    public NodeShares {
        if (nodes.length != cpus.length) {
            throw new IllegalArgumentException("one CPU count per node: " + nodes.length + " nodes, " + cpus.length);
        }
    }

    /** Equal when the same nodes hold the same CPUs, in the same order (outcomes compare by value). */
    @Override
    public boolean equals(Object o) {
        return o instanceof NodeShares other && Arrays.equals(nodes, other.nodes) && Arrays.equals(cpus, other.cpus);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(nodes) + Arrays.hashCode(cpus);
    }

    @Override
    public String toString() {
        return "NodeShares[nodes=" + Arrays.toString(nodes) + ", cpus=" + Arrays.toString(cpus) + "]";
    }
}
