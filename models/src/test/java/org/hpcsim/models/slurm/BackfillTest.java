package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SlurmReplay.job;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BackfillTest {
    private static SlurmConfig cluster(int nodes, long bfInterval, long bfResolution) {
        return SlurmReplay.uniform(nodes, 1, SchedulerType.BACKFILL, SelectType.LINEAR,
                SlurmReplay.params(bfInterval, bfResolution));
    }

    @Test
    void shouldBackfillAShortJobThatEndsBeforeTheHeadsReservation() {
        // Job 1 holds 3 of 4 nodes until 100 (its limit); job 2 needs all 4; job 3 needs 1 node for 50 s.
        SlurmReplay.Result r = SlurmReplay.run(cluster(4, 1, 1),
                List.of(job(1, 0, 100, 100, 3), job(2, 1, 10, 100, 4), job(3, 2, 50, 50, 1)));
        assertEquals(2, r.start(3), "backfilled on the idle node: it ends before job 2 could start");
        assertEquals(100, r.start(2));
    }

    @Test
    void shouldNotBackfillAJobWhoseLimitReachesIntoTheReservation() {
        SlurmReplay.Result r = SlurmReplay.run(cluster(4, 1, 1),
                List.of(job(1, 0, 100, 100, 3), job(2, 1, 10, 100, 4), job(3, 2, 50, 200, 1)));
        assertEquals(100, r.start(2), "the head is not delayed");
        assertEquals(110, r.start(3), "planned by its 200 s limit, not its 50 s run time");
    }

    @Test
    void shouldProtectTheReservationOfEveryBlockedJobNotJustTheFirst() {
        // 4 nodes. Job 1 holds 2 nodes until 100; job 2 holds 1 node until 50.
        // Job 3 needs 4 nodes: reserved at 100 on all nodes. Job 4 needs 2 nodes for 100 s:
        // it cannot start now (only 1 free); its earliest start is 50? No: at 50 only 2 nodes are
        // free but they are reserved for job 3 from 100, and job 4 would run to 150, so Slurm
        // reserves job 4 at 200 (after job 3). Job 5, one node for 40 s, submitted later, fits
        // the idle node now and ends at 45 < 100, so it is backfilled.
        SlurmReplay.Result r = SlurmReplay.run(cluster(4, 1, 1), List.of(job(1, 0, 100, 100, 2), job(2, 0, 50, 50, 1),
                job(3, 1, 100, 100, 4), job(4, 2, 100, 100, 2), job(5, 5, 40, 40, 1)));
        assertEquals(5, r.start(5));
        assertEquals(100, r.start(3));
        assertEquals(200, r.start(4));
    }

    @Test
    void shouldPlanAJobWithoutATimeLimitForAYearWhenItsPartitionHasNoMaxTime() {
        // backfill.c: part_time_limit = YEAR_MINUTES when MaxTime is INFINITE, and a job without a
        // limit takes it; job 3 (no limit) would reach into job 2's reservation at 100 s.
        SlurmReplay.Result r = SlurmReplay.run(cluster(4, 1, 1),
                List.of(job(1, 0, 100, 100, 3), job(2, 1, 10, 100, 4), job(3, 2, 50, 0, 1)));
        assertEquals(100, r.start(2), "the head is not delayed");
        assertEquals(110, r.start(3), "job 3 waits for job 2");
    }

    @Test
    void shouldWaitForTheNextBackfillPassToStartABackfillableJob() {
        // bf_interval 30: the pass after job 3's submission at 2 comes at 30 (first pass at 1).
        SlurmReplay.Result r = SlurmReplay.run(cluster(4, 30, 1),
                List.of(job(1, 0, 100, 100, 3), job(2, 1, 10, 100, 4), job(3, 2, 50, 50, 1)));
        assertEquals(31, r.start(3), "backfill runs bf_interval after its previous pass at 1");
    }

    @Test
    void shouldNotBackfillUnderSchedBuiltin() {
        SlurmReplay.Result r = SlurmReplay.run(SlurmReplay.uniform(4, 1, SchedulerType.BUILTIN, SelectType.LINEAR,
                SlurmReplay.params(1, 1)), List.of(job(1, 0, 100, 100, 3), job(2, 1, 10, 100, 4), job(3, 2, 50, 50, 1)));
        assertEquals(110, r.start(3));
    }

    @Test
    void shouldRoundReservationsDownToTheResolution() {
        // bf_resolution 60: job 2's reservation starts at floor(100/60)*60 = 60, so a 50 s job at
        // t=2 (ends 52 < 60) backfills, but a 70 s job (ends 72, inside [60, ...)) does not.
        SlurmReplay.Result fits = SlurmReplay.run(cluster(4, 1, 60),
                List.of(job(1, 0, 100, 100, 3), job(2, 1, 10, 100, 4), job(3, 2, 50, 50, 1)));
        assertEquals(2, fits.start(3));
        SlurmReplay.Result late = SlurmReplay.run(cluster(4, 1, 60),
                List.of(job(1, 0, 100, 100, 3), job(2, 1, 10, 100, 4), job(3, 2, 70, 70, 1)));
        assertEquals(110, late.start(3));
    }
}
