package org.hpcsim.models.cloud;

/**
 * One way nodes fail: each of a range of nodes fails as a Poisson process of its own, and is
 * away until repaired or replaced. Spot interruptions and hardware failures are both this.
 *
 * @param kind          what fails, for counts and messages: {@link #SPOT} or {@link #HARDWARE}
 * @param firstNode     the first node of the range (nodes are numbered On-Demand first, then Spot)
 * @param nodes         how many nodes
 * @param ratePerSecond failures per node per second
 * @param repairTime    nanoseconds a node is away: exactly this, or on average with
 *                      {@code exponentialRepair}
 * @param exponentialRepair whether repair times are exponential with mean {@code repairTime}
 * @param requeue       whether a job on a failed node goes back to the queue (else it ends NODE_FAIL)
 * @param stream        the named random stream the failures are drawn from
 */
public record FailureProcess(String kind, int firstNode, int nodes, double ratePerSecond, long repairTime,
                             boolean exponentialRepair, boolean requeue, String stream) {
    /** Spot instances reclaimed by the provider. */
    public static final String SPOT = "spot";
    /** Node hardware failing and being repaired. */
    public static final String HARDWARE = "hardware";

    /** Validates the figures. */
    public FailureProcess {
        if (firstNode < 0 || nodes < 0 || !(ratePerSecond >= 0) || Double.isInfinite(ratePerSecond) || repairTime < 0
                || stream == null || !(SPOT.equals(kind) || HARDWARE.equals(kind))) {
            throw new IllegalArgumentException("bad node failure process " + kind);
        }
    }
}
