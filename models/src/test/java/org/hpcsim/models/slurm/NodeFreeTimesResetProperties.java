package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;

/**
 * One {@link NodeFreeTimes} reset pass after pass takes in only what changed since the last pass
 * (see {@link HeldJobs}); it must answer as the plain walk over the running jobs of that pass does:
 * jobs ending, starting (also within a pass), running past their limits, sharing nodes, and
 * having their limits moved, from one pass to the next.
 */
class NodeFreeTimesResetProperties {
    @Property(tries = 120)
    void shouldAnswerAfterEachResetAsTheRunningJobsOfThatPassSay(@ForAll long seed,
                                                                  @ForAll @IntRange(min = 260, max = 700) int size,
                                                                  @ForAll boolean alike, @ForAll boolean sharing,
                                                                  @ForAll boolean overdue) {
        Random rnd = new Random(seed);
        List<SlurmNode> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            nodes.add(new SlurmNode("n" + i, alike ? 2 : 1 + rnd.nextInt(4), 0, alike ? 1 : rnd.nextInt(3), "", 1,
                    List.of()));
        }
        NodeSelector selector = new NodeSelector(nodes, SelectType.LINEAR);
        NodeFreeTimes times = new NodeFreeTimes(size);
        List<SlurmJob> running = new ArrayList<>();
        long now = SimTime.seconds(10_000);
        long[] seq = {0};
        while (idle(running, size).cardinality() > size / 8) { // busy enough for the prefix sets (256 nodes)
            startOn(running, size, false, overdue, now, rnd, seq);
        }
        for (int pass = 0; pass < 8; pass++) {
            now += SimTime.seconds(30 + rnd.nextInt(60));
            running.removeIf(j -> rnd.nextInt(5) == 0); // ended since the last pass
            for (SlurmJob j : running) {
                if (rnd.nextInt(30) == 0) {
                    j.limitEnd = now + SimTime.seconds(rnd.nextInt(600)); // a grace time moved its end
                }
            }
            int starts = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(6);
            for (int k = 0; k < starts; k++) {
                startOn(running, size, sharing, overdue, now, rnd, seq);
            }
            times.reset(running, idle(running, size), now);
            boolean startsInPass = rnd.nextBoolean(); // else the next pass may only see jobs leave
            for (int round = 0; round < 4; round++) {
                check(times, running, nodes, selector, now, rnd, "pass " + pass + ", round " + round);
                if (startsInPass) { // a job the pass starts: the same instance holds it too, and it runs on
                    SlurmJob started = startOn(running, size, sharing, overdue, now, rnd, seq);
                    times.occupy(started.allocation, started.limitEnd, now);
                }
            }
        }
    }

    /** 800 like nodes (2 CPUs, a GPU): enough busy nodes for the prefix sets. */
    private static final int LIKE = 800;
    private static final long T0 = SimTime.seconds(1000);

    private static List<SlurmNode> likeNodes() {
        List<SlurmNode> nodes = new ArrayList<>();
        for (int i = 0; i < LIKE; i++) {
            nodes.add(new SlurmNode("n" + i, 2, 0, 1, "", 1, List.of()));
        }
        return nodes;
    }

    /**
     * {@code count} jobs, ids from {@code first}, of 10 nodes each from node {@code firstNode} on,
     * started at T0, their limits a minute apart from {@code firstEnd} minutes after T0.
     */
    private static List<SlurmJob> tenNodeJobs(int first, int count, int firstNode, int firstEnd) {
        List<SlurmJob> jobs = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int[] held = new int[10];
            for (int i = 0; i < 10; i++) {
                held[i] = firstNode + 10 * k + i;
            }
            jobs.add(job(first + k, held, T0 + SimTime.seconds(60L * (firstEnd + k)), T0));
        }
        return jobs;
    }

    /** When {@code times} would start a job of {@code want} of the like nodes, any of them. */
    private static long earliest(NodeFreeTimes times, int want, List<SlurmNode> nodes, long now) {
        BitSet all = new BitSet();
        all.set(0, LIKE);
        return times.earliest(new JobRequest(want, want, 0, true, new int[] {0}, 0), all,
                new NodeSelector(nodes, SelectType.LINEAR), nodes, now, new Allocation[1]);
    }

    @Example
    void shouldForgetThePrefixSetsWhenJobsOnlyLeave() {
        // All 800 busy: 80 jobs ending a minute apart. A request of 200 nodes walks the order through
        // the prefix sets; then the first 20 jobs end and nothing starts.
        List<SlurmNode> nodes = likeNodes();
        NodeFreeTimes times = new NodeFreeTimes(LIKE);
        List<SlurmJob> running = tenNodeJobs(0, 80, 0, 1);
        times.reset(running, idle(running, LIKE), T0);
        assertEquals(T0 + SimTime.seconds(60L * 20), earliest(times, 200, nodes, T0));
        running.subList(0, 20).clear();
        long now = T0 + SimTime.seconds(1);
        times.reset(running, idle(running, LIKE), now);
        assertEquals(T0 + SimTime.seconds(60L * 30), earliest(times, 300, nodes, now),
                "200 idle, and 100 more by the 30th end");
    }

    @Example
    void shouldKeepThePrefixSetsWhenNothingChangedAndRenewThemWhenAPassStartedJobs() {
        // 70 jobs ending a minute apart, 100 nodes idle. The same running jobs again: the same answer.
        // Then a pass starts 10 jobs on the idle nodes (occupy) and the next reset sees them running:
        // 300 nodes are free only at the 30th end.
        List<SlurmNode> nodes = likeNodes();
        NodeFreeTimes times = new NodeFreeTimes(LIKE);
        List<SlurmJob> running = tenNodeJobs(0, 70, 100, 1);
        for (int pass = 0; pass < 2; pass++) {
            times.reset(running, idle(running, LIKE), T0);
            assertEquals(T0 + SimTime.seconds(60L * 20), earliest(times, 300, nodes, T0), "pass " + pass);
        }
        for (SlurmJob started : tenNodeJobs(100, 10, 0, 100)) {
            times.occupy(started.allocation, started.limitEnd, T0);
            running.add(started);
        }
        times.reset(running, idle(running, LIKE), T0);
        assertEquals(T0 + SimTime.seconds(60L * 30), earliest(times, 300, nodes, T0));
    }

    private static SlurmJob job(long id, int[] held, long limitEnd, long now) {
        int[] ones = new int[held.length];
        java.util.Arrays.fill(ones, 1);
        Job job = new Job(id, 0, SimTime.seconds(1), SimTime.seconds(60), held.length, held.length, 0,
                JobLabels.NONE, JobHistory.UNKNOWN, -1, -1);
        SlurmJob j = new SlurmJob(job, new JobRequest(held.length, held.length, 0, true, new int[] {0}, 0), id, -1);
        j.allocation = new Allocation(held, ones, new int[held.length], true);
        j.start = now;
        j.limitEnd = limitEnd;
        return j;
    }

    private static void check(NodeFreeTimes times, List<SlurmJob> running, List<SlurmNode> nodes,
                              NodeSelector selector, long now, Random rnd, String where) {
        int size = nodes.size();
        long[] freeAt = new long[size];
        for (SlurmJob j : running) {
            for (int k = 0; k < j.allocation.nodeCount(); k++) {
                int n = j.allocation.node(k);
                freeAt[n] = Math.max(freeAt[n], NodeFreeTimes.freeTimeOf(j.limitEnd, now));
            }
        }
        BitSet avail = new BitSet();
        for (int i = 0; i < size; i++) {
            if (rnd.nextInt(10) < 7) {
                avail.set(i);
            }
        }
        int minNodes = 1 + rnd.nextInt(size / 2);
        JobRequest r = new JobRequest(minNodes, minNodes + rnd.nextInt(size), 0, true, new int[] {0}, 0);
        Allocation[] out = new Allocation[1];
        long t = times.earliest(r, avail, selector, nodes, now, out);
        Allocation[] expected = new Allocation[1];
        long want = NodeFreeTimesProperties.plainWalk(r, avail, idle(running, size), freeAt, selector, nodes,
                expected);
        assertEquals(want, t, where);
        if (expected[0] == null) {
            assertNull(out[0], where);
        } else {
            assertArrayEquals(expected[0].nodeIndices(), out[0].nodeIndices(), where);
        }
        // The count backfill skips a test by: on like nodes, exactly whether too few are free by then.
        long by = now + SimTime.seconds(60L * rnd.nextInt(200));
        long[] availWords = java.util.Arrays.copyOf(avail.toLongArray(), (size + 63) >>> 6);
        BitSet ready = idle(running, size);
        for (int n = 0; n < size; n++) {
            if (freeAt[n] <= by) {
                ready.set(n);
            }
        }
        ready.and(avail);
        boolean alike = nodes.stream().allMatch(x -> x.cpus() == 2 && x.gpus() == 1);
        if (alike) {
            long count = ready.cardinality();
            boolean enough = count >= r.minNodes() && count * 2 >= r.cpus();
            assertEquals(!enough, times.tooFewFreeBy(r, by, availWords, nodes), where + ", by " + by);
        }
    }

    /**
     * A new running job of a few nodes: idle ones, or, when {@code sharing}, any; one in ten past its
     * limit already when {@code overdue}.
     */
    private static SlurmJob startOn(List<SlurmJob> running, int size, boolean sharing, boolean overdue, long now,
                                    Random rnd, long[] seq) {
        BitSet idle = idle(running, size);
        int width = 1 + rnd.nextInt(rnd.nextBoolean() ? 4 : 48);
        int[] held = new int[width];
        int count = 0;
        for (int tries = 0; tries < 4 * width && count < width; tries++) {
            int n = rnd.nextInt(size);
            boolean taken = false;
            for (int k = 0; k < count; k++) {
                taken |= held[k] == n;
            }
            if (!taken && (sharing || idle.get(n))) {
                held[count++] = n;
            }
        }
        int[] nodes = java.util.Arrays.copyOf(held, Math.max(count, 1));
        if (count == 0) {
            nodes[0] = idle.nextSetBit(0) >= 0 ? idle.nextSetBit(0) : 0;
        }
        java.util.Arrays.sort(nodes);
        int[] ones = new int[nodes.length];
        java.util.Arrays.fill(ones, 1);
        long id = seq[0]++;
        Job job = new Job(id, 0, SimTime.seconds(1), SimTime.seconds(60), nodes.length, nodes.length, 0,
                JobLabels.NONE, JobHistory.UNKNOWN, -1, -1);
        SlurmJob j = new SlurmJob(job, new JobRequest(nodes.length, nodes.length, 0, true, new int[] {0}, 0), id, -1);
        j.allocation = new Allocation(nodes, ones, new int[nodes.length], true);
        j.start = now;
        int kind = rnd.nextInt(10);
        j.limitEnd = kind == 0 && overdue ? now - SimTime.seconds(rnd.nextInt(100)) // past its limit already
                : now + SimTime.seconds(60L * (1 + rnd.nextInt(rnd.nextBoolean() ? 5 : 200)));
        running.add(j);
        return j;
    }

    private static BitSet idle(List<SlurmJob> running, int size) {
        BitSet idle = new BitSet();
        idle.set(0, size);
        for (SlurmJob j : running) {
            for (int k = 0; k < j.allocation.nodeCount(); k++) {
                idle.clear(j.allocation.node(k));
            }
        }
        return idle;
    }
}
