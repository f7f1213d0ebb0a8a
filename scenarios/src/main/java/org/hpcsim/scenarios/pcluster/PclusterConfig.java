package org.hpcsim.scenarios.pcluster;

import java.util.List;

/**
 * What a ParallelCluster v3 configuration says about the one compute resource hpcsim simulates,
 * checked: its queue is Slurm's, its instance type is in hpcsim's catalog, its counts are coherent.
 *
 * @param origin               the file, as named in notes
 * @param queue                the chosen queue
 * @param computeResource      the chosen compute resource of that queue
 * @param leftOut              the other compute resources, as {@code queue/resource}
 * @param scaledownIdletime    {@code SlurmSettings.ScaledownIdletime} in minutes (default 10; -1: never)
 * @param headNodeInstanceType {@code HeadNode.InstanceType}, or null
 * @param sharedStorage        {@code SharedStorage}
 * @param ignoredKeys          keys read but not modelled, in file order, those of left-out
 *                             compute resources excepted
 */
public record PclusterConfig(String origin, SlurmQueue queue, ComputeResource computeResource, List<String> leftOut,
                             int scaledownIdletime, String headNodeInstanceType, List<SharedStorage> sharedStorage,
                             List<String> ignoredKeys) {
    /** Copies the lists. */
    public PclusterConfig {
        leftOut = List.copyOf(leftOut);
        sharedStorage = List.copyOf(sharedStorage);
        ignoredKeys = List.copyOf(ignoredKeys);
    }

    /** The placement group in effect: the compute resource's, else the queue's. */
    public PlacementGroup placementGroup() {
        return computeResource.placementGroup() != null ? computeResource.placementGroup() : queue.placementGroup();
    }
}
