package org.hpcsim.scenarios.pcluster;

import java.util.List;

/**
 * A ParallelCluster v3 configuration read whole, every queue and compute resource checked: what
 * hpcsim simulates under policy slurm as ParallelCluster's own Slurm cluster.
 *
 * @param origin               the file, as named in notes
 * @param queues               {@code Scheduling.SlurmQueues}, in file order (the first is the default)
 * @param scaledownIdletime    {@code SlurmSettings.ScaledownIdletime} in minutes (default 10; -1: never)
 * @param headNodeInstanceType {@code HeadNode.InstanceType}, or null
 * @param sharedStorage        {@code SharedStorage}
 * @param ignoredKeys          keys read but not modelled, in file order
 */
public record PclusterCluster(String origin, List<SlurmQueue> queues, int scaledownIdletime,
                              String headNodeInstanceType, List<SharedStorage> sharedStorage,
                              List<String> ignoredKeys) {
    /** Copies the lists. */
    public PclusterCluster {
        queues = List.copyOf(queues);
        sharedStorage = List.copyOf(sharedStorage);
        ignoredKeys = List.copyOf(ignoredKeys);
    }

    /** Compute resources over all queues. */
    public int computeResourceCount() {
        return queues.stream().mapToInt(q -> q.computeResources().size()).sum();
    }
}
