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
 * @param drains            what scale-down of non-empty nodes did
 */
public record AutoscalerStats(long scaleUps, long nodesAdded, long nodesRemoved, long spotInterruptions,
                              int peakNodes, List<GroupUsage> groups, Drains drains) {
    /**
     * What draining non-empty nodes did (their removals are counted in nodesRemoved too).
     *
     * @param nodesDrained         non-empty nodes drained and removed
     * @param podsEvicted          pods on them, evicted and recreated by their controllers
     * @param runsCut              runs cut by the evictions (a Job pod's, or a whole job's when it needs all its pods)
     * @param lostPodHours         pod-hours those runs had done, lost: they start again from zero
     * @param lostCoreHours        the same in core-hours
     * @param jobsPastBackoffLimit Jobs with more evicted pods than backoffLimit (6): upstream would fail them
     *                             (an evicted pod counts as a failure unless a podFailurePolicy ignores
     *                             DisruptionTarget); hpcsim runs them on
     */
    public record Drains(long nodesDrained, long podsEvicted, long runsCut, double lostPodHours, double lostCoreHours,
                         long jobsPastBackoffLimit) {
        /** Nothing drained. */
        public static final Drains NONE = new Drains(0, 0, 0, 0, 0, 0);
    }

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
        drains = drains == null ? Drains.NONE : drains;
    }

    /** Stats of a run that drained nothing. */
    public AutoscalerStats(long scaleUps, long nodesAdded, long nodesRemoved, long spotInterruptions, int peakNodes,
                           List<GroupUsage> groups) {
        this(scaleUps, nodesAdded, nodesRemoved, spotInterruptions, peakNodes, groups, Drains.NONE);
    }
}
