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
    /**
     * One interval [begin, end) and its unreserved nodes, as words; with the node sets of the
     * reservations that begin at its begin and of those that end there, so that a walk over many
     * intervals reads what changes from one to the next rather than every interval's words.
     */
    static final class Interval {
        long begin;
        long end;
        final long[] avail;
        /** Reservations beginning at {@code begin}; null when none. */
        List<Span> starting;
        /** Reservations ending at {@code begin}; null when none. */
        List<Span> ending;

        Interval(long begin, long end, long[] avail) {
            this.begin = begin;
            this.end = end;
            this.avail = avail;
        }

        private static List<Span> add(List<Span> to, Span s) {
            List<Span> list = to == null ? new ArrayList<>(2) : to;
            list.add(s);
            return list;
        }
    }

    /** A reservation's nodes: {@code words} (bit n of word n / 64 is node n), none outside [lo, hi). */
    record Span(int lo, int hi, long[] words) {
    }

    private final List<Interval> intervals = new ArrayList<>();
    private final int words;
    private final NodeSpaceRecords records;

    /** The plan of [begin, end) with {@code avail} free, for a cluster of {@code nodeCount} nodes. */
    NodeSpace(long begin, long end, BitSet avail, int nodeCount) {
        words = wordsFor(nodeCount);
        intervals.add(new Interval(begin, end, wordsOf(avail, words)));
        records = new NodeSpaceRecords(begin, end);
    }

    /** How many records slurmctld's node_space table would hold now (see {@link NodeSpaceRecords}). */
    int records() {
        return records.count();
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
        records.beforeReserve(start, intervals.get(0).avail);
        take(start, end, nodes);
        records.afterReserve(start, end, this::availAt);
    }

    /**
     * As {@link #reserve}, for an advance reservation (a maintenance window): slurmctld keeps those
     * out of its node_space table (job_test_resv takes their nodes out of each job's test), so no
     * record is counted. Their boundaries stay in this map's intervals; the records' merges compare
     * intervals with the window's nodes taken out, where slurmctld's records keep them in.
     */
    void block(long start, long end, BitSet nodes, long minLength) {
        start = Math.max(start, begin());
        take(start, Math.max(end, start + minLength), nodes);
    }

    /** The nodes of the interval that begins at {@code t} (one does). */
    private long[] availAt(long t) {
        int lo = 0;
        int hi = intervals.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (intervals.get(mid).begin <= t) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return intervals.get(lo).avail;
    }

    /** Splits intervals at {@code start} and {@code end} and takes {@code nodes} out of those between. */
    private void take(long start, long end, BitSet nodes) {
        int i = split(start);
        if (i < 0) {
            return; // starts past the window
        }
        int last = split(end);
        int stop = last < 0 ? intervals.size() : last;
        long[] taken = nodes.toLongArray();
        int n = Math.min(taken.length, words);
        int lo = 0;
        while (lo < n && taken[lo] == 0) {
            lo++;
        }
        for (int k = i; k < stop; k++) {
            long[] a = intervals.get(k).avail;
            for (int w = lo; w < n; w++) {
                a[w] &= ~taken[w];
            }
        }
        Span span = new Span(lo, n, taken);
        Interval first = intervals.get(i);
        first.starting = Interval.add(first.starting, span);
        if (last >= 0) {
            Interval after = intervals.get(last);
            after.ending = Interval.add(after.ending, span);
        }
    }

    /**
     * One try of backfill's plan loop over the map (backfill.c, the node_space walk with
     * TRY_LATER), from interval {@code first} (the first that ends after the try's start) for a
     * try that ends at {@code endTime}: narrows {@code avail} to the nodes unreserved in every
     * interval through the last that begins by then, and returns the time of a later try, the end
     * of the first interval (up to the one after that last) after which a node of {@code usable}
     * reserved on the way is free again, or 0 for none. Slurm's walk tests that by comparing each
     * interval with the next; here only the reservations that begin or end between them are read.
     */
    long narrowForTry(int first, long endTime, long[] usable, long[] avail) {
        if (first >= intervals.size()) {
            return 0;
        }
        int past = andThrough(first, endTime, avail);
        int freeing = firstFreeing(first + 1, Math.min(past + 1, intervals.size() - 1), usable);
        return freeing > 0 ? intervals.get(freeing).begin : 0;
    }

    /**
     * Narrows {@code avail} to the nodes unreserved in every interval from {@code from} through
     * the last that begins by {@code endTime}, and returns the index past that last one: the
     * first interval's words, less what reservations beginning in the later ones take.
     */
    private int andThrough(int from, long endTime, long[] avail) {
        long[] a = intervals.get(from).avail;
        for (int w = 0; w < avail.length; w++) {
            avail[w] &= a[w];
        }
        int j = from + 1;
        for (; j < intervals.size() && intervals.get(j).begin <= endTime; j++) {
            List<Span> starting = intervals.get(j).starting;
            if (starting != null) {
                for (Span span : starting) {
                    long[] t = span.words();
                    for (int w = span.lo(); w < span.hi(); w++) {
                        avail[w] &= ~t[w];
                    }
                }
            }
        }
        return j;
    }

    /**
     * The first interval index in [from, to] at whose begin a node of {@code nodes} comes free,
     * unreserved there but reserved in the interval before (a reservation on it ends then and no
     * other begins); -1 when none.
     */
    private int firstFreeing(int from, int to, long[] nodes) {
        for (int k = from; k <= to; k++) {
            Interval in = intervals.get(k);
            if (in.ending == null) {
                continue;
            }
            for (Span span : in.ending) {
                long[] t = span.words();
                for (int w = span.lo(); w < span.hi(); w++) {
                    if ((t[w] & nodes[w] & in.avail[w]) != 0) {
                        return k;
                    }
                }
            }
        }
        return -1;
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
