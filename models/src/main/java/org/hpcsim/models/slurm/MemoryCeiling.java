package org.hpcsim.models.slurm;

/**
 * The most memory a job may hold, per allocated CPU (slurm.conf MaxMemPerCPU) or per node
 * (MaxMemPerNode); slurm.conf(5) makes the two mutually exclusive, MaxMemPerNode winning
 * (read_config.c: "MaxMemPerCPU ignored, since it's mutually exclusive with MaxMemPerNode").
 *
 * @param mb     the limit in MB; 0 for none (slurm.conf(5): "The default value is 0 (unlimited)")
 * @param perCpu whether it is per allocated CPU rather than per node
 */
public record MemoryCeiling(long mb, boolean perCpu) {
    /** No limit. */
    public static final MemoryCeiling NONE = new MemoryCeiling(0, false);

    /** Rejects a negative limit. */
    public MemoryCeiling {
        if (mb < 0) {
            throw new IllegalArgumentException("a memory limit must not be negative");
        }
    }

    /** MaxMemPerCPU of {@code mb}. */
    public static MemoryCeiling perCpu(long mb) {
        return new MemoryCeiling(mb, true);
    }

    /** MaxMemPerNode of {@code mb}. */
    public static MemoryCeiling perNode(long mb) {
        return new MemoryCeiling(mb, false);
    }

    /** Whether there is no limit. */
    public boolean none() {
        return mb == 0;
    }
}
