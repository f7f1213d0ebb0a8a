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
    /** The first word of {@link #spanWords} in a cluster-wide node bitmap (64 nodes a word). */
    private int firstWord;
    /** The nodes held, as the words of a node bitmap from {@link #firstWord}; built on first use. */
    private long[] spanWords;

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

    /**
     * Whether it holds any node of {@code words}, a node bitmap of the cluster (64 nodes a word):
     * a test over the words its nodes span, which are few when its nodes lie together.
     */
    boolean holdsAnyOf(long[] words) {
        if (spanWords == null) {
            buildSpan();
        }
        int last = Math.min(firstWord + spanWords.length, words.length);
        for (int w = firstWord; w < last; w++) {
            if ((words[w] & spanWords[w - firstWord]) != 0) {
                return true;
            }
        }
        return false;
    }

    private void buildSpan() {
        int low = Integer.MAX_VALUE;
        int high = -1;
        for (int n : nodes) {
            low = Math.min(low, n);
            high = Math.max(high, n);
        }
        if (high < 0) {
            firstWord = 0;
            spanWords = new long[0];
            return;
        }
        firstWord = low >>> 6;
        long[] span = new long[(high >>> 6) - firstWord + 1];
        for (int n : nodes) {
            span[(n >>> 6) - firstWord] |= 1L << n;
        }
        spanWords = span;
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
