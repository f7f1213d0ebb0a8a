package org.hpcsim.models.slurm;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Backfill's plan of the future (backfill.c's node_space map): consecutive time intervals, each
 * with the nodes not yet reserved for a higher-priority pending job. Reservations hold whole
 * nodes, as in Slurm. Intervals are kept in time order; the first begins at the pass's start and
 * the last ends at the window's end.
 */
final class NodeSpace {
    /** One interval [begin, end) and its unreserved nodes. */
    static final class Interval {
        long begin;
        long end;
        final BitSet avail;

        Interval(long begin, long end, BitSet avail) {
            this.begin = begin;
            this.end = end;
            this.avail = avail;
        }
    }

    private final List<Interval> intervals = new ArrayList<>();

    NodeSpace(long begin, long end, BitSet avail) {
        intervals.add(new Interval(begin, end, (BitSet) avail.clone()));
    }

    List<Interval> intervals() {
        return intervals;
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
        for (int k = i; k < stop; k++) {
            intervals.get(k).avail.andNot(nodes);
        }
    }

    /** Whether any of {@code nodes} is reserved by someone else at some time in [start, end). */
    boolean overlaps(BitSet nodes, long start, long end) {
        for (Interval in : intervals) {
            if (in.end > start && in.begin < end) {
                BitSet missing = (BitSet) nodes.clone();
                missing.andNot(in.avail);
                if (!missing.isEmpty()) {
                    return true;
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
                Interval tail = new Interval(t, in.end, (BitSet) in.avail.clone());
                in.end = t;
                intervals.add(k + 1, tail);
                return k + 1;
            }
        }
        return -1;
    }
}
