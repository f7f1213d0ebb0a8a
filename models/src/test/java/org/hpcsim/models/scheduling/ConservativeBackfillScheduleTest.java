package org.hpcsim.models.scheduling;

import static org.hpcsim.models.scheduling.ScheduleRuns.assertRan;
import static org.hpcsim.models.scheduling.ScheduleRuns.cores;
import static org.hpcsim.models.scheduling.ScheduleRuns.job;
import static org.hpcsim.models.scheduling.ScheduleRuns.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.run.JobOutcome;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed conservative backfilling schedules (times in seconds; job(id, submit, processors,
 * run, requested)). Every waiting job holds a reservation; the lists are each job's reservations
 * in the order they were made or moved.
 */
class ConservativeBackfillScheduleTest {

    @Test
    void shouldNeverLetALaterJobDelayAnEarlierJobsReservation() {
        // 10 cores.
        //   t=0  J1 (6, req 10) runs 0..10: 4 free.
        //   t=1  J2 (6, req 10): reserved 10..20 (4 to spare then).
        //   t=2  J3 (8, req 10): 4 free at 10, all 10 at 20: reserved 20..30.
        //   t=3  J4 (4, req 25) fits now, and within J2's spare units, but 3..28 would leave only
        //        2 of J3's 8 units at 20: EASY would start it (and delay J3 to 28); here it is
        //        reserved after J3, at 30.
        ScheduleRuns.Reservations r = new ScheduleRuns.Reservations();
        Map<Long, JobOutcome> out = run(cores(10), new ConservativeBackfillPolicy(r), true, List.of(
                job(1, 0, 6, 10, 10),
                job(2, 1, 6, 10, 10),
                job(3, 2, 8, 10, 10),
                job(4, 3, 4, 25, 25)));
        assertRan(out, 1, 0, 10);
        assertRan(out, 2, 10, 20);
        assertRan(out, 3, 20, 30);
        assertRan(out, 4, 30, 55);
        assertEquals(List.of(10L), r.of(2));
        assertEquals(List.of(20L), r.of(3));
        assertEquals(List.of(30L), r.of(4));
    }

    @Test
    void shouldBackfillALaterJobIntoAHoleThatDelaysNoReservation() {
        // 10 cores. J1 (6, req 10) runs 0..10; J2 (10, req 10) is reserved 10..20. J3 (4, req 8)
        // fits in the 4 free cores and ends by 10, before J2 needs them: it starts at once.
        ScheduleRuns.Reservations r = new ScheduleRuns.Reservations();
        Map<Long, JobOutcome> out = run(cores(10), new ConservativeBackfillPolicy(r), true, List.of(
                job(1, 0, 6, 10, 10),
                job(2, 1, 10, 10, 10),
                job(3, 2, 4, 8, 8)));
        assertRan(out, 3, 2, 10);
        assertRan(out, 2, 10, 20);
        assertEquals(List.of(2L), r.of(3));
    }

    @Test
    void shouldCompressTheScheduleWhenAJobEndsEarly() {
        // 10 cores. J1 (10, run 5 but req 20) runs 0..5. J2 (10, req 10) is reserved 20..30,
        // J3 (5, req 10) after it, 30..40. J1 ends at 5: in queue order J2 moves to 5 (and
        // starts), then J3 to 15, where J2 will end.
        ScheduleRuns.Reservations r = new ScheduleRuns.Reservations();
        Map<Long, JobOutcome> out = run(cores(10), new ConservativeBackfillPolicy(r), true, List.of(
                job(1, 0, 10, 5, 20),
                job(2, 1, 10, 10, 10),
                job(3, 2, 5, 10, 10)));
        assertRan(out, 1, 0, 5);
        assertRan(out, 2, 5, 15);
        assertRan(out, 3, 15, 25);
        assertEquals(List.of(20L, 5L), r.of(2));
        assertEquals(List.of(30L, 15L), r.of(3));
    }

