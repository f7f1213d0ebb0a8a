package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.JobLinks;
import org.hpcsim.models.workload.ListJobSource;
import org.hpcsim.models.workload.ResourceOptions;
import org.hpcsim.models.workload.SubmitOptions;
import org.junit.jupiter.api.Test;

/**
 * What ends a backfill pass early: a full node_space table (bf_node_space_size) and
 * bf_max_job_start, on four whole nodes. Job 1 holds two nodes to 100 s. Job 2 (all four nodes)
 * reserves [100, 160): a record at each end, three in all; job 3 (three nodes) reserves [160,
 * 220) after it: one more, at 220. Jobs 4 and 5 (one node, 50 s) fit now on the two free nodes.
 */
class BackfillPassEndsTest {
    private static SlurmReplay.Result run(BackfillLimits limits) {
        SchedulerParams params = SlurmReplay.params(1, 1).withBackfillLimits(limits);
        SlurmConfig c = SlurmConfig.uniform(4, 1, SchedulerType.BACKFILL, SelectType.LINEAR, params);
        return SlurmReplay.run(c, List.of(SlurmReplay.job(1, 0, 100, 100, 2), SlurmReplay.job(2, 1, 50, 60, 4),
                SlurmReplay.job(3, 1, 50, 60, 3), SlurmReplay.job(4, 1, 50, 60, 1), SlurmReplay.job(5, 1, 50, 60, 1)));
    }

    private static BackfillLimits tableOf(int records) {
        return new BackfillLimits(0, 0, 0, 0, 0, 0, 0, 0, records);
    }

    @Test
    void shouldEndThePassWhenAReservationFindsTheTableFull() {
        // Three records after job 2: job 3's reservation finds a table of three full, the pass ends
        // and jobs 4 and 5 wait: job 2 runs from 100 to 150, then jobs 3 and 4 start.
        SlurmReplay.Result r = run(tableOf(3));
        assertEquals(100, r.start(2));
        assertEquals(150, r.start(3));
        assertEquals(150, r.start(4));
        // With room for a fourth record job 3 is reserved and the pass goes on to start jobs 4 and 5.
        r = run(tableOf(4));
        assertEquals(1, r.start(4));
        assertEquals(1, r.start(5));
        assertEquals(r.start(4), run(BackfillLimits.NONE).start(4), "the default table: bf_max_job_test, 500");
    }

    @Test
    void shouldTakeTheTableSizeFromBfMaxJobTestByDefault() {
        assertEquals(500, BackfillLimits.NONE.tableSize(500));
        assertEquals(3, tableOf(3).tableSize(500));
    }

    @Test
    void shouldEndThePassAfterBfMaxJobStartStarts() {
        SlurmReplay.Result r = run(new BackfillLimits(0, 0, 0, 0, 0, 0, 0, 1, 0));
        assertEquals(1, r.start(4));
        assertEquals(2, r.start(5), "on the next pass");
    }

    @Test
    void shouldCountTheRecordsAsARealSlurmctldDid() {
        // A real slurmctld 22.05.8 (four one-CPU nodes, bf_interval=1, bf_resolution 60 s): job 1
        // (2 nodes, 4 min) runs; jobs 2 (4 nodes), 3 and 3b (3 nodes each, 2 min) are planned one
        // after the other; job 4 (1 node, 1 min) could start now. With bf_node_space_size=4 job 3b
        // got a start time but no reservation and job 4 was never tested; with 5 job 4 started a
        // second after job 1. Job 2's reservation makes two records, job 3's one, job 3b's one
        // (here jobs 2, 3, 4 and 5 stand for the real 2, 3, 3b and 4).
        for (int size : new int[] {4, 5}) {
            SchedulerParams params = SlurmReplay.params(1, 60).withBackfillLimits(tableOf(size));
            SlurmConfig c = SlurmConfig.uniform(4, 1, SchedulerType.BACKFILL, SelectType.LINEAR, params);
            SlurmReplay.Result r = SlurmReplay.run(c, List.of(SlurmReplay.job(1, 0, 120, 240, 2),
                    SlurmReplay.job(2, 1, 10, 120, 4), SlurmReplay.job(3, 1, 10, 120, 3),
                    SlurmReplay.job(4, 1, 10, 120, 3), SlurmReplay.job(5, 1, 30, 60, 1)));
            if (size == 4) {
                assertEquals(120, r.start(2), "job 4 waits for job 1's end and job 2 takes the cluster first");
                assertTrue(r.start(5) >= 120, "job 5 started at " + r.start(5));
            } else {
                assertEquals(1, r.start(5));
            }
        }
    }

