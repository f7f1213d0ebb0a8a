package org.hpcsim.models.kube;

import java.util.ArrayList;
import java.util.List;

/**
 * The node table's pools as the Cluster Autoscaler's node groups: each node's group by its
 * {@link NodePool#POOL_LABEL}, in order of first node, each group's first node (a template of its
 * nodes) and its autoscaling settings.
 *
 * @param names      the pools' names, by group
 * @param groupOf    each node's group
 * @param firstNodes each group's first node
 * @param specs      each group's settings, null for a pool of fixed size
 */
record PoolGroups(List<String> names, int[] groupOf, int[] firstNodes, NodeGroup[] specs) {
    /** The pools of {@code table}, with {@code groups}' settings; a group naming no pool is refused. */
    static PoolGroups of(NodeTable table, List<NodeGroup> groups) {
        List<String> names = new ArrayList<>();
        List<Integer> firsts = new ArrayList<>();
        int[] groupOf = new int[table.size()];
        for (int i = 0; i < groupOf.length; i++) {
            String pool = table.node(i).labels().getOrDefault(NodePool.POOL_LABEL, "");
            int g = names.indexOf(pool);
            if (g < 0) {
                g = names.size();
                names.add(pool);
                firsts.add(i);
            }
            groupOf[i] = g;
        }
        NodeGroup[] specs = new NodeGroup[names.size()];
        for (NodeGroup spec : groups) {
            int g = names.indexOf(spec.pool());
            if (g < 0) {
                throw new IllegalArgumentException("node group " + spec.pool() + " names no node pool");
            }
            specs[g] = spec;
        }
        return new PoolGroups(List.copyOf(names), groupOf, firsts.stream().mapToInt(Integer::intValue).toArray(),
                specs);
    }
}
