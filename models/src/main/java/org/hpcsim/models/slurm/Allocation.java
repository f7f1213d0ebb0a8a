package org.hpcsim.models.slurm;

import java.util.BitSet;

/**
 * The resources one job holds: for each of its nodes, the CPUs, GPUs and memory it took there, and
 * whether it took the nodes whole (select/linear, --exclusive).
 */
public final class Allocation {
    private final int[] nodes;
    private final int[] cpus;
    private final int[] gpus;
    /** MB of counted memory held on each node, or null when none is counted. */
    private final long[] memoryMb;
    private final boolean whole;
    /** The row of {@link NodeResources#partitionCpus} its CPUs count in: its partition's MaxCPUsPerNode; -1 for none. */
    private final int capSlot;

    Allocation(int[] nodes, int[] cpus, int[] gpus, boolean whole) {
        this(nodes, cpus, gpus, null, whole);
    }

    Allocation(int[] nodes, int[] cpus, int[] gpus, long[] memoryMb, boolean whole) {
        this(nodes, cpus, gpus, memoryMb, whole, -1);
    }

    Allocation(int[] nodes, int[] cpus, int[] gpus, long[] memoryMb, boolean whole, int capSlot) {
        this.nodes = nodes;
        this.cpus = cpus;
        this.gpus = gpus;
        this.memoryMb = memoryMb;
        this.whole = whole;
        this.capSlot = capSlot;
    }

    /** The row of {@link NodeResources#partitionCpus} its CPUs count in, or -1. */
    int capSlot() {
        return capSlot;
    }

    /** The nodes held, as a set of node indexes. */
    BitSet nodeSet() {
        int high = 0;
        for (int n : nodes) {
            high = Math.max(high, n);
        }
        long[] words = new long[(high >>> 6) + 1];
        for (int n : nodes) {
            words[n >>> 6] |= 1L << n;
        }
        return BitSet.valueOf(words);
    }

    /** Nodes held. */
    public int nodeCount() {
        return nodes.length;
    }

    /** Index (in the cluster's node list) of the {@code k}-th node held. */
    public int node(int k) {
        return nodes[k];
    }

    /** Indices of the nodes held, in the order they were taken (a copy). */
    public int[] nodeIndices() {
        return nodes.clone();
    }

    /** CPUs held on the {@code k}-th node. */
    public int cpus(int k) {
        return cpus[k];
    }

    /** GPUs held on the {@code k}-th node. */
    public int gpus(int k) {
        return gpus[k];
    }

    /** MB of memory held on the {@code k}-th node; 0 when select/cons_tres does not count memory. */
    public long memoryMb(int k) {
        return memoryMb == null ? 0 : memoryMb[k];
    }

    /** Whether the nodes are held whole, shared with no other job. */
    public boolean whole() {
        return whole;
    }

    /** CPUs held in all. */
    public long totalCpus() {
        long sum = 0;
        for (int c : cpus) {
            sum += c;
        }
        return sum;
    }

    /** GPUs held in all. */
    public long totalGpus() {
        long sum = 0;
        for (int g : gpus) {
            sum += g;
        }
        return sum;
    }
}
