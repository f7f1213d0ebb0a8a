package org.hpcsim.models.slurm;

import java.util.BitSet;

/**
 * Per-switch sums over a set of nodes: how many lie below each switch, their CPUs and GPUs, and
 * the lightest weight tier among them. Leaves are summed from one walk of the set, upper switches
 * from their distinct leaves, so a call costs the set's size plus the tree's, with no allocation.
 */
final class SwitchCounts {
    private final SwitchTree tree;
    private final int[] leaves;
    private final int[] uppers;
    final int[] nodes;
    final long[] cpus;
    final long[] gpus;
    final int[] minTier;

    SwitchCounts(SwitchTree tree) {
        this.tree = tree;
        int n = tree.switchCount();
        int leafCount = 0;
        for (int s = 0; s < n; s++) {
            leafCount += tree.isLeaf(s) ? 1 : 0;
        }
        leaves = new int[leafCount];
        uppers = new int[n - leafCount];
        int l = 0;
        int u = 0;
        for (int s = 0; s < n; s++) {
            if (tree.isLeaf(s)) {
                leaves[l++] = s;
            } else {
                uppers[u++] = s;
            }
        }
        nodes = new int[n];
        cpus = new long[n];
        gpus = new long[n];
        minTier = new int[n];
    }

    /** The leaf switches in file order (shared: do not change). */
    int[] leaves() {
        return leaves;
    }

    /**
     * Sums over {@code set}: node {@code i} counts {@code cpuOf[i]} CPUs and {@code gpuOf[i]} GPUs
     * and lies in tier {@code tierOf[i]}. Nodes under no leaf switch count nowhere.
     */
    void count(BitSet set, int[] cpuOf, int[] gpuOf, int[] tierOf) {
        for (int l : leaves) {
            nodes[l] = 0;
            cpus[l] = 0;
            gpus[l] = 0;
            minTier[l] = Integer.MAX_VALUE;
        }
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            int l = tree.leafOf(i);
            if (l < 0) {
                continue;
            }
            nodes[l]++;
            cpus[l] += cpuOf[i];
            gpus[l] += gpuOf[i];
            minTier[l] = Math.min(minTier[l], tierOf[i]);
        }
        for (int u : uppers) {
            int n = 0;
            long c = 0;
            long g = 0;
            int t = Integer.MAX_VALUE;
            for (int l : tree.leavesBelow(u)) {
                n += nodes[l];
                c += cpus[l];
                g += gpus[l];
                t = Math.min(t, minTier[l]);
            }
            nodes[u] = n;
            cpus[u] = c;
            gpus[u] = g;
            minTier[u] = t;
        }
    }
}
