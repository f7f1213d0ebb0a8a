package org.hpcsim.models.network;

/**
 * How nodes hang from switches: which group of nodes shares an uplink at each level, how much
 * that uplink carries, and how many switches a message between two nodes crosses. Level 0 groups
 * are leaf switches; level 1 groups (in a three-level fat tree) are pods of leaves.
 */
public sealed interface Topology permits FatTree, FlatSwitch {
    /** Nodes attached. */
    int nodes();

    /** Levels of shared uplinks: 0 for a single switch, 1 for leaves under spines, 2 with pods. */
    int uplinkLevels();

    /** Groups at {@code level} (leaf switches at level 0). */
    int groups(int level);

    /** The group at {@code level} that {@code node} belongs to. */
    int groupOf(int node, int level);

    /** Bytes per second the uplink of group {@code group} at {@code level} carries in each direction. */
    double uplinkCapacity(int level, int group);

    /** Switches a message from node {@code a} to node {@code b} crosses (1 inside a leaf; 0 from a node to itself). */
    int switchesBetween(int a, int b);

    /** Seconds each switch a message crosses adds. */
    double switchLatency();
}
