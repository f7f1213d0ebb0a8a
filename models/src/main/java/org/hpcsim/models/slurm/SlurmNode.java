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
 * @param cpusPerCore the CPUs of one of its cores as select/cons_tres hands them out: ThreadsPerCore
 *                 where it allocates whole cores or sockets and the CPUs count threads, else 1
 * @param cpusPerSocket the CPUs of one of its sockets where select/cons_tres allocates whole sockets
 *                 (CR_Socket, CR_Socket_Memory), else 0
 * @param inService whether it may be allocated at all: false for a node slurm.conf leaves DOWN,
 *                 DRAIN, FAIL or FUTURE, which takes no job for the whole run
 */
public record SlurmNode(String name, int cpus, long memoryMb, int gpus, String gpuType, int weight,
                        List<String> features, int cpusPerCore, int cpusPerSocket, boolean inService) {
    /** Validates the node. */
    public SlurmNode {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a node needs a name");
        }
        if (cpus <= 0 || memoryMb < 0 || gpus < 0 || cpusPerCore <= 0 || cpus % cpusPerCore != 0
                || cpusPerSocket < 0 || cpusPerSocket > 0 && (cpus % cpusPerSocket != 0 || cpusPerSocket % cpusPerCore != 0)) {
            throw new IllegalArgumentException("node " + name + ": CPUs must be positive, whole cores and whole sockets,"
                    + " memory and GPUs not negative");
        }
        gpuType = gpuType == null ? "" : gpuType;
        features = features == null ? List.of() : List.copyOf(features.stream().sorted().toList());
    }

    /** A node whose CPUs are not allocated in whole sockets. */
    public SlurmNode(String name, int cpus, long memoryMb, int gpus, String gpuType, int weight,
                     List<String> features, int cpusPerCore, boolean inService) {
        this(name, cpus, memoryMb, gpus, gpuType, weight, features, cpusPerCore, 0, inService);
    }

    /** A node in service whose CPUs are not allocated in whole sockets. */
    public SlurmNode(String name, int cpus, long memoryMb, int gpus, String gpuType, int weight,
                     List<String> features, int cpusPerCore) {
        this(name, cpus, memoryMb, gpus, gpuType, weight, features, cpusPerCore, true);
    }

    /** A node in service whose CPUs are allocated one at a time. */
    public SlurmNode(String name, int cpus, long memoryMb, int gpus, String gpuType, int weight,
                     List<String> features) {
        this(name, cpus, memoryMb, gpus, gpuType, weight, features, 1);
    }

    /**
     * The CPUs a job is given at a time here: a socket's, a core's, or one; also what cons_tres
     * keeps back on a node for each further node a request must have ({@code _cpus_to_use}).
     */
    int unit() {
        return cpusPerSocket > 0 ? cpusPerSocket : cpusPerCore;
    }

    /**
     * {@code cpus} rounded up to whole allocation units (cores, or sockets) of this node: the
     * least free CPUs a node must have for a job to place {@code cpus} there.
     */
    int wholeUnits(int cpus) {
        int u = unit();
        return u == 1 ? cpus : (cpus + u - 1) / u * u;
    }

    /** {@code cpus} rounded down to whole allocation units (cores, or sockets) of this node. */
    int unitsWithin(int cpus) {
        int u = unit();
        return u == 1 ? cpus : cpus / u * u;
    }

    /**
     * The CPUs a job holds here when it places {@code cpus} of them (one per task) on this node,
     * which offers {@code offered} free CPUs in whole units. In whole cores, that count rounded up
     * to cores. In whole sockets, cons_tres 22.05 lays the tasks' cores out one socket after the
     * other, a core from each free socket in turn (dist_tasks.c, _cyclic_sync_core_bitmap), and
     * the job holds every socket it touched: on two free 4-core sockets -n 1 holds 4 CPUs, -n 3
     * holds 8, and -n 3 with one socket free holds 4 (a real slurmctld 22.05.8).
     */
    int held(int cpus, int offered) {
        if (cpusPerSocket == 0) {
            return Math.min(offered, wholeUnits(cpus));
        }
        int cores = (cpus + cpusPerCore - 1) / cpusPerCore;
        return Math.min(offered / cpusPerSocket, cores) * cpusPerSocket;
    }

    /** A plain node: CPUs only, weight 1, no features. */
    public static SlurmNode cpuOnly(String name, int cpus) {
        return new SlurmNode(name, cpus, 0, 0, "", 1, List.of());
    }
}
