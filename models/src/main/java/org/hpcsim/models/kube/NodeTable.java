package org.hpcsim.models.kube;

import java.util.List;

/**
 * The cluster's nodes and what the pods bound to them request, in primitive arrays by resource and
 * node, so a scheduling cycle reads them without allocating.
 */
public final class NodeTable {
    private final List<KubeNode> nodes;
    private final int resources;
    private final long[][] allocatable; // [resource][node]
    private final long[][] requested;   // [resource][node]
    private final int[] pods;

    /** A table of {@code nodes} with {@code resources} resources known (see {@link ResourceNames}). */
    public NodeTable(List<KubeNode> nodes, int resources) {
        this.nodes = List.copyOf(nodes);
        this.resources = resources;
        int n = nodes.size();
        allocatable = new long[resources][n];
        requested = new long[resources][n];
        pods = new int[n];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < resources; r++) {
                allocatable[r][i] = nodes.get(i).allocatable(r);
            }
        }
    }

    /** Nodes in the table. */
    public int size() {
        return nodes.size();
    }

    /** Resources known. */
    public int resources() {
        return resources;
    }

    /** Node {@code n}. */
    public KubeNode node(int n) {
        return nodes.get(n);
    }

    /** Allocatable quantity of resource {@code r} on node {@code n}. */
    public long allocatable(int r, int n) {
        return allocatable[r][n];
    }

    /** Quantity of resource {@code r} requested by the pods bound to node {@code n}. */
    public long requested(int r, int n) {
        return requested[r][n];
    }

    /** Pods bound to node {@code n}. */
    public int pods(int n) {
        return pods[n];
    }

    /** Whether {@code pod}'s requests fit in what node {@code n} has left. */
    public boolean fits(PodSpec pod, int n) {
        for (int r = 0; r < resources; r++) {
            long want = pod.request(r);
            if (want > 0 && requested[r][n] + want > allocatable[r][n]) {
                return false;
            }
        }
        return true;
    }

    /** Binds {@code pod} to node {@code n}: its requests count there. */
    public void bind(PodSpec pod, int n) {
        for (int r = 0; r < resources; r++) {
            requested[r][n] += pod.request(r);
        }
        pods[n]++;
    }

    /** {@code pod}, bound to node {@code n}, has left it. */
    public void unbind(PodSpec pod, int n) {
        for (int r = 0; r < resources; r++) {
            requested[r][n] -= pod.request(r);
            if (requested[r][n] < 0) {
                throw new IllegalStateException("node " + n + ": requests of resource " + r + " went negative");
            }
        }
        pods[n]--;
    }
}