    @Test
    void shouldPassAgainBfIntervalAfterAPassInTheSecondOfAChange() {
        // Idealised controller, bf_interval 30 s, two nodes. Job 1 holds one to 100 (limit 200); at 10
        // job 2 (both nodes) is reserved from 200 and job 3 (one node, limit 300) cannot start before
        // it. The pass at 10 runs in the second of those submissions, so _more_work holds another at
        // 40, which changes nothing, so none follows it.
        SchedulerParams params = SlurmReplay.params(30, 60);
        SlurmController controller = new SlurmController(SlurmConfig.uniform(2, 1, SchedulerType.BACKFILL,
                SelectType.LINEAR, params), new ListJobSource(List.of(
                SlurmReplay.job(1, 0, 100, 200, 1), SlurmReplay.job(2, 10, 10, 200, 2),
                SlurmReplay.job(3, 10, 10, 300, 1))), true, new SlurmReplay.Result());
        List<Long> passes = new ArrayList<>();
        controller.listen(new BackfillListener() {
            @Override
            public void passStarted(long now) {
                passes.add(now / SimTime.SECOND);
            }
        });
        controller.run();
        assertEquals(List.of(10L, 40L), passes, "at 100 job 2 starts and nothing left fits: no pass");
    }

    /** A cons_tres job of {@code nodes} one-CPU nodes, submitted, running and limited in seconds; --exclusive or not. */
    private static Job consJob(long id, long submit, long run, long limit, int nodes, boolean exclusive) {
        return new Job(id, SimTime.seconds(submit), SimTime.seconds(run), SimTime.seconds(limit), nodes, nodes, 0,
                JobLabels.NONE, JobHistory.UNKNOWN, -1, -1,
                new SubmitOptions(new ResourceOptions("", "", 0, 0, 0, 0, exclusive), JobLinks.NONE));
    }

    @Test
    void shouldCountTheRecordsOfAnExclusiveJobThePassStartsUnderConsTres() {
        // Four one-CPU nodes, cons_tres. Job 1 holds two to 100. In the pass at 1: job 2 (4 nodes) is
        // reserved from 100 (3 records); job 3 (--exclusive, 1 node, to 51) starts and goes into the
        // table from the map's start to 51 (_bf_reserve_running: an empty first record and one at
        // 51, 5 records); job 4 (3 nodes) finds a table of 5 full and the pass ends, so job 5 (1
        // node, to 51) waits for the next pass, a second later. With 6 records job 4 is reserved and
        // job 5 starts at once. A real slurmctld 22.05.8 (select/cons_tres, CR_Core, bf_interval=1,
        // sbatch --exclusive) did the same: at bf_node_space_size=5 job 5 started a second after
        // job 3, at 6 in the same second.
        for (int size : new int[] {5, 6}) {
            SchedulerParams params = SlurmReplay.params(1, 1).withBackfillLimits(tableOf(size));
            SlurmConfig c = SlurmConfig.uniform(4, 1, SchedulerType.BACKFILL, SelectType.CONS_TRES, params);
            SlurmReplay.Result r = SlurmReplay.run(c, List.of(consJob(1, 0, 100, 100, 2, false),
                    consJob(2, 1, 10, 60, 4, false), consJob(3, 1, 50, 50, 1, true), consJob(4, 1, 10, 60, 3, false),
                    consJob(5, 1, 30, 50, 1, false)));
            assertEquals(1, r.start(3), "backfilled at once");
            if (size == 5) {
                assertEquals(2, r.start(5), "on the next pass, which job 3's start calls for");
            } else {
                assertEquals(1, r.start(5));
            }
        }
    }
}
