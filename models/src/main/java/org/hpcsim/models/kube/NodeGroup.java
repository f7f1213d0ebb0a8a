package org.hpcsim.models.kube;

/**
 * A node pool the Cluster Autoscaler resizes, as an EKS managed node group (an EC2 Auto Scaling
 * group) is: between {@code minSize} and {@code maxSize} nodes of the pool's shape, bought
 * On-Demand or as Spot.
 *
 * @param pool               the {@link NodePool} it resizes, by name
 * @param minSize            nodes it never goes below; it starts with this many up
 * @param maxSize            nodes it never goes above
 * @param spot               whether its nodes are Spot (interrupted, and cheaper)
 * @param interruptionRate   Spot interruptions per node per second, from a node's joining on
 * @param pricePerHour       what one node costs per hour in US dollars (Spot: after the discount)
 */
public record NodeGroup(String pool, int minSize, int maxSize, boolean spot, double interruptionRate,
                        double pricePerHour) {
    /** Validates the sizes and rates. */
    public NodeGroup {
        if (pool == null || minSize < 0 || maxSize < 1 || minSize > maxSize) {
            throw new IllegalArgumentException("a node group needs a pool and 0 <= minSize <= maxSize, maxSize >= 1");
        }
        if (!(interruptionRate >= 0) || Double.isInfinite(interruptionRate) || (!spot && interruptionRate > 0)) {
            throw new IllegalArgumentException("node group " + pool + ": only Spot nodes are interrupted, at a rate"
                    + " of 0 or more");
        }
        if (!(pricePerHour >= 0) || Double.isInfinite(pricePerHour)) {
            throw new IllegalArgumentException("node group " + pool + ": a price is 0 or more dollars");
        }
    }

    /** This group with its nodes priced at {@code perHour}. */
    public NodeGroup withPrice(double perHour) {
        return new NodeGroup(pool, minSize, maxSize, spot, interruptionRate, perHour);
    }
}
