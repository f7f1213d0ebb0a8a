package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * One try of backfill's plan loop reads only the reservations that begin or end inside its
 * window; it must answer exactly as Slurm's walk, which compares every interval's nodes with the
 * next's: the nodes unreserved throughout the window, and the end of the first interval after
 * which a usable node reserved on the way is free again. The reference below is that walk,
 * written out again over every interval's words, on maps of overlapping reservations (as
 * maintenance windows may overlap) on clusters whose size is not a multiple of 64.
 */
class NodeSpaceProperties {
    private static final long STEP = 60;

    @Property(tries = 300)
    void shouldNarrowAndFindTheNextTryAsTheFullWalkDoes(@ForAll long seed,
                                                         @ForAll @IntRange(min = 1, max = 300) int size) {
        Random rnd = new Random(seed);
        long begin = STEP * rnd.nextInt(5);
        long end = begin + STEP * (20 + rnd.nextInt(200));
        BitSet up = new BitSet();
        for (int i = 0; i < size; i++) {
            up.set(i, rnd.nextInt(10) > 0);
        }
        NodeSpace space = new NodeSpace(begin, end, up, size);
        int reservations = rnd.nextInt(40);
        for (int k = 0; k < reservations; k++) {
            long start = begin + STEP * (rnd.nextInt(250) - 10);
            long stop = start + STEP * rnd.nextInt(60);
            space.reserve(start, stop, nodes(rnd, size), STEP);
        }
        int words = space.words();
        List<NodeSpace.Interval> in = space.intervals();
        for (int t = 0; t < 20; t++) {
            long startRes = begin + rnd.nextInt((int) (end - begin + 2 * STEP));
            if (rnd.nextBoolean()) {
                startRes = in.get(rnd.nextInt(in.size())).begin; // tries start at interval boundaries
            }
            long endTime = startRes + STEP * rnd.nextInt(120) + rnd.nextInt(2) * rnd.nextInt((int) STEP);
            long[] usable = NodeSpace.wordsOf(nodes(rnd, size), words);
            int first = 0;
            while (first < in.size() && in.get(first).end <= startRes) {
                first++;
            }
            long[] expected = usable.clone();
            long expectedLater = fullWalk(in, first, endTime, usable, expected);
            long[] actual = usable.clone();
            long actualLater = space.narrowForTry(first, endTime, usable, actual);
            assertArrayEquals(expected, actual, "nodes unreserved from " + startRes + " to " + endTime);
            assertEquals(expectedLater, actualLater, "next try after " + startRes);
        }
    }

    /** A node set: a run of consecutive nodes, or nodes scattered. */
    private static BitSet nodes(Random rnd, int size) {
        BitSet s = new BitSet();
        if (rnd.nextBoolean()) {
            int from = rnd.nextInt(size);
            s.set(from, Math.min(size, from + 1 + rnd.nextInt(70)));
        } else {
            for (int i = 0; i < size; i++) {
                s.set(i, rnd.nextInt(3) == 0);
            }
        }
        return s;
    }

    /**
     * Slurm's walk: from {@code first}, each interval that begins by {@code endTime} narrows
     * {@code avail}; until a later try is found, each interval through the first beyond is
     * compared with the next, and a node of {@code usable} free in the next but not throughout
     * the walk so far sets the later try at the interval's end.
     */
    private static long fullWalk(List<NodeSpace.Interval> in, int first, long endTime, long[] usable, long[] avail) {
        long later = 0;
        for (int j = first; j < in.size(); j++) {
            NodeSpace.Interval cur = in.get(j);
            boolean test = later == 0 && j + 1 < in.size();
            boolean within = cur.begin <= endTime;
            long freed = 0;
            for (int w = 0; w < avail.length; w++) {
                long both = avail[w] & cur.avail[w];
                if (test) {
                    freed |= usable[w] & in.get(j + 1).avail[w] & ~both;
                }
                if (within) {
                    avail[w] = both;
                }
            }
            if (freed != 0) {
                later = cur.end;
            }
            if (!within) {
                break;
            }
        }
        return later;
    }
}
