package org.hpcsim.models.kube;

import java.util.List;

/**
 * What the Cluster Autoscaler did in one run.
 *
 * @param scaleUps          scale-ups (one node group grown by one or more nodes)
 * @param nodesAdded        nodes launched
 * @param nodesRemoved      nodes removed by scale-down (not counting Spot interruptions)
 * @param spotInterruptions Spot nodes interrupted
 * @param peakNodes         the most nodes up (booting or Ready) at once
 * @param groups            node-hours and cost of each node pool, in pool order
 */
public record AutoscalerStats(long scaleUps, long nodesAdded, long nodesRemoved, long spotInterruptions,
                              int peakNodes, List<GroupUsage> groups) {
    /**
     * One node pool's use over the run, up to its end.
     *
     * @param pool         the pool's name
     * @param nodeHours    node-hours up (booting or Ready)
     * @param bootingHours of those, node-hours booting
     * @param cost         node-hours up at the pool's price, US dollars
     */
    public record GroupUsage(String pool, double nodeHours, double bootingHours, double cost) {}

    /** Copies the list. */
    public AutoscalerStats {
        groups = List.copyOf(groups);
    }
}
