package org.hpcsim.models.slurm;

/**
 * Whether select/cons_tres counts memory as a consumable resource (SelectTypeParameters
 * CR_Core_Memory, CR_CPU_Memory, CR_Socket_Memory or CR_Memory) and what a job that asks for no
 * memory gets on each node. Without it, {@code --mem} only keeps a job off nodes whose RealMemory
 * is smaller, and any number of jobs share a node's memory.
 *
 * @param consumable    whether memory is counted
 * @param defMemPerCpuMb DefMemPerCPU in MB; 0 (slurm.conf(5): "The default value is 0 (unlimited)")
 *                      means a job asking for no memory gets all of each node's memory, as
 *                      sbatch(1) --mem=0 does ("grants the job access to all of the memory on each
 *                      node"), so no other job shares its nodes
 */
public record ConsumableMemory(boolean consumable, long defMemPerCpuMb) {
    /** Memory not counted: the model before memory was modelled, and slurm.conf's CR_Core or CR_CPU. */
    public static final ConsumableMemory NONE = new ConsumableMemory(false, 0);

    /** Rejects a negative default. */
    public ConsumableMemory {
        if (defMemPerCpuMb < 0) {
            throw new IllegalArgumentException("DefMemPerCPU must not be negative");
        }
    }

    /** Memory counted, with DefMemPerCPU {@code defMemPerCpuMb} (0: all of a node for a job that asks none). */
    public static ConsumableMemory counted(long defMemPerCpuMb) {
        return new ConsumableMemory(true, defMemPerCpuMb);
    }

    /**
     * MB a job holds on {@code node} when it takes {@code cpus} CPUs there and asked for
     * {@code askedMb} per node (0: none).
     */
    long need(SlurmNode node, int cpus, long askedMb) {
        if (!consumable) {
            return 0;
        }
        if (askedMb > 0) {
            return askedMb;
        }
        return defMemPerCpuMb > 0 ? defMemPerCpuMb * cpus : node.memoryMb();
    }
}
