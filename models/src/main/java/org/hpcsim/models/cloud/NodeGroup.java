package org.hpcsim.models.cloud;

/**
 * Nodes of one instance type bought one way (a ParallelCluster compute resource): a run of
 * consecutive nodes in the cluster's node order, its static nodes first, always up, then its
 * dynamic ones, powered up and down as jobs need them. Each node is priced at the group's price.
 *
 * @param name         the group's name, e.g. {@code queue/compute-resource}
 * @param instanceType the instance type its nodes are
 * @param firstNode    index of its first node in the cluster's node order
 * @param staticNodes  nodes always up
 * @param dynamicNodes nodes up only while powered up for jobs
 * @param cpusPerNode  CPUs of each node (a job on c of them holds c / cpusPerNode of the node)
 * @param pricing      what a node costs: all On-Demand ({@code spotShare} 0) or all Spot (1), at a
 *                     constant price
 */
public record NodeGroup(String name, String instanceType, int firstNode, int staticNodes, int dynamicNodes,
                        int cpusPerNode, Pricing pricing) {
    /** Validates the group. */
    public NodeGroup {
        if (firstNode < 0 || staticNodes < 0 || dynamicNodes < 0 || staticNodes + dynamicNodes == 0 || cpusPerNode <= 0) {
            throw new IllegalArgumentException("node group " + name + ": impossible node counts");
        }
        if (!pricing.constant() || (pricing.spotShare() != 0 && pricing.spotShare() != 1)) {
            throw new IllegalArgumentException("node group " + name + ": all Spot or all On-Demand, at a constant price");
        }
    }

    /** Its nodes, static and dynamic. */
    public int nodes() {
        return staticNodes + dynamicNodes;
    }

    /** Whether its nodes are Spot. */
    public boolean spot() {
        return pricing.spot();
    }

    /** What one of its nodes costs per hour. */
    public double perNodeHour() {
        return pricing.perNodeHour();
    }
}
