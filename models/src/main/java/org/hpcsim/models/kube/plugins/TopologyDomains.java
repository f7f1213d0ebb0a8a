package org.hpcsim.models.kube.plugins;

import java.util.HashMap;
import java.util.Map;
import org.hpcsim.models.kube.KubeNode;
import org.hpcsim.models.kube.NodeTable;

/**
 * Node labels turned into domain numbers per topology key, once per node table: labels do not
 * change during a run, so PodTopologySpread's cycles index int arrays instead of hashing strings.
 */
final class TopologyDomains {
    /** The well-known hostname label, which kubelet sets on every node (so every node has this key). */
    static final String HOSTNAME = "kubernetes.io/hostname";

    private NodeTable table;
    private final Map<String, int[]> domainOf = new HashMap<>();
    private final Map<String, Integer> domainCount = new HashMap<>();

    /** For each node of {@code nodes}, its domain number under {@code key}, or -1 when it lacks the label. */
    int[] of(NodeTable nodes, String key) {
        if (nodes != table) {
            table = nodes;
            domainOf.clear();
            domainCount.clear();
        }
        int[] d = domainOf.get(key);
        if (d == null) {
            d = new int[nodes.size()];
            Map<String, Integer> numbers = new HashMap<>();
            for (int n = 0; n < d.length; n++) {
                KubeNode node = nodes.node(n);
                String value = node.labels().get(key);
                if (value == null && HOSTNAME.equals(key)) {
                    value = node.name();
                }
                d[n] = value == null ? -1 : numbers.computeIfAbsent(value, v -> numbers.size());
            }
            domainOf.put(key, d);
            domainCount.put(key, numbers.size());
        }
        return d;
    }

    /** How many domains {@code key} has; call {@link #of} first. */
    int count(String key) {
        return domainCount.get(key);
    }
}
