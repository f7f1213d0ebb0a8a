package org.hpcsim.models.perf;

/**
 * How a job's network bytes spread over its nodes, as shares of what each node injects: to the
 * next node in rank order (a ring, as ring collectives send), to both neighbours in rank order (a
 * one-dimensional halo exchange), or evenly to every other node (all-to-all, which stands for
 * collectives whose partners lie far apart in rank order, such as recursive doubling).
 *
 * @param ring     share sent along the ring
 * @param chain    share sent to the two neighbours
 * @param allToAll share sent evenly to all
 */
public record Traffic(double ring, double chain, double allToAll) {
    /** All bytes along a ring. */
    public static final Traffic RING = new Traffic(1, 0, 0);
    /** All bytes to neighbours. */
    public static final Traffic CHAIN = new Traffic(0, 1, 0);
    /** All bytes evenly to everyone. */
    public static final Traffic ALL_TO_ALL = new Traffic(0, 0, 1);
    /** No network bytes. */
    public static final Traffic NONE = new Traffic(0, 0, 0);

    /** Validates the shares. */
    public Traffic {
        if (ring < 0 || chain < 0 || allToAll < 0 || ring + chain + allToAll > 1 + 1e-9) {
            throw new IllegalArgumentException("traffic shares must be non-negative and sum to at most 1");
        }
    }

    /** The mix of {@code a} carrying {@code bytesA} bytes and {@code b} carrying {@code bytesB}. */
    public static Traffic mix(Traffic a, double bytesA, Traffic b, double bytesB) {
        double total = bytesA + bytesB;
        if (total <= 0) {
            return NONE;
        }
        return new Traffic((a.ring * bytesA + b.ring * bytesB) / total, (a.chain * bytesA + b.chain * bytesB) / total,
                (a.allToAll * bytesA + b.allToAll * bytesB) / total);
    }
}
