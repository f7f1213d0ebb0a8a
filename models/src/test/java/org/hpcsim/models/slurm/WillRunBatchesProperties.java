package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;

/**
 * Under select/cons_tres, the will-run test's free-time search on like nodes moves its answer to
 * the end of the batch of ends it falls in (see {@link ReleaseBatches}); it must answer exactly as
 * the plain walk that takes running jobs out one by one, in the same batches, and choose the same
 * nodes: on random clusters of one-CPU nodes with many ends tied, some jobs past their limits
 * (with and without OverTimeLimit), jobs off the offered nodes, and unlimited jobs.
 */
class WillRunBatchesProperties {
    private static final long NOW = SimTime.seconds(100_000);

    @Property(tries = 150)
    void shouldAnswerAsTheJobByJobWalk(@ForAll long seed) {
        Random rnd = new Random(seed);
        int size = 260 + rnd.nextInt(500);
        SchedulerParams d = SchedulerParams.defaults();
        long overTime = rnd.nextBoolean() ? 0 : SimTime.seconds(300);
        SchedulerParams p = new SchedulerParams(d.defaultQueueDepth(), d.schedInterval(), d.bfInterval(),
                d.bfResolution(), d.bfWindow(), d.bfMaxJobTest(), overTime, d.batchSchedDelay(), d.tick());
        SlurmCluster cluster = new SlurmCluster(SlurmConfig.uniform(size, 1, SchedulerType.BACKFILL,
                SelectType.CONS_TRES, p));
        List<SlurmJob> running = running(cluster, size, rnd);
        WillRun willRun = new WillRun(cluster, rnd.nextInt(60));
        willRun.reset(running, NOW);
        for (int round = 0; round < 8; round++) {
            long[] offered = new long[(size + 63) / 64];
            for (int n = 0; n < size; n++) {
                if (rnd.nextInt(10) < 8) {
                    offered[n >>> 6] |= 1L << n;
                }
            }
            int want = 1 + rnd.nextInt(size / 2);
            JobRequest r = new JobRequest(want, want, 0, false, new int[] {0}, SimTime.seconds(3600));
            long fast = willRun.earliest(r, 0, offered, running, NOW);
            Allocation fastNodes = fast >= 0 ? willRun.allocation() : null;
            long walk = willRun.earliestByWalk(r, BitSet.valueOf(offered), running, NOW);
            Allocation walkNodes = walk >= 0 ? willRun.allocation() : null;
            assertEquals(walk, fast, "request of " + want + " nodes, round " + round);
            assertEquals(nodes(walkNodes), nodes(fastNodes), "nodes chosen at " + fast);
        }
    }

    /** Jobs on disjoint node sets, sorted as backfill sorts them: ends in few groups, some past. */
    private static List<SlurmJob> running(SlurmCluster cluster, int size, Random rnd) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            order.add(i);
        }
        Collections.shuffle(order, rnd);
        List<SlurmJob> running = new ArrayList<>();
        int next = 0;
        long seq = 0;
        while (next < size * 9 / 10) {
            int width = Math.min(1 + rnd.nextInt(rnd.nextBoolean() ? 4 : 40), size - next);
            int[] held = new int[width];
            for (int k = 0; k < width; k++) {
                held[k] = order.get(next++);
            }
            Arrays.sort(held);
            int[] ones = new int[width];
            Arrays.fill(ones, 1);
            Allocation a = new Allocation(held, ones, new int[width], true);
            Job job = new Job(seq, 0, SimTime.seconds(1), SimTime.seconds(60), width, width, 0, JobLabels.NONE,
                    JobHistory.UNKNOWN, -1, -1);
            SlurmJob j = new SlurmJob(job, new JobRequest(width, width, 0, false, new int[] {0}, 0), seq++, -1);
            j.allocation = a;
            j.start = NOW - SimTime.seconds(600);
            int kind = rnd.nextInt(20);
            j.limitEnd = kind == 0 ? Long.MAX_VALUE
                    : kind < 4 ? NOW - SimTime.seconds(1 + rnd.nextInt(400)) // past its limit
                    : NOW + SimTime.seconds((1 + rnd.nextInt(rnd.nextBoolean() ? 6 : 300)) * 10L);
            cluster.occupy(j, 0, a);
            running.add(j);
        }
        running.sort(Comparator.comparingLong((SlurmJob j) -> j.limitEnd).thenComparingLong(j -> j.seq));
        return running;
    }

    private static BitSet nodes(Allocation a) {
        BitSet b = new BitSet();
        if (a != null) {
            for (int k = 0; k < a.nodeCount(); k++) {
                b.set(a.node(k));
            }
        }
        return b;
    }
}
