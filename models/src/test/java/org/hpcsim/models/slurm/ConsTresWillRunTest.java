package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SlurmReplay.cpuJob;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

/**
 * When backfill plans a pending job behind running ones, as the will-run tests of the two select
 * plugins answer. Checked on a real slurmctld 22.05.8 (sched/backfill, bf_interval=1, two one-CPU
 * nodes, select/cons_tres with CR_Core): job 7 started at 06:25:13 and job 8 at 06:25:18, both
 * with a one-minute limit; job 9, one CPU, submitted at 06:25:20, was planned "to start at
 * 06:26:18" (job 8's end, not job 7's at 06:26:13). With both past their limits and not yet
 * killed, a submission at 06:26:29 made the next pass plan job 9 at 06:26:48: job 8's end plus
 * KillWait (30 s).
 */
class ConsTresWillRunTest {
    private static final long MINUTE = 60;

    /** The start of the first reservation backfill made for job 3 on three one-CPU nodes, in seconds. */
    private static long firstPlannedStart(SelectType select, List<Job> jobs) {
        SchedulerParams d = SchedulerParams.defaults();
        SchedulerParams p = new SchedulerParams(d.defaultQueueDepth(), d.schedInterval(), SimTime.SECOND,
                SimTime.SECOND, d.bfWindow(), d.bfMaxJobTest(), 0, d.batchSchedDelay(), d.tick());
        return firstPlannedStart(SlurmConfig.uniform(3, 1, SchedulerType.BACKFILL, select, p), jobs);
    }

    /** The start of the first reservation backfill made for job 3 under {@code c}, in seconds. */
    private static long firstPlannedStart(SlurmConfig c, List<Job> jobs) {
        List<Long> starts = new ArrayList<>();
        SlurmController controller = new SlurmController(c, new ListJobSource(jobs), true, new SlurmReplay.Result());
        controller.listen(new BackfillListener() {
            @Override
            public void reserved(SlurmJob job, long start, long end, BitSet nodes) {
                if (job.job.id() == 3) {
                    starts.add(start / SimTime.SECOND);
                }
            }
        });
        controller.run();
        return starts.get(0);
    }

    /**
     * Backfill starts job 1 at 13 on n1 and job 2 at 18 on n2, both to one-minute limits (ending 73
     * and 78); job 3 asks two CPUs; job 4 could start at once on n3, so the pass plans job 3 first.
     */
    private static List<Job> endsInOneBatch() {
        return List.of(cpuJob(1, 12, 300, MINUTE, 1), cpuJob(2, 17, 300, MINUTE, 1), cpuJob(3, 19, 5, MINUTE, 2),
                cpuJob(4, 20, 5, MINUTE, 1));
    }

    /**
     * As {@link #endsInOneBatch}, with n3 busy until 85: job 3 is first planned at 86, when job 4
     * comes and could start on n3, with jobs 1 and 2 past their limits (killed on the test at 90).
     */
    private static List<Job> pastTheirLimits() {
        return List.of(cpuJob(1, 12, 300, MINUTE, 1), cpuJob(2, 17, 300, MINUTE, 1), cpuJob(5, 17, 67, 1000, 1),
                cpuJob(3, 19, 5, MINUTE, 2), cpuJob(4, 86, 5, MINUTE, 1));
    }

    @Test
    void shouldPlanBehindTheLastEndOfTheBatchThatLetsItFitUnderConsTres() {
        // Job 1's end alone lets job 3 fit, but job 2's end is in its batch (the window runs from 90
        // to 120): 78.
        assertEquals(78, firstPlannedStart(SelectType.CONS_TRES, endsInOneBatch()));
    }

    @Test
    void shouldPlanBehindTheFirstEndThatLetsItFitUnderLinear() {
        // select/linear tries after each end: job 1's at 73.
        assertEquals(73, firstPlannedStart(SelectType.LINEAR, endsInOneBatch()));
    }

    @Test
    void shouldGuessAJobPastItsLimitEndsKillWaitLater() {
        // cons_tres: the batch's last job, job 2, ended its limit at 78: 78 + KillWait 30 = 108.
        assertEquals(108, firstPlannedStart(SelectType.CONS_TRES, pastTheirLimits()));
        // select/linear: job 1 past its limit, so one second from the pass at 86.
        assertEquals(87, firstPlannedStart(SelectType.LINEAR, pastTheirLimits()));
    }

