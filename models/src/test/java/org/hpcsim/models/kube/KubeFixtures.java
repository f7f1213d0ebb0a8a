package org.hpcsim.models.kube;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small builders for the plugin tests: nodes, pods and tables as upstream's test tables write them. */
final class KubeFixtures {
    private KubeFixtures() {}

    static KubeNode node(String name, long... allocatable) {
        return new KubeNode(name, allocatable, Map.of(), List.of(), false);
    }

    static KubeNode labelled(String name, Map<String, String> labels) {
        return new KubeNode(name, new long[] {64_000, 256L << 30}, labels, List.of(), false);
    }

    static KubeNode tainted(String name, Taint... taints) {
        return new KubeNode(name, new long[] {64_000, 256L << 30}, Map.of(), List.of(taints), false);
    }

    static PodSpec pod(long... requests) {
        return PodSpec.ofRequests(requests);
    }

    static PodSpec tolerating(Toleration... tolerations) {
        return new PodSpec(new long[] {100, 1 << 20}, null, 0, null, null, null, List.of(tolerations), null, "");
    }

    static PodSpec prioritised(int priority, long... requests) {
        return new PodSpec(requests, null, priority, null, null, null, null, null, "");
    }

    /**
     * A table where a zero request stays zero: upstream's test pods without containers, or with
     * explicit "0" requests, which {@link PodSpec} cannot tell from omitted ones.
     */
    static NodeTable explicitTable(List<KubeNode> nodes, int resources) {
        return new NodeTable(nodes, resources, 0, 0);
    }

    /** Pre-scores every node, scores each and normalises, as upstream's plugin tests do. */
    static long[] scores(ScorePlugin plugin, NodeTable table, PodSpec pod) {
        int[] all = new int[table.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        plugin.preScore(pod, table, all, all.length);
        long[] s = new long[all.length];
        for (int i = 0; i < all.length; i++) {
            s[i] = plugin.score(pod, i, table);
        }
        plugin.normalize(s, s.length);
        return s;
    }

    static List<KubeNode> nodes(KubeNode... nodes) {
        return new ArrayList<>(List.of(nodes));
    }
}
