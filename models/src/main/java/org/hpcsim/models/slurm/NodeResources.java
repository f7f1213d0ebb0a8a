package org.hpcsim.models.slurm;

import java.util.BitSet;
import java.util.List;

/**
 * What is free on every node: CPUs, GPUs, counted memory and how many jobs hold each node. The scheduler keeps one
 * for now; backfill copies it to project what will be free when running jobs end.
 */
final class NodeResources {
    final int[] freeCpus;
    final int[] freeGpus;
    /** MB of memory not held by a job (only select/cons_tres with memory counted takes any). */
    final long[] freeMemory;
    final int[] jobs;
    final boolean[] wholeHeld;
    /** Nodes no job holds. */
    final BitSet idle = new BitSet();
    /** Nodes a job may share: not held whole and with a CPU free. */
    final BitSet open = new BitSet();
    /**
     * Per partition with a MaxCPUsPerNode (by {@link PartitionCpuCap#slot}), the CPUs its jobs hold on
     * each node.
     */
    final int[][] partitionCpus;

    NodeResources(List<SlurmNode> nodes) {
        this(nodes, 0);
    }

    /** All of {@code nodes} free, with {@code cappedPartitions} partitions' CPUs counted per node. */
    NodeResources(List<SlurmNode> nodes, int cappedPartitions) {
        int n = nodes.size();
        partitionCpus = new int[cappedPartitions][n];
        freeCpus = new int[n];
        freeGpus = new int[n];
        freeMemory = new long[n];
        jobs = new int[n];
        wholeHeld = new boolean[n];
        for (int i = 0; i < n; i++) {
            freeCpus[i] = nodes.get(i).cpus();
            freeGpus[i] = nodes.get(i).gpus();
            freeMemory[i] = nodes.get(i).memoryMb();
        }
        idle.set(0, n);
        open.set(0, n);
    }

    private NodeResources(NodeResources other) {
        freeCpus = other.freeCpus.clone();
        freeGpus = other.freeGpus.clone();
        freeMemory = other.freeMemory.clone();
        jobs = other.jobs.clone();
        wholeHeld = other.wholeHeld.clone();
        partitionCpus = new int[other.partitionCpus.length][];
        for (int c = 0; c < partitionCpus.length; c++) {
            partitionCpus[c] = other.partitionCpus[c].clone();
        }
        idle.or(other.idle);
        open.or(other.open);
    }

    NodeResources copy() {
        return new NodeResources(this);
    }

    /** Copies {@code other}'s state into this one (same cluster). */
    void copyFrom(NodeResources other) {
        System.arraycopy(other.freeCpus, 0, freeCpus, 0, freeCpus.length);
        System.arraycopy(other.freeGpus, 0, freeGpus, 0, freeGpus.length);
        System.arraycopy(other.freeMemory, 0, freeMemory, 0, freeMemory.length);
        System.arraycopy(other.jobs, 0, jobs, 0, jobs.length);
        System.arraycopy(other.wholeHeld, 0, wholeHeld, 0, wholeHeld.length);
        for (int c = 0; c < partitionCpus.length; c++) {
            System.arraycopy(other.partitionCpus[c], 0, partitionCpus[c], 0, partitionCpus[c].length);
        }
        idle.clear();
        idle.or(other.idle);
        open.clear();
        open.or(other.open);
    }

    /** Makes node {@code n}'s state here what it is in {@code other}. */
    void copyNode(NodeResources other, int n) {
        freeCpus[n] = other.freeCpus[n];
        freeGpus[n] = other.freeGpus[n];
        freeMemory[n] = other.freeMemory[n];
        jobs[n] = other.jobs[n];
        wholeHeld[n] = other.wholeHeld[n];
        for (int c = 0; c < partitionCpus.length; c++) {
            partitionCpus[c][n] = other.partitionCpus[c][n];
        }
        mark(idle, n, other.idle.get(n));
        mark(open, n, other.open.get(n));
    }

    /**
     * Sets bit {@code n} of {@code set} to {@code on} only when it differs: BitSet.clear rescans for
     * the highest word in use on every call, which made restoring a will-run projection node by
     * node the largest cost of backfill on shared nodes.
     */
    private static void mark(BitSet set, int n, boolean on) {
        if (set.get(n) != on) {
            set.set(n, on);
        }
    }

    /** The CPUs {@code r} may take on node {@code i}: those free, within its partition's MaxCPUsPerNode. */
    int cpusFor(JobRequest r, int i) {
        PartitionCpuCap cap = r.cpuCap();
        return cap.none() ? freeCpus[i] : Math.min(freeCpus[i], Math.max(0, cap.maxCpus() - partitionCpus[cap.slot()][i]));
    }

    boolean idle(int node) {
        return jobs[node] == 0;
    }

    void take(Allocation a) {
        for (int k = 0; k < a.nodeCount(); k++) {
            int n = a.node(k);
            freeCpus[n] -= a.cpus(k);
            freeGpus[n] -= a.gpus(k);
            freeMemory[n] -= a.memoryMb(k);
            jobs[n]++;
            wholeHeld[n] = a.whole();
            if (a.capSlot() >= 0) {
                partitionCpus[a.capSlot()][n] += a.cpus(k);
            }
            if (freeCpus[n] < 0 || freeGpus[n] < 0 || freeMemory[n] < 0) {
                throw new IllegalStateException("node " + n + " oversubscribed");
            }
            mark(idle, n, false);
            mark(open, n, !wholeHeld[n] && freeCpus[n] > 0);
        }
    }

    void release(Allocation a) {
        for (int k = 0; k < a.nodeCount(); k++) {
            int n = a.node(k);
            freeCpus[n] += a.cpus(k);
            freeGpus[n] += a.gpus(k);
            freeMemory[n] += a.memoryMb(k);
            if (a.capSlot() >= 0) {
                partitionCpus[a.capSlot()][n] -= a.cpus(k);
            }
            jobs[n]--;
            if (jobs[n] == 0) {
                wholeHeld[n] = false;
                idle.set(n);
            }
            mark(open, n, !wholeHeld[n] && freeCpus[n] > 0);
        }
    }
}