    /**
     * Partition a holds n1 and n3, partition b n2, all of {@code cpus} CPUs. Job 1 (a, n1) ends its
     * limit at 73, job 2 (b, n2) at 78, inside the window; job 3 asks two nodes' CPUs in a; job 4
     * could start at once on n3.
     */
    private static long offOfferedNodes(int cpus) {
        SchedulerParams d = SchedulerParams.defaults();
        SchedulerParams p = new SchedulerParams(d.defaultQueueDepth(), d.schedInterval(), SimTime.SECOND,
                SimTime.SECOND, d.bfWindow(), d.bfMaxJobTest(), 0, d.batchSchedDelay(), d.tick());
        BitSet a = new BitSet();
        a.set(0);
        a.set(2);
        BitSet b = new BitSet();
        b.set(1);
        SlurmConfig u = SlurmConfig.uniform(3, cpus, SchedulerType.BACKFILL, SelectType.CONS_TRES, p);
        SlurmConfig c = new SlurmConfig(u.nodes(), List.of(Partition.of("a", a, true), Partition.of("b", b, false)),
                SchedulerType.BACKFILL, SelectType.CONS_TRES, p, true, null);
        List<Job> jobs = List.of(SlurmReplay.inPartition(cpuJob(1, 12, 300, MINUTE, cpus), "a"),
                SlurmReplay.inPartition(cpuJob(2, 17, 300, MINUTE, cpus), "b"),
                SlurmReplay.inPartition(cpuJob(3, 19, 5, MINUTE, 2 * cpus), "a"),
                SlurmReplay.inPartition(cpuJob(4, 20, 5, MINUTE, 1), "a"));
        return firstPlannedStart(c, jobs);
    }

    @Test
    void shouldTryTheLastBatchWhenTheListEndsOnJobsOffTheOfferedNodes() {
        // The test takes job 1 out, passes over job 2 (none of its nodes is offered to a job of a)
        // and the list ends: that batch is tried, and job 3 fits at job 1's end. Whole one-CPU
        // nodes (the free-time search) and shared two-CPU nodes (the job walk) alike.
        assertEquals(73, offOfferedNodes(1));
        assertEquals(73, offOfferedNodes(2));
    }

    /**
     * Three of four one-CPU nodes taken by one-CPU jobs from 1, 6 and 14, to limits of one, two and
     * two minutes (ends 61, 126, 134); job 3 asks three CPUs at 19, and job 4, one CPU for ten
     * minutes, makes the pass plan it (hpcsim skips a pass that can start nothing). The window is
     * anchored at 90 (61 rounded up past 30) and first reaches 120: job 1 alone, two CPUs with the
     * idle one. To reach 126 it doubles to 60, taking 134 into the same batch; bf_window_linear=10
     * grows it to 50, and 134 is past it.
     */
    private static long plannedBehindTwoBatches(long linearStep) {
        SchedulerParams d = SchedulerParams.defaults();
        SchedulerParams p = new SchedulerParams(d.defaultQueueDepth(), d.schedInterval(), SimTime.SECOND,
                SimTime.SECOND, d.bfWindow(), d.bfMaxJobTest(), 0, d.batchSchedDelay(), d.tick())
                .withBfWindowLinear(SimTime.seconds(linearStep));
        return firstPlannedStart(SlurmConfig.uniform(4, 1, SchedulerType.BACKFILL, SelectType.CONS_TRES, p),
                List.of(cpuJob(1, 0, 300, MINUTE, 1), cpuJob(2, 5, 300, 2 * MINUTE, 1),
                        cpuJob(5, 13, 300, 2 * MINUTE, 1), cpuJob(3, 19, 5, MINUTE, 3),
                        cpuJob(4, 19, 5, 10 * MINUTE, 1)));
    }

    @Test
    void shouldGrowTheWindowByBfWindowLinearRatherThanDoubleIt() {
        // A real slurmctld 22.05.8 (cons_tres, CR_Core, bf_interval=1, bf_resolution=1; three nodes
        // and a two-CPU job, no fourth node), the three jobs submitted as here from a Unix multiple of
        // 30 s: the pending job was planned at 14:13:14, the third job's end, with the default, and
        // at 14:13:37, the second job's end (the third ended at 14:13:45), with bf_window_linear=10.
        assertEquals(134, plannedBehindTwoBatches(0));
        assertEquals(126, plannedBehindTwoBatches(10));
    }
}
