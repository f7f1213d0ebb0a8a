package org.hpcsim.models.slurm;

import java.util.Arrays;
import java.util.TreeSet;
import java.util.function.LongFunction;

/**
 * How many records slurmctld's node_space table holds in a backfill pass, for bf_node_space_size
 * (backfill.c, 22.05, _add_reservation). The table starts with one record for the whole window.
 * A reservation inserts a record at its start unless one begins there already, and one at its end
 * unless one begins there or the end is at or past the window's end. A reservation from the map's
 * very start still inserts one, leaving the first record empty ([begin, begin)). Afterwards one
 * pair of neighbouring records with the same nodes, the first such pair from the record before
 * the one the reservation starts in through the record after the one it ends in, is merged into
 * one; the count is not lowered, but the merged boundary is gone, so a later reservation there
 * inserts a record again. {@link NodeSpace} keeps its intervals unmerged (a merge joins two
 * intervals with the same nodes, which no walk over them tells apart); this class keeps which of
 * their boundaries slurmctld's list still has, and the count.
 */
final class NodeSpaceRecords {
    /** Stands for the empty first record in a list of record begins. */
    private static final long EMPTY_FIRST = Long.MIN_VALUE;

    private final long begin;
    private final long end;
    /** Begins of the records after the one that begins at {@link #begin}. */
    private final TreeSet<Long> begins = new TreeSet<>();
    /** Whether the first record was cut to [begin, begin) by a reservation from the start. */
    private boolean emptyFirst;
    /** The nodes of that empty record: the first interval's before that reservation. */
    private long[] emptyFirstAvail;
    private int count = 1;

    /** The table of a pass whose map covers [begin, end). */
    NodeSpaceRecords(long begin, long end) {
        this.begin = begin;
        this.end = end;
    }

    /** Records the pass's table holds. */
    int count() {
        return count;
    }

    /**
     * Before a reservation from {@code start} (at least the map's begin) takes its nodes out:
     * counts the record inserted at its start. {@code firstAvail} is the first interval's nodes now.
     */
    void beforeReserve(long start, long[] firstAvail) {
        if (start >= end) {
            return;
        }
        if (start == begin) {
            if (!emptyFirst) {
                emptyFirst = true;
                emptyFirstAvail = firstAvail.clone();
                count++;
            }
        } else if (begins.add(start)) {
            count++;
        }
    }

    /**
     * After a reservation over [{@code start}, {@code stop}) took its nodes out: counts the record
     * inserted at its end and merges the first pair of like records around it; {@code availAt}
     * gives the nodes of the interval that begins at a time.
     */
    void afterReserve(long start, long stop, LongFunction<long[]> availAt) {
        if (start > end) {
            return;
        }
        if (stop < end && begins.add(stop)) {
            count++;
        }
        long from = oneBefore(start);
        long upTo = stop < end ? stop : Long.MAX_VALUE; // the record after the one the reservation ends in
        long at = from;
        while (at != upTo) {
            long next = next(at);
            if (next == Long.MAX_VALUE) {
                return;
            }
            if (Arrays.equals(availOf(at, availAt), availOf(next, availAt))) {
                if (next == begin) {
                    emptyFirst = false;
                } else {
                    begins.remove(next);
                }
                return;
            }
            at = next;
        }
    }

    /** The record before the one a reservation from {@code start} is placed in (the first record if none). */
    private long oneBefore(long start) {
        if (start <= begin) {
            return emptyFirst ? EMPTY_FIRST : begin;
        }
        Long lower = begins.lower(start);
        long placed = lower == null ? begin : lower;
        if (placed == begin) {
            return emptyFirst ? EMPTY_FIRST : begin;
        }
        Long before = begins.lower(placed);
        return before == null ? begin : before;
    }

    /** The record after the one that begins at {@code at}, or Long.MAX_VALUE when none. */
    private long next(long at) {
        if (at == EMPTY_FIRST) {
            return begin;
        }
        Long n = begins.higher(at);
        return n == null ? Long.MAX_VALUE : n;
    }

    private long[] availOf(long at, LongFunction<long[]> availAt) {
        return at == EMPTY_FIRST ? emptyFirstAvail : availAt.apply(at);
    }
}
