package org.hpcsim.models.slurm;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * select/linear's choice of whole nodes without a switch tree, as {@link NodeSelector} asks for
 * it: the nodes of the lowest Weight alone first, then with the next weight tier added, and so on,
 * each set handed to {@link ConsecutiveBestFit}. Node sets are plain words (bit n of word n / 64 is
 * node n), and the union of the tiers up to each is kept as words, so one set costs one loop.
 */
final class TieredBestFit {
    private final ConsecutiveBestFit bestFit;
    /** Each node's CPUs and GPUs, read where an allocation is built. */
    private final int[] nodeCpus;
    private final int[] nodeGpus;
    /** Every node has one CPU and no GPU. */
    private final boolean singleCpuNodes;
    /** The words of the union of the tiers up to each. */
    private long[][] cumulative = new long[0][];
    private long[] candidates = new long[0];

    TieredBestFit(List<SlurmNode> nodes) {
        bestFit = new ConsecutiveBestFit(nodes);
        nodeCpus = nodes.stream().mapToInt(SlurmNode::cpus).toArray();
        nodeGpus = nodes.stream().mapToInt(SlurmNode::gpus).toArray();
        singleCpuNodes = nodes.stream().allMatch(n -> n.cpus() == 1 && n.gpus() == 0);
    }

    /** The node sets to try, in order. */
    void tiers(BitSet[] tiers) {
        cumulative = new long[tiers.length][];
        BitSet upTo = new BitSet();
        for (int t = 0; t < tiers.length; t++) {
            upTo.or(tiers[t]);
            cumulative[t] = upTo.toLongArray();
        }
    }

    /**
     * Whole nodes for {@code r} ({@code want} nodes at least) among the nodes offered
     * ({@code avail}) that are free ({@code usable}), or null.
     */
    Allocation place(JobRequest r, int want, long[] avail, long[] usable) {
        int words = Math.min(avail.length, usable.length);
        if (candidates.length < words) {
            candidates = new long[words];
        }
        long[] c = candidates;
        for (long[] tier : cumulative) {
            int n = Math.min(words, tier.length);
            long any = 0;
            for (int w = 0; w < n; w++) {
                c[w] = tier[w] & avail[w] & usable[w];
                any |= c[w];
            }
            if (any == 0) {
                continue;
            }
            int[] picked = bestFit.pick(c, n, want, r.cpus(), r.gpus());
            if (picked != null) {
                return inOrder(picked); // best fit picks in index order
            }
        }
        return null;
    }

    /** Whole nodes {@code picked}, in any order. */
    Allocation whole(int[] picked) {
        Arrays.sort(picked);
        return inOrder(picked);
    }

    /** Whole nodes {@code picked}, already in index order. */
    private Allocation inOrder(int[] picked) {
        int[] c = new int[picked.length];
        int[] g = new int[picked.length];
        if (singleCpuNodes) {
            Arrays.fill(c, 1); // and no GPU
        } else {
            for (int k = 0; k < picked.length; k++) {
                c[k] = nodeCpus[picked[k]];
                g[k] = nodeGpus[picked[k]];
            }
        }
        return new Allocation(picked, c, g, true);
    }
}