    @Test
    void shouldNotMoveALaterJobBackWhenAnEarlierOneCompressesIntoItsSlot() {
        // 10 cores.
        //   t=0  X (5, run 10 but req 100) and Y (5, req 20) start.
        //   t=1  I (10, req 50): 10 free only when X is expected to end: reserved 100..150.
        //   t=2  J (5, req 50): Y's 5 cores are free from 20 and I needs nothing before 100:
        //        reserved 20..70.
        //   t=10 X ends early. I, in queue order first, moves to 70 (J keeps 20..70, so 70 is
        //        the earliest). J then moves to 10 and starts at once: 5 cores free now, Y's from
        //        20, and its own old slot.
        //   t=70 I's reservation falls due with no job arriving or ending then: it starts.
        // Rebuilding all reservations from scratch in queue order would instead give I 20..70 and
        // push J from 20 back to 70.
        ScheduleRuns.Reservations r = new ScheduleRuns.Reservations();
        Map<Long, JobOutcome> out = run(cores(10), new ConservativeBackfillPolicy(r), true, List.of(
                job(1, 0, 5, 10, 100),
                job(2, 0, 5, 20, 20),
                job(3, 1, 10, 50, 50),
                job(4, 2, 5, 50, 50)));
        assertRan(out, 4, 10, 60);
        assertRan(out, 3, 70, 120);
        assertEquals(List.of(100L, 70L), r.of(3));
        assertEquals(List.of(20L, 10L), r.of(4));
    }

    @Test
    void shouldRebuildReservationsWhileAJobOverrunsItsRequestedTime() {
        // 10 cores, jobs not killed. J1 (10, run 30 but req 10) runs 0..30. J2 (10, req 5) is
        // reserved 10..15 and J3 (3, req 5) 15..20. At 10 J2 falls due but J1 still holds every
        // core: the reservations are rebuilt with J1 counted as ending now, and J2, reserved now
        // but unable to start, blocks; no pass is asked for at 15, as J3's reservation assumes
        // J2 ran. J1 ends at 30: J2 starts then, J3 at 35.
        ScheduleRuns.Reservations r = new ScheduleRuns.Reservations();
        Map<Long, JobOutcome> out = run(cores(10), new ConservativeBackfillPolicy(r), false, List.of(
                job(1, 0, 10, 30, 10),
                job(2, 1, 10, 5, 5),
                job(3, 2, 3, 5, 5)));
        assertRan(out, 1, 0, 30);
        assertRan(out, 2, 30, 35);
        assertRan(out, 3, 35, 40);
        assertEquals(List.of(10L, 10L, 30L), r.of(2));
        assertEquals(List.of(15L, 15L, 35L), r.of(3));
    }

    @Test
    void shouldRunZeroLengthJobsWithoutLettingThemShareUnits() {
        // 2 cores. J1 (2, req 10) runs 0..10. J2 and J3 (2 each, run and req 0) arrive at 1: each
        // needs both cores for an instant, so both wait for 10 and run there one after the
        // other, at the same instant.
        Map<Long, JobOutcome> out = run(cores(2), new ConservativeBackfillPolicy(), true, List.of(
                job(1, 0, 2, 10, 10),
                job(2, 1, 2, 0, 0),
                job(3, 1, 2, 0, 0)));
        assertRan(out, 2, 10, 10);
        assertRan(out, 3, 10, 10);
    }

    @Test
    void shouldPlanInWholeNodesUnderNodeAllocation() {
        // 4 nodes x 4 cores by node. J1 (5 cores = 2 nodes, req 10) runs 0..10. J2 (9 cores = 3
        // nodes) is reserved at 10. J3 (2 cores = 1 node, req 20) fits in the 2 free nodes and
        // J2 leaves one of them at 10: it starts now.
        HomogeneousCluster cluster = new HomogeneousCluster(4, 4, AllocationUnit.NODE);
        Map<Long, JobOutcome> out = run(cluster, new ConservativeBackfillPolicy(), true, List.of(
                job(1, 0, 5, 10, 10),
                job(2, 1, 9, 10, 10),
                job(3, 2, 2, 20, 20)));
        assertRan(out, 3, 2, 22);
        assertRan(out, 2, 10, 20);
        assertEquals(4, out.get(3L).allocatedCores());
    }
}
