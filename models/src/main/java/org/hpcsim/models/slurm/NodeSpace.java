package org.hpcsim.models.slurm;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Backfill's plan of the future (backfill.c's node_space map): consecutive time intervals, each
 * with the nodes not yet reserved for a higher-priority pending job. Reservations hold whole
 * nodes, as in Slurm. Intervals are kept in time order; the first begins at the pass's start and
 * the last ends at the window's end. Node sets are plain words of one length (bit n of word
 * n / 64 is node n), so the plan's walk over them costs one loop per interval.
 */
final class NodeSpace {
    /** One interval [begin, end) and its unreserved nodes, as words. */
    static final class Interval {
        long begin;
        long end;
        final long[] avail;

        Interval(long begin, long end, long[] avail) {
            this.begin = begin;
            this.end = end;
            this.avail = avail;
        }
    }

    private final List<Interval> intervals = new ArrayList<>();
    private final int words;

    /** The plan of [begin, end) with {@code avail} free, for a cluster of {@code nodeCount} nodes. */
    NodeSpace(long begin, long end, BitSet avail, int nodeCount) {
        words = wordsFor(nodeCount);
        intervals.add(new Interval(begin, end, wordsOf(avail, words)));
    }

    /** Words needed for {@code nodeCount} nodes. */
    static int wordsFor(int nodeCount) {
        return (nodeCount + 63) >>> 6;
    }

    /** {@code set} as exactly {@code words} words (bits past them are dropped). */
    static long[] wordsOf(BitSet set, int words) {
        long[] w = set.toLongArray();
        return w.length == words ? w : java.util.Arrays.copyOf(w, words);
    }

    List<Interval> intervals() {
        return intervals;
    }

    /** How many words each interval's set has. */
    int words() {
        return words;
    }

    long begin() {
        return intervals.get(0).begin;
    }

    /** The end of the window. */
    long end() {
        return intervals.get(intervals.size() - 1).end;
    }

    /**
     * Reserves {@code nodes} over [start, end): splits intervals at the ends and takes the nodes
     * out of every interval between. A reservation covers at least {@code minLength}.
     */
    void reserve(long start, long end, BitSet nodes, long minLength) {
        start = Math.max(start, begin());
        end = Math.max(end, start + minLength);
        int i = split(start);
        if (i < 0) {
            return; // starts past the window
        }
        int last = split(end);
        int stop = last < 0 ? intervals.size() : last;
        long[] taken = nodes.toLongArray();
        int n = Math.min(taken.length, words);
        for (int k = i; k < stop; k++) {
            long[] a = intervals.get(k).avail;
            for (int w = 0; w < n; w++) {
                a[w] &= ~taken[w];
            }
        }
    }

    /** Whether any node of {@code a} is reserved by someone else at some time in [start, end). */
    boolean overlaps(Allocation a, long start, long end) {
        for (Interval in : intervals) {
            if (in.end > start && in.begin < end) {
                for (int k = 0; k < a.nodeCount(); k++) {
                    int n = a.node(k);
                    if ((in.avail[n >>> 6] & (1L << n)) == 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Makes an interval begin at {@code t} and returns its index, or -1 when t is at or past the window's end. */
    private int split(long t) {
        for (int k = 0; k < intervals.size(); k++) {
            Interval in = intervals.get(k);
            if (in.begin == t) {
                return k;
            }
            if (in.begin < t && t < in.end) {
                Interval tail = new Interval(t, in.end, in.avail.clone());
                in.end = t;
                intervals.add(k + 1, tail);
                return k + 1;
            }
        }
        return -1;
    }
}
