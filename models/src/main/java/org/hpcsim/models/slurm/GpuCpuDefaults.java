package org.hpcsim.models.slurm;

import java.util.Map;
import java.util.TreeMap;

/**
 * slurm.conf's DefCpuPerGPU: the CPUs a job holds for each GPU it holds when it asked for neither
 * --cpus-per-task nor --cpus-per-gpu (slurm.conf(5), 22.05), the cluster's value unless a
 * partition sets its own. A real slurmctld 22.05.8 with DefCpuPerGPU=2 gave -n 1 --gres=gpu:1 2
 * CPUs, -N 2 -n 2 --gres=gpu:2 8, -n 2 --gpus=3 6 (4 and 2 beside 2 GPUs and 1) and -n 3 --gpus=1
 * 3: a job holds the larger of its tasks and its GPUs times the default.
 *
 * @param cluster     the cluster's DefCpuPerGPU, 0 for none
 * @param byPartition the partitions that set their own, by name
 */
public record GpuCpuDefaults(int cluster, Map<String, Integer> byPartition) {
    /** No default anywhere. */
    public static final GpuCpuDefaults NONE = new GpuCpuDefaults(0, Map.of());

    /** Rejects negative counts and keeps a sorted copy of the partitions' values. */
    public GpuCpuDefaults {
        if (cluster < 0 || byPartition.values().stream().anyMatch(v -> v == null || v < 0)) {
            throw new IllegalArgumentException("CPUs per GPU must not be negative");
        }
        byPartition = Map.copyOf(new TreeMap<>(byPartition));
    }

    /** The CPUs per GPU in partition {@code partition}, 0 for none. */
    public int in(String partition) {
        return byPartition.getOrDefault(partition, cluster);
    }

    /** Whether no partition has a default. */
    public boolean none() {
        return cluster == 0 && byPartition.values().stream().allMatch(v -> v == 0);
    }
}
