package org.hpcsim.models.network;

/**
 * A fat tree: nodes in order under leaf switches of {@code nodesPerLeaf}; with two levels the
 * leaves hang from a spine layer, with three, leaves are grouped into pods of
 * {@code leavesPerPod} under a core layer. A leaf's uplink carries its nodes' link bandwidth
 * divided by {@code oversubscription}; a pod's uplink carries its leaves' uplinks in full.
 *
 * @param nodes            nodes attached
 * @param nodesPerLeaf     nodes under each leaf switch (the last leaf may have fewer)
 * @param levels           switch levels: 2 (leaf, spine) or 3 (leaf, aggregation, core)
 * @param leavesPerPod     leaves per pod with three levels (ignored with two)
 * @param oversubscription a leaf's downlink over uplink bandwidth (1 for non-blocking)
 * @param linkBandwidth    bytes per second of one node's link
 * @param switchLatency    seconds each switch crossed adds
 */
public record FatTree(int nodes, int nodesPerLeaf, int levels, int leavesPerPod, double oversubscription,
                      double linkBandwidth, double switchLatency) implements Topology {
    /** Validates the tree. */
    public FatTree {
        if (nodes < 1 || nodesPerLeaf < 1 || (levels != 2 && levels != 3) || (levels == 3 && leavesPerPod < 1)
                || !(oversubscription >= 1) || !(linkBandwidth > 0) || switchLatency < 0) {
            throw new IllegalArgumentException("fat tree: impossible figures");
        }
    }

    @Override
    public int uplinkLevels() {
        throw new UnsupportedOperationException("to be written");
    }

    @Override
    public int groups(int level) {
        throw new UnsupportedOperationException("to be written");
    }

    @Override
    public int groupOf(int node, int level) {
        throw new UnsupportedOperationException("to be written");
    }

    @Override
    public double uplinkCapacity(int level, int group) {
        throw new UnsupportedOperationException("to be written");
    }

    @Override
    public int switchesBetween(int a, int b) {
        throw new UnsupportedOperationException("to be written");
    }
}
