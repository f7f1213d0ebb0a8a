package org.hpcsim.models.kube;

import org.hpcsim.models.hardware.NumaLayout;

/**
 * A node's NUMA layout and the kubelet settings that act on it: the Topology Manager's policy and
 * scope, the CPU Manager's policy and the CPUs reserved for the system.
 *
 * <p>GPUs are spread evenly over the NUMA nodes, lower-numbered nodes taking the remainder: the
 * hardware catalog has no GPU-to-NUMA affinity, so this is an assumption (it matches p4d and p5,
 * whose eight GPUs sit four per socket on their PCIe switches, per `nvidia-smi topo -m` on them).
 *
 * @param nodeType      the hardware catalog's node type the layout comes from (for the scenario echo)
 * @param policy        the Topology Manager policy
 * @param podScope      topologyManagerScope pod (true) or container (false); pods here have one
 *                      container, so both scopes align the same requests
 * @param staticCpu     cpuManagerPolicy static: Guaranteed pods with integer cpu requests get
 *                      exclusive CPUs and CPU topology hints
 * @param reservedCpus  CPUs reserved for the system and the kubelet (reservedSystemCPUs): never
 *                      exclusive, taken from the lowest NUMA nodes first, and off allocatable
 * @param numaNodes     NUMA nodes in the node, at most 8: the Topology Manager refuses to start on
 *                      more (topologymanager's defaultMaxAllowableNUMANodes; Kubernetes docs)
 * @param cpusPerNuma   CPUs in each NUMA node
 * @param gpus          GPUs in the node (nvidia.com/gpu), spread evenly over the NUMA nodes
 */
public record NodeTopology(String nodeType, TopologyPolicy policy, boolean podScope, boolean staticCpu,
                           int reservedCpus, int numaNodes, int cpusPerNuma, int gpus) {
    /** The most NUMA nodes the Topology Manager accepts (defaultMaxAllowableNUMANodes). */
    public static final int MAX_NUMA_NODES = 8;

    /** Validates the figures. */
    public NodeTopology {
        if (policy == null || numaNodes < 1 || numaNodes > MAX_NUMA_NODES || cpusPerNuma < 1 || gpus < 0
                || reservedCpus < 0
                || reservedCpus >= numaNodes * cpusPerNuma) {
            throw new IllegalArgumentException("node topology: impossible figures (" + numaNodes + " NUMA nodes of "
                    + cpusPerNuma + " CPUs, " + reservedCpus + " reserved, " + gpus + " GPUs)");
        }
    }

    /** The layout of catalog node type {@code name} ({@code numa}) with {@code gpus} GPUs and these settings. */
    public static NodeTopology of(String name, NumaLayout numa, int gpus, TopologyPolicy policy, boolean podScope,
                                  boolean staticCpu, int reservedCpus) {
        return new NodeTopology(name, policy, podScope, staticCpu, reservedCpus, numa.domains(), numa.coresPerDomain(),
                gpus);
    }

    /** CPUs in the node. */
    public int cpus() {
        return numaNodes * cpusPerNuma;
    }

    /** CPUs of NUMA node {@code i} that may be given exclusively: its CPUs less the reserved ones taken from it. */
    public int exclusiveCpus(int i) {
        int reservedBefore = Math.min(reservedCpus, i * cpusPerNuma);
        int reservedHere = Math.min(cpusPerNuma, reservedCpus - reservedBefore);
        return cpusPerNuma - reservedHere;
    }

    /** GPUs attached to NUMA node {@code i}. */
    public int gpusOn(int i) {
        return gpus / numaNodes + (i < gpus % numaNodes ? 1 : 0);
    }
}
