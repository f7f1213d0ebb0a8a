package org.hpcsim.models.cloud;

/**
 * A cloud instance type as a cluster node: its size and its On-Demand price.
 *
 * @param name             the provider's name, e.g. c5n.18xlarge
 * @param vcpus            virtual CPUs (hardware threads)
 * @param cores            physical cores (what a job gets with simultaneous multithreading off)
 * @param memoryGib        memory in GiB
 * @param gpus             GPUs
 * @param efaGbps          Elastic Fabric Adapter bandwidth in Gb/s, 0 without EFA
 * @param onDemandPerHour  On-Demand price in US dollars per hour
 * @param priceSource      where and when the price was read
 */
public record InstanceType(String name, int vcpus, int cores, int memoryGib, int gpus, int efaGbps,
                           double onDemandPerHour, String priceSource) {
    /** Validates the figures. */
    public InstanceType {
        if (cores <= 0 || vcpus < cores || gpus < 0 || onDemandPerHour < 0) {
            throw new IllegalArgumentException("instance type " + name + ": impossible figures");
        }
    }
}
