package org.hpcsim.models.network;

/**
 * A fat tree: nodes in order under leaf switches of {@code nodesPerLeaf}; with two levels the
 * leaves hang from a spine layer, with three, leaves are grouped into pods of
 * {@code leavesPerPod} under a core layer. A leaf's uplink carries its nodes' link bandwidth
 * divided by {@code oversubscription}; a pod's uplink carries its leaves' uplinks in full.
 *
 * <p>A leaf's uplink capacity counts its nominal {@code nodesPerLeaf} ports even when the last
 * leaf has fewer nodes: a switch's uplinks are cabled per switch when the fabric is built, not
 * per populated port, so a half-filled leaf keeps all its uplinks (and is less oversubscribed).
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
        require(nodes >= 1, "nodes must be 1 or more, got " + nodes);
        require(nodesPerLeaf >= 1, "nodesPerLeaf must be 1 or more, got " + nodesPerLeaf);
        require(levels == 2 || levels == 3, "levels must be 2 (leaf, spine) or 3 (leaf, pod, core), got " + levels);
        require(levels == 2 || leavesPerPod >= 1, "leavesPerPod must be 1 or more with three levels, got "
                + leavesPerPod);
        require(oversubscription >= 1 && Double.isFinite(oversubscription),
                "oversubscription must be 1 (non-blocking) or more, got " + oversubscription);
        require(linkBandwidth > 0 && Double.isFinite(linkBandwidth),
                "link bandwidth must be positive bytes/s, got " + linkBandwidth);
        require(switchLatency >= 0 && Double.isFinite(switchLatency),
                "switch latency must be 0 or more seconds, got " + switchLatency);
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException("fat tree: " + problem);
        }
    }

    /** Levels as configured even when every node fits under one leaf: the switches are there. */
    @Override
    public int uplinkLevels() {
        return levels - 1;
    }

    @Override
    public int groups(int level) {
        checkLevel(level);
        int leaves = ceilDiv(nodes, nodesPerLeaf);
        return level == 0 ? leaves : ceilDiv(leaves, leavesPerPod);
    }

    @Override
    public int groupOf(int node, int level) {
        checkNode(node);
        checkLevel(level);
        int leaf = node / nodesPerLeaf;
        return level == 0 ? leaf : leaf / leavesPerPod;
    }

    @Override
    public double uplinkCapacity(int level, int group) {
        int count = groups(level);
        require(group >= 0 && group < count, "group " + group + " at level " + level + " is not in [0, " + count + ")");
        double leafUplink = nodesPerLeaf * linkBandwidth / oversubscription;
        if (level == 0) {
            return leafUplink;
        }
        // Only leaves that exist have uplinks: the last pod may hold fewer than leavesPerPod.
        int leavesInPod = Math.min(leavesPerPod, groups(0) - group * leavesPerPod);
        return leavesInPod * leafUplink;
    }

    @Override
    public int switchesBetween(int a, int b) {
        checkNode(a);
        checkNode(b);
        if (a == b) {
            return 0;
        }
        int leafA = a / nodesPerLeaf;
        int leafB = b / nodesPerLeaf;
        if (leafA == leafB) {
            return 1;
        }
        // Leaf, spine (or aggregation), leaf; across pods the path climbs to the core as well.
        return levels == 2 || leafA / leavesPerPod == leafB / leavesPerPod ? 3 : 5;
    }

    private void checkLevel(int level) {
        require(level >= 0 && level < uplinkLevels(), "level " + level + " is not in [0, " + uplinkLevels() + ")");
    }

    private void checkNode(int node) {
        require(node >= 0 && node < nodes, "node " + node + " is not in [0, " + nodes + ")");
    }

    private static int ceilDiv(int a, int b) {
        return -Math.floorDiv(-a, b); // no overflow near Integer.MAX_VALUE, unlike (a + b - 1) / b
    }
}
