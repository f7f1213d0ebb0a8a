package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.ArrayTaskIds;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobLinks;
import org.junit.jupiter.api.Test;

/**
 * How both loops try an array's waiting tasks, which slurmctld keeps in one record: rejected a
 * partition at a time, tried on past bf_max_job_test once the record is taken, reserved for up to
 * bf_max_job_array_resv and the record's task count, and held as one after a preemption.
 */
class ArrayTriesTest {
    private static final long ARRAY = 8;

    private static long task(int index) {
        return ArrayTaskIds.of(ARRAY, index);
    }

    /** {@code count} tasks of array 8, each on {@code nodes} nodes for {@code run} s (limit {@code limit}). */
    private static List<Job> tasks(int count, long submit, long run, long limit, int nodes, String partitions) {
        List<Job> out = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            Job j = SbatchDependencyTest.linked(SlurmReplay.job(task(t), submit, run, limit, nodes),
                    JobLinks.NONE.asTask(ARRAY, t, 0));
            out.add(partitions == null ? j : SlurmReplay.inPartition(j, partitions));
        }
        return out;
    }

    private static SchedulerParams params(int bfMaxJobTest, int maxJobArrayResv) {
        SchedulerParams d = SchedulerParams.defaults();
        return new SchedulerParams(d.defaultQueueDepth(), d.schedInterval(), SimTime.seconds(1), SimTime.seconds(1),
                d.bfWindow(), bfMaxJobTest, d.overTimeLimit(), 0, 0)
                .withBackfillLimits(new BackfillLimits(0, 0, 0, 0, 0, 0, 0, 0, 0, maxJobArrayResv));
    }

    /**
     * 12 nodes: X on one until 100; H, submitted at 1 for all 12, holds the main loop, so what
     * starts at 1 is backfill's doing: ten one-node tasks of 10 s (limit 20) fit before H's
     * reservation at 100.
     */
    private static SlurmReplay.Result tenTasksBehindAWideJob(SchedulerParams p) {
        List<Job> jobs = new ArrayList<>(List.of(SlurmReplay.job(1, 0, 100, 100, 1),
                SlurmReplay.job(2, 1, 50, 100, 12)));
        jobs.addAll(tasks(10, 1, 10, 20, 1, null));
        return SlurmReplay.run(SlurmConfig.uniform(12, 1, SchedulerType.BACKFILL, SelectType.LINEAR, p), jobs);
    }

    @Test
    void shouldStartEveryTaskOfTheRecordPastBfMaxJobTestOnceItIsTaken() {
        // bf_max_job_test=5: H is the first try, task 0 the second; each task that starts is
        // followed by the record's next one (next_task), which bf_max_job_test does not stop.
        SlurmReplay.Result r = tenTasksBehindAWideJob(params(5, BackfillLimits.DEFAULT_MAX_JOB_ARRAY_RESV));
        for (int t = 0; t < 10; t++) {
            assertEquals(1, r.start(task(t)), "task " + t);
        }
    }

    @Test
    void shouldNeverBackfillAWaitingTaskUnderAnArrayReservationCapOfZero() {
        // bf_max_job_array_resv=0: _job_runnable_now rejects the record; the tasks start in the
        // main loop once H has run (100 to 150).
        SlurmReplay.Result r = tenTasksBehindAWideJob(params(100, 0));
        assertEquals(100, r.start(2));
        assertEquals(150, r.start(task(0)));
    }

    /**
     * Partitions a (nodes 0-1, PriorityTier {@code tierOfA}), b (2-3) and c (4-5), each held until
     * 300 but for node 5; array 8's three two-node tasks name a and b, then come {@code more} jobs,
     * then H (c, two nodes), which blocks c's main loop, and Y (c, one node, 50 s), backfilled on
     * node 5. Returns what the first pass that reserved anything reserved for.
     */
    private static List<Long> reservedWithBothPartitionsBusy(int tierOfA, List<Job> more) {
        SlurmConfig c = SlurmReplay.partitioned(6, SchedulerType.BACKFILL, params(100, 20),
                SlurmReplay.tiered("a", SlurmReplay.nodes(0, 1), false, tierOfA, PreemptMode.OFF),
                SlurmReplay.tiered("b", SlurmReplay.nodes(2, 3), false, 1, PreemptMode.OFF),
                SlurmReplay.tiered("c", SlurmReplay.nodes(4, 5), true, 1, PreemptMode.OFF));
        List<Job> jobs = new ArrayList<>(List.of(SlurmReplay.inPartition(SlurmReplay.job(1, 0, 300, 300, 2), "a"),
                SlurmReplay.inPartition(SlurmReplay.job(2, 0, 300, 300, 2), "b"),
                SlurmReplay.inPartition(SlurmReplay.job(3, 0, 300, 300, 1), "c")));
        jobs.addAll(tasks(3, 1, 10, 10, 2, "a,b"));
        jobs.addAll(more);
        jobs.add(SlurmReplay.inPartition(SlurmReplay.job(4, 1, 100, 100, 2), "c"));
        jobs.add(SlurmReplay.inPartition(SlurmReplay.job(5, 1, 50, 50, 1), "c"));
        return SlurmReplay.reservedInFirstPass(c, jobs);
    }

    @Test
    void shouldStopReservingAtTheRecordsTaskCountAndCarryTheCountToTheNextPartition() {
        // Backfill reserves for the three tasks in a; in b the count (4) is past the record's
        // three tasks after one try: 4 reservations, not 6, then H's.
        assertEquals(List.of(task(0), task(1), task(2), task(0), 4L), reservedWithBothPartitionsBusy(1, List.of()));
    }

    @Test
    void shouldCountReservationsAfreshOnceAnotherArrayReserves() {
        // With a of PriorityTier 2: array 8's entries in a, then array 9's (one task, in a), then
        // array 8's in b. Array 9's reservation starts the count over (test_array_job_id), so
        // array 8 gets all three reservations in b too.
        long other = ArrayTaskIds.of(9, 0);
        Job otherTask = SlurmReplay.inPartition(SbatchDependencyTest.linked(SlurmReplay.job(other, 1, 10, 10, 2),
                JobLinks.NONE.asTask(9, 0, 0)), "a");
        assertEquals(List.of(task(0), task(1), task(2), other, task(0), task(1), task(2), 4L),
                reservedWithBothPartitionsBusy(2, List.of(otherTask)));
    }

    @Test
    void shouldRejectAnArraysTasksOnlyInThePartitionWhereOneFailed() {
        // sched/builtin: a (node 0) busy until 100, b (nodes 1-2) free. Task 0 fails a, so task 1
        // is passed over there; in b both start at once.
        SlurmConfig c = SlurmReplay.partitioned(3, SchedulerType.BUILTIN, SchedulerParams.defaults().immediate(),
                SlurmReplay.tiered("a", SlurmReplay.nodes(0, 0), true, 1, PreemptMode.OFF),
                SlurmReplay.tiered("b", SlurmReplay.nodes(1, 2), false, 1, PreemptMode.OFF));
        List<Job> jobs = new ArrayList<>(List.of(SlurmReplay.inPartition(SlurmReplay.job(1, 0, 100, 100, 1), "a")));
        jobs.addAll(tasks(2, 1, 10, 20, 1, "a,b"));
        SlurmReplay.Result r = SlurmReplay.run(c, jobs);
        assertEquals(List.of(1L, 1L), List.of(r.start(task(0)), r.start(task(1))));
    }

    /** default_queue_depth 0 (a main-loop pass at an event tests one job), backfill every second. */
    private static SchedulerParams shallowMainLoop() {
        SchedulerParams d = SchedulerParams.defaults();
        return new SchedulerParams(0, d.schedInterval(), SimTime.seconds(1), SimTime.seconds(1), d.bfWindow(),
                d.bfMaxJobTest(), d.overTimeLimit(), 0, 0);
    }

    @Test
    void shouldKeepAllOfTheRecordsTasksOutOfOtherPartitionsInThePassOneOfThemPreempted() {
        // As below, B first; high1 (nodes 0-1) and high2 (nodes 2-3), tier 2, over low (tier 1,
        // REQUEUE). L holds nodes 0-1; 2-3 are free. Backfill tries array 8 (naming high1,high2)
        // in high1 first: task 0 preempts L. preempt_in_progress is on the record, so in high2
        // neither task is tried in that pass, though task 1 would fit: both start in the next.
        SlurmConfig c = SlurmReplay.partitioned(5, SchedulerType.BACKFILL, shallowMainLoop(),
                SlurmReplay.tiered("other", SlurmReplay.nodes(4, 4), false, 3, PreemptMode.OFF),
                SlurmReplay.tiered("high1", SlurmReplay.nodes(0, 1), false, 2, PreemptMode.OFF),
                SlurmReplay.tiered("high2", SlurmReplay.nodes(2, 3), false, 2, PreemptMode.OFF),
                SlurmReplay.tiered("low", SlurmReplay.nodes(0, 3), true, 1, PreemptMode.REQUEUE))
                .withPreemption(Preemption.partitionPrio());
        List<Job> jobs = new ArrayList<>(List.of(SlurmReplay.inPartition(SlurmReplay.job(1, 0, 1000, 1000, 1), "other"),
                SlurmReplay.inPartition(SlurmReplay.job(2, 0, 1000, 2000, 2), "low"),
                SlurmReplay.inPartition(SlurmReplay.job(4, 1, 10, 100, 1), "other")));
        jobs.addAll(tasks(2, 5, 10, 20, 2, "high1,high2"));
        SlurmReplay.Result r = SlurmReplay.run(c, jobs);
        assertEquals(List.of(5L), r.requeued.stream().map(o -> o.endTime() / SimTime.SECOND).toList());
        assertEquals(r.start(task(0)), r.start(task(1)));
    }

    @Test
    void shouldReserveForATaskThatPreemptsThoughItMayOnlyStartNow() {
        // As below with bf_min_age_reserve an hour: every job may only start now (TEST_NOW_ONLY),
        // but the failed start of a preemptor drops through to a reservation all the same, so the
        // record's next task follows and preempts in the same pass.
        SchedulerParams p = shallowMainLoop().withBackfillLimits(
                new BackfillLimits(0, 0, 0, 0, SimTime.seconds(3600), 0, 0, 0, 0));
        SlurmReplay.Result r = SlurmReplay.run(highOverLow(4, p), twoLowJobsAndAHighArray());
        assertEquals(List.of(5L, 5L), r.requeued.stream().map(o -> o.endTime() / SimTime.SECOND).toList());
    }

    @Test
    void shouldCountAPreemptorsReservationAgainstBfJobPartCountReserve() {
        // Three low jobs and three tasks over nodes 0-5, bf_job_part_count_reserve=1. Task 0
        // preempts and its reservation is high's one; task 1 preempts too, but the partition has
        // no reservation left for it, so the chain ends there and task 2 preempts a pass later.
        SchedulerParams p = shallowMainLoop().withBackfillLimits(new BackfillLimits(0, 0, 0, 0, 0, 0, 1, 0, 0));
        SlurmConfig c = highOverLow(6, p);
        List<Job> jobs = new ArrayList<>(List.of(SlurmReplay.inPartition(SlurmReplay.job(1, 0, 1000, 1000, 1), "other"),
                SlurmReplay.inPartition(SlurmReplay.job(4, 1, 10, 100, 1), "other")));
        for (long low = 5; low <= 7; low++) {
            jobs.add(SlurmReplay.inPartition(SlurmReplay.job(low, 0, 1000, 2000, 2), "low"));
        }
        jobs.addAll(tasks(3, 5, 10, 20, 2, "high"));
        SlurmReplay.Result r = SlurmReplay.run(c, jobs);
        List<Long> requeuedAt = r.requeued.stream().map(o -> o.endTime() / SimTime.SECOND).toList();
        assertEquals(3, requeuedAt.size());
        assertEquals(List.of(5L, 5L), requeuedAt.subList(0, 2));
        assertTrue(requeuedAt.get(2) > 5, "task 2 preempted in a later pass: " + requeuedAt);
    }

    @Test
    void shouldLetEveryLaterTaskOfTheChainPreemptAfterOneDid() {
        // Tasks of one array in sizes a trace may give them: task 0 (two nodes) preempts L1; task 1
        // (six nodes) cannot start before G, of high itself, ends at 1000 and only reserves; task
        // 2 (two nodes) still goes without the retry guard and preempts L2 in the same pass.
        SlurmConfig c = highOverLow(6, shallowMainLoop());
        List<Job> jobs = new ArrayList<>(List.of(SlurmReplay.inPartition(SlurmReplay.job(1, 0, 1000, 1000, 1), "other"),
                SlurmReplay.inPartition(SlurmReplay.job(2, 0, 1000, 2000, 2), "low"),
                SlurmReplay.inPartition(SlurmReplay.job(3, 0, 1000, 2000, 2), "low"),
                SlurmReplay.inPartition(SlurmReplay.job(4, 0, 1000, 1000, 2), "high"),
                SlurmReplay.inPartition(SlurmReplay.job(5, 1, 10, 100, 1), "other")));
        int[] sizes = {2, 6, 2};
        for (int t = 0; t < sizes.length; t++) {
            jobs.add(SlurmReplay.inPartition(SbatchDependencyTest.linked(SlurmReplay.job(task(t), 5, 10, 20, sizes[t]),
                    JobLinks.NONE.asTask(ARRAY, t, 0)), "high"));
        }
        SlurmReplay.Result r = SlurmReplay.run(c, jobs);
        assertEquals(List.of(5L, 5L), r.requeued.stream().map(o -> o.endTime() / SimTime.SECOND).toList());
    }

    @Test
    void shouldLetTheRecordsNextTaskPreemptInThePassItsFirstTaskPreempted() {
        // default_queue_depth 0: a main-loop pass at an event tests only B (tier 3, waiting for X on
        // node 4), so backfill (every second) tries array 8 first. Partitions high (tier 2) and low
        // (tier 1, REQUEUE) share nodes 0-3, held by L1 and L2 of low. Task 0 preempts one of them
        // and reserves its nodes; the record's next task may preempt too (next_task clears
        // preempt_start_time "so a job array can preempt multiple jobs"), so both go in one pass,
        // not the second in a later one.
        SlurmReplay.Result r = SlurmReplay.run(highOverLow(4, shallowMainLoop()),
                twoLowJobsAndAHighArray());
        List<Long> requeuedAt = r.requeued.stream().map(o -> o.endTime() / SimTime.SECOND).toList();
        assertEquals(List.of(5L, 5L), requeuedAt);
        assertEquals(r.start(task(0)), r.start(task(1)));
    }

    /**
     * Partitions other (tier 3, node {@code shared}), high (tier 2) and low (tier 1, REQUEUE) over
     * nodes 0 to {@code shared} - 1, preemption by partition PriorityTier.
     */
    private static SlurmConfig highOverLow(int shared, SchedulerParams p) {
        return SlurmReplay.partitioned(shared + 1, SchedulerType.BACKFILL, p,
                SlurmReplay.tiered("other", SlurmReplay.nodes(shared, shared), false, 3, PreemptMode.OFF),
                SlurmReplay.tiered("high", SlurmReplay.nodes(0, shared - 1), false, 2, PreemptMode.OFF),
                SlurmReplay.tiered("low", SlurmReplay.nodes(0, shared - 1), true, 1, PreemptMode.REQUEUE))
                .withPreemption(Preemption.partitionPrio());
    }

    /** X on node 4 and B waiting for it, L1 and L2 of low on two nodes each, then array 8 in high at 5. */
    private static List<Job> twoLowJobsAndAHighArray() {
        List<Job> jobs = new ArrayList<>(List.of(SlurmReplay.inPartition(SlurmReplay.job(1, 0, 1000, 1000, 1), "other"),
                SlurmReplay.inPartition(SlurmReplay.job(2, 0, 1000, 2000, 2), "low"),
                SlurmReplay.inPartition(SlurmReplay.job(3, 0, 1000, 2000, 2), "low"),
                SlurmReplay.inPartition(SlurmReplay.job(4, 1, 10, 100, 1), "other")));
        jobs.addAll(tasks(2, 5, 10, 20, 2, "high"));
        return jobs;
    }
}
