package org.hpcsim.models.perf;

/**
 * Nodes laid out in rank order on a grid of one to three dimensions, as a domain decomposition
 * maps subdomains to nodes: {@code side = ceil(nodes^(1/d))} nodes along each axis but the last,
 * node k's neighbours at rank offsets +-1, +-side, +-side^2 (those that exist). A 1-D grid is a
 * chain; a 3-D one puts far more neighbours on other leaf switches.
 */
public final class HaloGrid {
    /** The most dimensions a grid has. */
    public static final int MAX_DIMENSIONS = 3;

    private HaloGrid() {}

    /** Rank offsets of the axes of a grid of {@code nodes} nodes in {@code dimensions} dimensions. */
    public static int[] strides(int nodes, int dimensions) {
        int side = side(nodes, dimensions);
        int[] strides = new int[dimensions];
        int s = 1;
        for (int d = 0; d < dimensions; d++) {
            strides[d] = s;
            s *= Math.max(1, side);
        }
        return strides;
    }

    /** Whether node {@code k} has a neighbour at {@code k + offset} (offset +-stride along one axis). */
    public static boolean hasNeighbour(int k, int offset, int stride, int nodes, int side) {
        int j = k + offset;
        if (j < 0 || j >= nodes) {
            return false;
        }
        // Along an inner axis the neighbour must sit in the same row of that axis (no wrap-around).
        return side <= 1 || stride * side >= nodes || j / (stride * side) == k / (stride * side);
    }

    /** Nodes along each axis. */
    public static int side(int nodes, int dimensions) {
        return (int) Math.ceil(Math.pow(nodes, 1.0 / dimensions) - 1e-9);
    }

    /** The most neighbours any node of the grid has (the busiest node sets a bulk-synchronous pace). */
    public static int maxNeighbours(int nodes, int dimensions) {
        int[] strides = strides(nodes, dimensions);
        int side = side(nodes, dimensions);
        int most = 0;
        for (int k = 0; k < nodes; k++) {
            int n = 0;
            for (int stride : strides) {
                n += (hasNeighbour(k, stride, stride, nodes, side) ? 1 : 0)
                        + (hasNeighbour(k, -stride, stride, nodes, side) ? 1 : 0);
            }
            most = Math.max(most, n);
            if (most == 2 * dimensions) {
                break;
            }
        }
        return most;
    }
}
