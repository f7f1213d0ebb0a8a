package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
}
