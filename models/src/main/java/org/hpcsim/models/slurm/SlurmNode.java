package org.hpcsim.models.slurm;

import java.util.List;

/**
 * One node as a slurm.conf NodeName line describes it.
 *
 * @param name     the node's name
 * @param cpus     CPUs Slurm may allocate on it
 * @param memoryMb RealMemory in MB
 * @param gpus     GPUs (GRES gpu) on it
 * @param gpuType  the GPU model ("a100"), or "" when the GRES names none
 * @param weight   scheduling weight: nodes of lower weight are allocated first
 * @param features features a job's --constraint can ask for, sorted
 * @param cpusPerCore the CPUs a job gets at a time on it: ThreadsPerCore where select/cons_tres
 *                 allocates whole cores (CR_Core, CR_Core_Memory), else 1
 * @param inService whether it may be allocated at all: false for a node slurm.conf leaves DOWN,
 *                 DRAIN, FAIL or FUTURE, which takes no job for the whole run
 */
public record SlurmNode(String name, int cpus, long memoryMb, int gpus, String gpuType, int weight,
                        List<String> features, int cpusPerCore, boolean inService) {
    /** Validates the node. */
    public SlurmNode {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a node needs a name");
        }
        if (cpus <= 0 || memoryMb < 0 || gpus < 0 || cpusPerCore <= 0 || cpus % cpusPerCore != 0) {
            throw new IllegalArgumentException("node " + name + ": CPUs must be positive and whole cores,"
                    + " memory and GPUs not negative");
        }
        gpuType = gpuType == null ? "" : gpuType;
        features = features == null ? List.of() : List.copyOf(features.stream().sorted().toList());
    }

    /** A node in service. */
    public SlurmNode(String name, int cpus, long memoryMb, int gpus, String gpuType, int weight,
                     List<String> features, int cpusPerCore) {
        this(name, cpus, memoryMb, gpus, gpuType, weight, features, cpusPerCore, true);
    }

    /** A node in service whose CPUs are allocated one at a time. */
    public SlurmNode(String name, int cpus, long memoryMb, int gpus, String gpuType, int weight,
                     List<String> features) {
        this(name, cpus, memoryMb, gpus, gpuType, weight, features, 1);
    }

    /** {@code cpus} rounded up to whole cores of this node. */
    int wholeCores(int cpus) {
        return cpusPerCore == 1 ? cpus : (cpus + cpusPerCore - 1) / cpusPerCore * cpusPerCore;
    }

    /** {@code cpus} rounded down to whole cores of this node. */
    int coresWithin(int cpus) {
        return cpusPerCore == 1 ? cpus : cpus / cpusPerCore * cpusPerCore;
    }

    /** A plain node: CPUs only, weight 1, no features. */
    public static SlurmNode cpuOnly(String name, int cpus) {
        return new SlurmNode(name, cpus, 0, 0, "", 1, List.of());
    }
}
