package org.hpcsim.scenarios.pcluster;

import java.util.List;

/**
 * One {@code Scheduling.SlurmQueues[].ComputeResources[]} entry: a pool of identical instances.
 *
 * @param name                   {@code Name}
 * @param instanceTypes          {@code InstanceType}, or the types of {@code Instances} in order
 * @param minCount               {@code MinCount}: static nodes, always up (default 0)
 * @param maxCount               {@code MaxCount}: static plus dynamic nodes (default 10)
 * @param efa                    {@code Efa.Enabled} (default false)
 * @param multithreadingDisabled {@code DisableSimultaneousMultithreading} (default false)
 * @param placementGroup         {@code Networking.PlacementGroup}, or null to take the queue's
 * @param at                     where the entry is
 * @param instanceTypeAt         where its first instance type is written
 */
public record ComputeResource(String name, List<String> instanceTypes, int minCount, int maxCount, boolean efa,
                              boolean multithreadingDisabled, PlacementGroup placementGroup, KeyPath at,
                              KeyPath instanceTypeAt) {
    /** Copies the list. */
    public ComputeResource {
        instanceTypes = List.copyOf(instanceTypes);
    }

    /** The instance type hpcsim builds its nodes from: the only one, or the first of {@code Instances}. */
    public String instanceType() {
        return instanceTypes.get(0);
    }
}
