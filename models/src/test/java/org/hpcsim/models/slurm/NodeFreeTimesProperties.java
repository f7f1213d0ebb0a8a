package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The will-run search over node free times skips time groups in one step on clusters of like
 * nodes and keeps its order by merging; it must answer exactly as the plain walk it replaces:
 * every busy node in (free time, index) order, counted one by one, the selector asked at the end
 * of each group that added a node once enough is free. The reference walk below is that plain
 * walk, written out again. Asked to defer its choice of nodes, it must give the same time and,
 * when asked for them, the same nodes. The count backfill uses to skip a test that cannot pass by
 * a given time must agree with the walk.
 */
class NodeFreeTimesProperties {
    private static final long NOW = 1_000;

    @Property(tries = 200)
    void shouldFindTheTimeAndNodesThePlainWalkFinds(@ForAll long seed, @ForAll @IntRange(min = 260, max = 1200) int size,
                                                    @ForAll boolean alike) {
        Random rnd = new Random(seed);
        List<SlurmNode> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int cpus = alike ? 2 : 1 + rnd.nextInt(4);
            int gpus = alike ? 1 : rnd.nextInt(3);
            nodes.add(new SlurmNode("n" + i, cpus, 0, gpus, "", 1, List.of()));
        }
        NodeSelector selector = new NodeSelector(nodes, SelectType.LINEAR);
        NodeFreeTimes times = new NodeFreeTimes(size);
        long[] freeAt = new long[size];
        BitSet idle = new BitSet();
        idle.set(0, size);
        times.reset(List.of(), idle, NOW);
        // Jobs on disjoint node sets, many ending at the same few instants (ties between groups).
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, rnd);
        int next = 0;
        while (next < size * 9 / 10) {
            int width = 1 + rnd.nextInt(rnd.nextBoolean() ? 4 : 64);
            long end = NOW + (1 + rnd.nextInt(rnd.nextBoolean() ? 8 : 4000)) * 60L;
            int[] held = new int[Math.min(width, size - next)];
            for (int k = 0; k < held.length; k++) {
                held[k] = order.get(next++);
            }
            occupy(times, freeAt, idle, held, end);
        }
        for (int round = 0; round < 6; round++) {
            BitSet avail = new BitSet();
            for (int i = 0; i < size; i++) {
                if (rnd.nextInt(10) < 7) {
                    avail.set(i);
                }
            }
            int minNodes = rnd.nextInt(3) == 0 ? 0 : 1 + rnd.nextInt(size / 2);
            int cpus = 1 + rnd.nextInt(size);
            int gpus = rnd.nextInt(3) == 0 ? rnd.nextInt(size / 2) : 0;
            JobRequest r = new JobRequest(minNodes, cpus, gpus, true, new int[] {0}, 0);
            Allocation[] out = new Allocation[1];
            long t = times.earliest(r, avail, selector, nodes, NOW, out);
            Allocation[] expected = new Allocation[1];
            long want = plainWalk(r, avail, idle, freeAt, selector, nodes, expected);
            assertEquals(want, t, "round " + round);
            if (expected[0] == null) {
                assertNull(out[0]);
            } else {
                assertArrayEquals(expected[0].nodeIndices(), out[0].nodeIndices(), "round " + round);
            }
            // With the choice deferred, the same time, and the same nodes once they are chosen.
            Allocation[] lazy = new Allocation[1];
            assertEquals(want, times.earliest(r, avail, selector, nodes, NOW, lazy, true), "round " + round);
            Allocation chosen = lazy[0] != null || want < 0 ? lazy[0] : times.deferredChoice();
            if (expected[0] == null) {
                assertNull(chosen);
            } else {
                assertArrayEquals(expected[0].nodeIndices(), chosen.nodeIndices(), "round " + round + ", deferred");
            }
            // The count that lets backfill skip a test must never skip one that would pass by then,
            // and must skip whenever too few nodes are free by then (on like nodes, by count alone).
            long[] availWords = java.util.Arrays.copyOf(avail.toLongArray(), (size + 63) >>> 6);
            for (long by : new long[] {NOW, NOW + 60L * rnd.nextInt(8), NOW + 60L * rnd.nextInt(4000), want}) {
                boolean skip = times.tooFewFreeBy(r, by, availWords, nodes);
                if (skip) {
                    assertTrue(want < 0 || want > by, "round " + round + ": skipped a test passing by " + by);
                }
                if (alike && want > by) {
                    BitSet ready = (BitSet) idle.clone();
                    for (int n = 0; n < size; n++) {
                        if (freeAt[n] <= by) {
                            ready.set(n);
                        }
                    }
                    ready.and(avail);
                    long count = ready.cardinality();
                    boolean enough = count >= Math.max(r.minNodes(), 1) && count * 2 >= r.cpus() && count >= r.gpus();
                    assertEquals(!enough, skip, "round " + round + ", by " + by);
                }
            }
            // A job started in the pass: some busy nodes now end later, some idle ones become busy.
            int[] more = new int[1 + rnd.nextInt(8)];
            for (int k = 0; k < more.length; k++) {
                more[k] = rnd.nextInt(size);
            }
            occupy(times, freeAt, idle, more, NOW + (1 + rnd.nextInt(4000)) * 60L);
        }
    }

    private static void occupy(NodeFreeTimes times, long[] freeAt, BitSet idle, int[] held, long end) {
        int[] none = new int[held.length];
        times.occupy(new Allocation(held, none, none, true), end, NOW);
        for (int n : held) {
            freeAt[n] = idle.get(n) ? end : Math.max(freeAt[n], end);
            idle.clear(n);
        }
    }

    /** The walk as written before the skipping: busy nodes by (free time, index), one by one. */
    static long plainWalk(JobRequest r, BitSet avail, BitSet idle, long[] freeAt, NodeSelector selector,
                          List<SlurmNode> nodes, Allocation[] out) {
        List<Integer> busy = new ArrayList<>();
        for (int n = 0; n < nodes.size(); n++) {
            if (!idle.get(n)) {
                busy.add(n);
            }
        }
        busy.sort((a, b) -> freeAt[a] != freeAt[b] ? Long.compare(freeAt[a], freeAt[b]) : Integer.compare(a, b));
        int want = Math.max(r.minNodes(), 1);
        BitSet ready = (BitSet) idle.clone();
        ready.and(avail);
        int count = 0;
        long cpus = 0;
        long gpus = 0;
        for (int n = ready.nextSetBit(0); n >= 0; n = ready.nextSetBit(n + 1)) {
            count++;
            cpus += nodes.get(n).cpus();
            gpus += nodes.get(n).gpus();
        }
        for (int k = 0; k < busy.size(); ) {
            long t = freeAt[busy.get(k)];
            int before = count;
            for (; k < busy.size() && freeAt[busy.get(k)] == t; k++) {
                int n = busy.get(k);
                if (avail.get(n)) {
                    ready.set(n);
                    count++;
                    cpus += nodes.get(n).cpus();
                    gpus += nodes.get(n).gpus();
                }
            }
            if (count > before && count >= want && cpus >= r.cpus() && gpus >= r.gpus()) {
                out[0] = selector.wholeNodes(r, avail, ready);
                if (out[0] != null) {
                    return t;
                }
            }
        }
        out[0] = null;
        return -1;
    }
}
