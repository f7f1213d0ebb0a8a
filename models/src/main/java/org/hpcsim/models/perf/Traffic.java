package org.hpcsim.models.perf;

/**
 * How a job's network bytes spread over its nodes, as shares of what each node injects: to the
 * next node in rank order (a ring, as ring collectives send), to its neighbours in a halo
 * exchange over a grid of nodes in rank order ({@link HaloGrid}), or evenly to every other node
 * (all-to-all, which stands for collectives whose partners lie far apart in rank order, such as
 * recursive doubling).
 *
 * @param ring           share sent along the ring
 * @param halo           share sent to grid neighbours
 * @param allToAll       share sent evenly to all
 * @param haloDimensions dimensions of the halo grid (1 to 3)
 */
public record Traffic(double ring, double halo, double allToAll, int haloDimensions) {
    /** All bytes along a ring. */
    public static final Traffic RING = new Traffic(1, 0, 0, 1);
    /** All bytes evenly to everyone. */
    public static final Traffic ALL_TO_ALL = new Traffic(0, 0, 1, 1);
    /** No network bytes. */
    public static final Traffic NONE = new Traffic(0, 0, 0, 1);

    /** Validates the shares. */
    public Traffic {
        if (ring < 0 || halo < 0 || allToAll < 0 || ring + halo + allToAll > 1 + 1e-9 || haloDimensions < 1
                || haloDimensions > HaloGrid.MAX_DIMENSIONS) {
            throw new IllegalArgumentException("traffic shares must be non-negative and sum to at most 1, halo"
                    + " dimensions 1 to " + HaloGrid.MAX_DIMENSIONS);
        }
    }

    /** All bytes to neighbours on a grid of {@code dimensions} dimensions. */
    public static Traffic halo(int dimensions) {
        return new Traffic(0, 1, 0, dimensions);
    }

    /**
     * The mix of {@code a} carrying {@code bytesA} bytes and {@code b} carrying {@code bytesB} (a
     * job has one halo grid, so the halo dimensions are the one that has a halo).
     */
    public static Traffic mix(Traffic a, double bytesA, Traffic b, double bytesB) {
        double total = bytesA + bytesB;
        if (total <= 0) {
            return NONE;
        }
        int dims = b.halo > 0 ? b.haloDimensions : a.haloDimensions;
        return new Traffic((a.ring * bytesA + b.ring * bytesB) / total, (a.halo * bytesA + b.halo * bytesB) / total,
                (a.allToAll * bytesA + b.allToAll * bytesB) / total, dims);
    }
}
