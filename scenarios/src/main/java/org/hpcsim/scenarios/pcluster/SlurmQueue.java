package org.hpcsim.scenarios.pcluster;

import java.util.List;

/**
 * One {@code Scheduling.SlurmQueues[]} entry (a Slurm partition).
 *
 * @param name                   {@code Name}
 * @param capacityType           {@code CapacityType}: ONDEMAND (the default), SPOT or CAPACITY_BLOCK;
 *                               in v3 it belongs to the queue, not to a compute resource
 * @param placementGroup         {@code Networking.PlacementGroup} ({@link PlacementGroup#NONE} when absent)
 * @param jobExclusiveAllocation {@code JobExclusiveAllocation}: whole nodes per job (default false)
 * @param computeResources       {@code ComputeResources}, at least one
 * @param at                     where the entry is
 */
public record SlurmQueue(String name, String capacityType, PlacementGroup placementGroup,
                         boolean jobExclusiveAllocation, List<ComputeResource> computeResources, KeyPath at) {
    /** Copies the list. */
    public SlurmQueue {
        computeResources = List.copyOf(computeResources);
    }
}
