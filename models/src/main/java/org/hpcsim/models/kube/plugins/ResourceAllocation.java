package org.hpcsim.models.kube.plugins;

import java.util.List;
import org.hpcsim.models.kube.NodeTable;
import org.hpcsim.models.kube.PodSpec;
import org.hpcsim.models.kube.ResourceNames;

/**
 * Upstream's resourceAllocationScorer: for the configured resources, what a node has allocatable
 * and what it would have requested with the pod, in scratch arrays reused every node.
 */
final class ResourceAllocation {
    final int[] resource; // resource index, -1 for a name no node or pod has
    final long[] weight;
    final long[] podRequest;
    final long[] allocatable;
    final long[] requested;
    // NodeResourcesFit scores with NonZeroRequested (pods without requests still weigh);
    // BalancedAllocation with what pods really request.
    private final boolean useRequested;
    // Set by rows(): the configured resources a node can have (not bypassed, known to the table),
    // with the table's rows for them, so a batch of nodes is scored without a call a resource.
    int active;
    int[] activeSlot;
    long[][] allocatableRows;
    long[][] requestedRows;

    ResourceAllocation(List<ResourceSpec> specs, ResourceNames names, boolean useRequested) {
        int k = specs.size();
        resource = new int[k];
        weight = new long[k];
        for (int i = 0; i < k; i++) {
            resource[i] = resolve(specs.get(i).name(), names);
            weight[i] = specs.get(i).weight();
        }
        podRequest = new long[k];
        allocatable = new long[k];
        requested = new long[k];
        this.useRequested = useRequested;
        activeSlot = new int[k];
        allocatableRows = new long[k][];
        requestedRows = new long[k][];
    }

    /**
     * After {@link #preScore}: the configured resources {@link #load} would not read as allocatable
     * 0 on every node, in {@link #activeSlot} (their positions in the configuration, in order), with
     * the table's rows for them.
     */
    void rows(NodeTable nodes) {
        active = 0;
        for (int i = 0; i < resource.length; i++) {
            int r = resource[i];
            boolean bypass = r < 0 || (r >= 2 && podRequest[i] == 0) || r >= nodes.resources();
            if (bypass) {
                continue;
            }
            activeSlot[active] = i;
            allocatableRows[active] = nodes.allocatableRow(r);
            requestedRows[active] = useRequested ? nodes.requestedRow(r) : nodes.nonZeroRequestedRow(r);
            active++;
        }
    }

    private static int resolve(String name, ResourceNames names) {
        if (names != null) {
            return names.find(name);
        }
        return "cpu".equals(name) ? ResourceNames.CPU : "memory".equals(name) ? ResourceNames.MEMORY : -1;
    }

    /** The pod's request per configured resource, once a cycle (upstream's PreScore). */
    void preScore(PodSpec pod, NodeTable nodes) {
        for (int i = 0; i < resource.length; i++) {
            int r = resource[i];
            podRequest[i] = r < 0 ? 0 : useRequested ? pod.request(r) : nodes.nonZeroRequest(pod, r);
        }
    }

    /** Whether the pod requests none of the configured resources (a best-effort pod, as far as they go). */
    boolean podRequestsNothing() {
        for (long q : podRequest) {
            if (q != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Fills allocatable and requested for node {@code n}. A resource reads as allocatable 0, which
     * every scorer skips, when the node lacks it, or when it is an extended resource the pod does
     * not request (upstream bypasses those so GPU nodes do not look emptier to CPU pods).
     */
    void load(int n, NodeTable nodes) {
        for (int i = 0; i < resource.length; i++) {
            int r = resource[i];
            boolean bypass = r < 0 || (r >= 2 && podRequest[i] == 0);
            long alloc = bypass ? 0 : nodes.allocatable(r, n);
            allocatable[i] = alloc;
            requested[i] = alloc == 0 ? 0 : (useRequested ? nodes.requested(r, n) : nodes.nonZeroRequested(r, n)) + podRequest[i];
        }
    }
}
