package org.hpcsim.models.slurm;

/**
 * A partition's MaxCPUsPerNode as a request in that partition meets it under select/cons_tres:
 * on each node, the CPUs its jobs hold together may not pass {@code maxCpus}, so a job may take
 * there only what the partition's other jobs leave of it (cons_tres job_test.c,
 * {@code _allocate_sc}: "Enforce partition CPU limit", counting the cores of the partition's own
 * rows). Jobs of other partitions do not count. select/linear does not apply it.
 *
 * @param slot    the partition's place among those with a limit: its row of
 *                {@link NodeResources#partitionCpus}; -1 for none
 * @param maxCpus MaxCPUsPerNode
 */
record PartitionCpuCap(int slot, int maxCpus) {
    /** No limit. */
    static final PartitionCpuCap NONE = new PartitionCpuCap(-1, Integer.MAX_VALUE);

    /** Whether there is no limit. */
    boolean none() {
        return slot < 0;
    }
}
