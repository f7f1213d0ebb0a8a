package org.hpcsim.models.kube;

/** A placer for tests: the first node, in table order, where the pod's requests fit and that is not cordoned. */
final class FirstFitPlacer implements PodPlacer {
    /** Makes one over the run's table. */
    static final PodPlacer.Factory FACTORY = (nodes, streams) -> new FirstFitPlacer(nodes);

    private final NodeTable nodes;

    FirstFitPlacer(NodeTable nodes) {
        this.nodes = nodes;
    }

    @Override
    public int place(PodSpec pod) {
        for (int n = 0; n < nodes.size(); n++) {
            if (!nodes.node(n).unschedulable() && nodes.fits(pod, n)) {
                return n;
            }
        }
        return -1;
    }
}
