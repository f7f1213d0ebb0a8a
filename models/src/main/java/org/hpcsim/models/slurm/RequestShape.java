package org.hpcsim.models.slurm;

import java.util.BitSet;

/**
 * What a job asks of each node beyond CPU and GPU counts: the nodes its --constraint and GRES type
 * allow (and whose RealMemory and GPUs can hold its per-node asks), the GPUs it needs on every node
 * it gets when its node count is not fixed (--gpus-per-node), and its memory per node (--mem) or
 * per CPU (--mem-per-cpu, or its partition's DefMemPerCPU when it asked for neither).
 *
 * @param eligible       the nodes it may run on, or null for any
 * @param gpusPerNode    GPUs on every node it gets, 0 when not asked (with a fixed node count the
 *                       request's GPU total already says it)
 * @param memoryMb       --mem in MB per node, 0 when not asked
 * @param memoryPerCpuMb MB per CPU it gets on a node, 0 when not asked (the cluster's DefMemPerCPU
 *                       then applies where memory is counted)
 */
public record RequestShape(BitSet eligible, int gpusPerNode, long memoryMb, long memoryPerCpuMb) {
    /** Nothing asked: any node, no per-node GPUs, no memory. */
    public static final RequestShape NONE = new RequestShape(null, 0, 0, 0);

    /** Rejects negative counts and keeps a private copy of the node set. */
    public RequestShape {
        if (gpusPerNode < 0 || memoryMb < 0 || memoryPerCpuMb < 0) {
            throw new IllegalArgumentException("per-node GPUs and memory must not be negative");
        }
        eligible = eligible == null ? null : (BitSet) eligible.clone();
    }

    /** A shape with memory per node alone. */
    public RequestShape(BitSet eligible, int gpusPerNode, long memoryMb) {
        this(eligible, gpusPerNode, memoryMb, 0);
    }

    /** Whether {@code node} is allowed. */
    boolean allows(int node) {
        return eligible == null || eligible.get(node);
    }
}
