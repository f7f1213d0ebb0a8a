package org.hpcsim.models.slurm;

import java.util.Map;

/**
 * Whether select/cons_tres counts memory as a consumable resource (SelectTypeParameters
 * CR_Core_Memory, CR_CPU_Memory, CR_Socket_Memory or CR_Memory) and what a job that asks for no
 * memory gets on each node. Without it, {@code --mem} and {@code --mem-per-cpu} only keep a job off
 * nodes whose RealMemory is smaller, and any number of jobs share a node's memory.
 *
 * @param consumable     whether memory is counted
 * @param defMemPerCpuMb DefMemPerCPU in MB; 0 (slurm.conf(5): "The default value is 0 (unlimited)")
 *                       means a job asking for no memory gets all of each node's memory, as
 *                       sbatch(1) --mem=0 does ("grants the job access to all of the memory on each
 *                       node"), so no other job shares its nodes
 * @param partitionDefMemPerCpuMb partitions' own DefMemPerCPU by partition name, which replaces
 *                       the cluster's for their jobs (job_mgr.c, job_limits_check: the partition's
 *                       def_mem_per_cpu when set, else the cluster's); partitions without one are absent
 * @param ceiling        the cluster's MaxMemPerCPU or MaxMemPerNode ({@link MemoryCeiling#NONE}: none)
 * @param partitionCeilings partitions' own MaxMemPerCPU or MaxMemPerNode by partition name, which
 *                       replaces the cluster's for their jobs (job_mgr.c, _valid_pn_min_mem: the
 *                       partition's max_mem_per_cpu when set, else the cluster's); see {@link MemoryCeilings}
 */
public record ConsumableMemory(boolean consumable, long defMemPerCpuMb, Map<String, Long> partitionDefMemPerCpuMb,
                               MemoryCeiling ceiling, Map<String, MemoryCeiling> partitionCeilings) {
    /** Memory not counted: the model before memory was modelled, and slurm.conf's CR_Core or CR_CPU. */
    public static final ConsumableMemory NONE = new ConsumableMemory(false, 0);

    /** Rejects negative defaults and copies the partitions'. */
    public ConsumableMemory {
        partitionDefMemPerCpuMb = Map.copyOf(partitionDefMemPerCpuMb);
        partitionCeilings = Map.copyOf(partitionCeilings);
        ceiling = ceiling == null ? MemoryCeiling.NONE : ceiling;
        if (defMemPerCpuMb < 0 || partitionDefMemPerCpuMb.values().stream().anyMatch(v -> v <= 0)) {
            throw new IllegalArgumentException("DefMemPerCPU must not be negative (a partition's must be positive)");
        }
        if (partitionCeilings.values().stream().anyMatch(MemoryCeiling::none)) {
            throw new IllegalArgumentException("a partition's own memory limit must be positive");
        }
    }

    /** Memory counted or not with per-partition DefMemPerCPU and no memory limits. */
    public ConsumableMemory(boolean consumable, long defMemPerCpuMb, Map<String, Long> partitionDefMemPerCpuMb) {
        this(consumable, defMemPerCpuMb, partitionDefMemPerCpuMb, MemoryCeiling.NONE, Map.of());
    }

    /** Memory counted or not with one DefMemPerCPU for every partition. */
    public ConsumableMemory(boolean consumable, long defMemPerCpuMb) {
        this(consumable, defMemPerCpuMb, Map.of());
    }

    /** Memory counted, with DefMemPerCPU {@code defMemPerCpuMb} (0: all of a node for a job that asks none). */
    public static ConsumableMemory counted(long defMemPerCpuMb) {
        return new ConsumableMemory(true, defMemPerCpuMb);
    }

    /** Memory counted, with partition {@code partition}'s own DefMemPerCPU {@code mb} as well. */
    public ConsumableMemory withPartitionDefault(String partition, long mb) {
        Map<String, Long> m = new java.util.HashMap<>(partitionDefMemPerCpuMb);
        m.put(partition, mb);
        return new ConsumableMemory(consumable, defMemPerCpuMb, m, ceiling, partitionCeilings);
    }

    /** This policy with the cluster's memory limit {@code c}. */
    public ConsumableMemory withCeiling(MemoryCeiling c) {
        return new ConsumableMemory(consumable, defMemPerCpuMb, partitionDefMemPerCpuMb, c, partitionCeilings);
    }

    /** This policy with partition {@code partition}'s own memory limit {@code c}. */
    public ConsumableMemory withPartitionCeiling(String partition, MemoryCeiling c) {
        Map<String, MemoryCeiling> m = new java.util.HashMap<>(partitionCeilings);
        m.put(partition, c);
        return new ConsumableMemory(consumable, defMemPerCpuMb, partitionDefMemPerCpuMb, ceiling, m);
    }

    /**
     * The memory limit jobs meet in partition {@code name}: its own, else the cluster's; none where
     * memory is not counted.
     */
    MemoryCeiling ceilingIn(String name) {
        return consumable ? partitionCeilings.getOrDefault(name, ceiling) : MemoryCeiling.NONE;
    }

    /** The DefMemPerCPU partition {@code name} sets itself, 0 when it sets none (the cluster's applies). */
    long partitionDefault(String name) {
        return consumable ? partitionDefMemPerCpuMb.getOrDefault(name, 0L) : 0;
    }

    /**
     * MB per CPU a job of shape {@code s} holds: its --mem-per-cpu (or its partition's
     * DefMemPerCPU, which the shape carries), else the cluster's DefMemPerCPU when it asked no
     * --mem; 0 when its memory is not per CPU.
     */
    long perCpu(RequestShape s) {
        if (s.memoryMb() > 0) {
            return 0;
        }
        return s.memoryPerCpuMb() > 0 ? s.memoryPerCpuMb() : defMemPerCpuMb;
    }

    /** MB a job of shape {@code s} holds on {@code node} when it takes {@code cpus} CPUs there. */
    long need(SlurmNode node, int cpus, RequestShape s) {
        if (!consumable) {
            return 0;
        }
        if (s.memoryMb() > 0) {
            return s.memoryMb();
        }
        long perCpu = perCpu(s);
        return perCpu > 0 ? perCpu * cpus : node.memoryMb();
    }

    /**
     * The most CPUs, up to {@code cpus}, that a request of shape {@code s} may take on
     * {@code node} with {@code freeMb} still free there: {@code cpus} when memory is not counted, 0
     * when the node cannot hold it (cons_tres: with memory per CPU, the CPUs the free memory pays for).
     */
    int cpusFitting(SlurmNode node, int cpus, RequestShape s, long freeMb) {
        if (!consumable) {
            return cpus;
        }
        long perCpu = perCpu(s);
        if (perCpu > 0) {
            return (int) Math.min(cpus, freeMb / perCpu);
        }
        return need(node, cpus, s) <= freeMb ? cpus : 0;
    }

    /** The memory a request of shape {@code s} holds on each of {@code picked} with the CPUs {@code c}; null when not counted. */
    long[] held(java.util.List<SlurmNode> nodes, RequestShape s, int[] picked, int[] c) {
        if (!consumable) {
            return null;
        }
        long[] m = new long[picked.length];
        for (int k = 0; k < picked.length; k++) {
            m[k] = need(nodes.get(picked[k]), c[k], s);
        }
        return m;
    }
}
