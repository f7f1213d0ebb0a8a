package org.hpcsim.models.kube.plugins;

import org.hpcsim.models.kube.NodeTable;

/**
 * Node labels turned into domain numbers per topology key, which the node table computes once
 * (labels do not change during a run), so PodTopologySpread's cycles index int arrays instead of
 * hashing strings.
 */
final class TopologyDomains {
    /** The well-known hostname label, which kubelet sets on every node (so every node has this key). */
    static final String HOSTNAME = NodeTable.HOSTNAME_LABEL;

    private NodeTable table;

    /** For each node of {@code nodes}, its domain number under {@code key}, or -1 when it lacks the label. */
    int[] of(NodeTable nodes, String key) {
        table = nodes;
        return nodes.topologyDomains(key);
    }

    /** How many domains {@code key} has; call {@link #of} first. */
    int count(String key) {
        return table.topologyDomainCount(key);
    }
}
