package org.hpcsim.models.hardware;

/**
 * A kind of node: its processors and NUMA domains, its accelerators, its network port and its
 * local scratch. Figures are SI (bytes, bytes per second, FLOP per second).
 *
 * @param name             the name scenarios use, e.g. {@code p5.48xlarge}
 * @param numa             sockets, NUMA domains, memory and memory bandwidth
 * @param flopsPerCore     FP64 peak of one core (vector units, all-core clock)
 * @param gpu              the accelerator model, or null when the node has none
 * @param gpus             accelerators in the node (0 when {@code gpu} is null)
 * @param nicBandwidth     the node's network injection bandwidth, all ports, one direction
 * @param scratchBytes     node-local scratch (NVMe) capacity, 0 for none
 * @param scratchBandwidth node-local scratch bandwidth, 0 for none
 * @param source           where the figures come from
 */
public record NodeType(String name, NumaLayout numa, double flopsPerCore, GpuModel gpu, int gpus,
                       double nicBandwidth, long scratchBytes, double scratchBandwidth, String source) {
    /** Validates the figures. */
    public NodeType {
        if (name == null || name.isEmpty() || numa == null || !(flopsPerCore > 0) || gpus < 0
                || (gpu == null) != (gpus == 0) || !(nicBandwidth > 0) || scratchBytes < 0 || scratchBandwidth < 0) {
            throw new IllegalArgumentException("node type " + name + ": impossible figures");
        }
        source = source == null ? "" : source;
    }

    /** Cores in the node. */
    public int cores() {
        return numa.cores();
    }

    /** Memory in the node, bytes. */
    public long memoryBytes() {
        return numa.memoryPerDomain() * numa.domains();
    }

    /** Memory bandwidth of the whole node when every domain serves its own cores. */
    public double memoryBandwidth() {
        return numa.bandwidthPerDomain() * numa.domains();
    }

    /** FP64 peak of the node's cores. */
    public double cpuFlops() {
        return flopsPerCore * cores();
    }
}
