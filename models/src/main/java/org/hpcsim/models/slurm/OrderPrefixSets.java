package org.hpcsim.models.slurm;

import java.util.Arrays;

/**
 * The nodes of a fixed order (busy nodes by free time) kept as cumulative sets at block
 * boundaries, so that "how far into the order until {@code need} nodes of a set have come" costs
 * a binary search of set intersections plus one block's scan, instead of a walk over the whole
 * order. At most about 128 blocks are kept, so the sets take about twice the cluster's node count
 * in longs.
 */
final class OrderPrefixSets {
    /** prefix[j]: the words of the set of the first j * block nodes of the order. */
    private long[][] prefix = new long[0][];
    private int blocks;
    private int block;
    private boolean valid;

    /** The order changed: rebuild before the next query. */
    void invalidate() {
        valid = false;
    }

    /** Builds the sets for the first {@code count} entries of {@code order}, unless still valid. */
    void buildIfNeeded(int[] order, int count, int nodeCount) {
        if (valid) {
            return;
        }
        int words = (nodeCount + 63) >>> 6;
        block = Math.max(64, (count + 127) / 128);
        blocks = count / block + 1;
        if (prefix.length < blocks || (blocks > 0 && prefix[0].length != words)) {
            prefix = new long[Math.max(blocks, prefix.length)][words];
        }
        Arrays.fill(prefix[0], 0L);
        for (int j = 1; j < blocks; j++) {
            long[] w = prefix[j];
            System.arraycopy(prefix[j - 1], 0, w, 0, words);
            for (int p = (j - 1) * block; p < j * block; p++) {
                int n = order[p];
                w[n >>> 6] |= 1L << n;
            }
        }
        valid = true;
    }

    /**
     * The smallest p such that the first p entries of {@code order} hold {@code need} nodes of the
     * set whose words are {@code setWords}, or -1 when all {@code count} do not; need >= 1.
     */
    int firstPrefixHolding(int need, long[] setWords, int[] order, int count) {
        int lo = 0;
        int hi = blocks - 1;
        while (lo < hi) { // the last block boundary with fewer than need
            int mid = (lo + hi + 1) >>> 1;
            if (countIn(mid, setWords) < need) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int have = countIn(lo, setWords);
        for (int p = lo * block; p < count; p++) {
            if (holds(setWords, order[p]) && ++have >= need) {
                return p + 1;
            }
        }
        return -1;
    }

    /**
     * Adds to {@code into} the nodes of the set whose words are {@code setWords} among the first
     * {@code p} entries of {@code order}; returns how many there are.
     */
    int addAmong(int p, long[] setWords, int[] order, long[] into) {
        int j = p / block;
        long[] w = prefix[j];
        int n = Math.min(w.length, Math.min(setWords.length, into.length));
        int found = 0;
        for (int i = 0; i < n; i++) {
            long f = w[i] & setWords[i];
            found += Long.bitCount(f);
            into[i] |= f;
        }
        for (int q = j * block; q < p; q++) {
            int node = order[q];
            if (holds(setWords, node)) {
                into[node >>> 6] |= 1L << node;
                found++;
            }
        }
        return found;
    }

    /** How many nodes of the set whose words are {@code setWords} are among the first {@code p} entries of {@code order}. */
    int countAmong(int p, long[] setWords, int[] order) {
        int j = p / block;
        int found = countIn(j, setWords);
        for (int q = j * block; q < p; q++) {
            if (holds(setWords, order[q])) {
                found++;
            }
        }
        return found;
    }

    private static boolean holds(long[] words, int node) {
        int w = node >>> 6;
        return w < words.length && (words[w] & (1L << node)) != 0;
    }

    private int countIn(int j, long[] setWords) {
        long[] w = prefix[j];
        int n = Math.min(w.length, setWords.length);
        int c = 0;
        for (int i = 0; i < n; i++) {
            c += Long.bitCount(w[i] & setWords[i]);
        }
        return c;
    }
}
