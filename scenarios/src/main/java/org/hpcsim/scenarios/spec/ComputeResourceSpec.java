package org.hpcsim.scenarios.spec;

import java.util.List;

/**
 * One node group of a cluster of several instance types: a ParallelCluster compute resource as
 * Slurm sees it (its static and dynamic nodes in its queue's partition) and as it is paid for.
 *
 * @param queue        the queue (Slurm partition) it belongs to
 * @param name         its name, unique within the queue
 * @param instanceType its instance type, from the catalog
 * @param pricing      how its nodes are bought: On-Demand, or Spot at a discount
 * @param staticNodes  nodes always up (MinCount)
 * @param dynamicNodes nodes powered up for jobs (MaxCount - MinCount)
 * @param cpus         Slurm CPUs per node
 * @param memoryMb     Slurm RealMemory per node, MiB
 * @param gpus         GPUs per node
 * @param gpuType      the GPUs' Slurm type ("" without)
 * @param features     Slurm features of its nodes, static or dynamic put first by the caller
 */
public record ComputeResourceSpec(String queue, String name, String instanceType, PricingSpec pricing,
                                  int staticNodes, int dynamicNodes, int cpus, long memoryMb, int gpus, String gpuType,
                                  List<String> features) {
    /** Validates the counts and copies the features. */
    public ComputeResourceSpec {
        InvalidFieldException.require(staticNodes >= 0 && dynamicNodes >= 0 && staticNodes + dynamicNodes > 0,
                "computeResources", queue + "/" + name + " needs at least one node");
        InvalidFieldException.require(cpus > 0, "computeResources", queue + "/" + name + " needs CPUs");
        features = List.copyOf(features);
    }

    /** {@code queue/name}. */
    public String label() {
        return queue + "/" + name;
    }
}
