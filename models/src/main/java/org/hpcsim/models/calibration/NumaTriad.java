package org.hpcsim.models.calibration;

/**
 * A triad run with its threads on one NUMA node and its memory on another (or the same).
 *
 * @param cpuNode    the node whose cores ran it
 * @param memoryNode the node whose memory held the arrays
 * @param result     the triad's best run
 */
public record NumaTriad(int cpuNode, int memoryNode, KernelResult result) {
    /** Checks the node numbers. */
    public NumaTriad {
        if (cpuNode < 0 || memoryNode < 0) {
            throw new IllegalArgumentException("NUMA node numbers start at 0, got cpu " + cpuNode + ", memory "
                    + memoryNode);
        }
    }
}
