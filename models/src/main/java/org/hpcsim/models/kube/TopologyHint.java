package org.hpcsim.models.kube;

/**
 * A Topology Manager hint (topologymanager.TopologyHint): the NUMA nodes a resource could be
 * allocated from, and whether that set is as narrow as the request allows.
 *
 * @param mask      bit i set for NUMA node i; 0 stands for upstream's nil affinity ("any node will do")
 * @param preferred whether the set has the fewest NUMA nodes that could ever hold the request
 */
public record TopologyHint(long mask, boolean preferred) {
    /** Upstream's {nil, true}: a provider that does not care where the pod goes. */
    public static final TopologyHint ANY = new TopologyHint(0, true);

    /** NUMA nodes in the mask. */
    public int count() {
        return Long.bitCount(mask);
    }

    /**
     * bitmask.IsNarrowerThan: fewer NUMA nodes, or as many and lower-numbered ones (the first bit
     * where the masks differ is set in this one).
     */
    public boolean narrowerThan(TopologyHint other) {
        if (count() != other.count()) {
            return count() < other.count();
        }
        long diff = mask ^ other.mask;
        return diff != 0 && (Long.lowestOneBit(diff) & mask) != 0;
    }
}
