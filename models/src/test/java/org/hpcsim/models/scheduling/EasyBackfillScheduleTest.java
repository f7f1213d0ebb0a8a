package org.hpcsim.models.scheduling;

import static org.hpcsim.models.scheduling.ScheduleRuns.assertRan;
import static org.hpcsim.models.scheduling.ScheduleRuns.cores;
import static org.hpcsim.models.scheduling.ScheduleRuns.job;
import static org.hpcsim.models.scheduling.ScheduleRuns.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.workload.Job;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hand-computed EASY backfilling schedules (times in seconds; job(id, submit, processors, run,
 * requested)). Every case runs with the incremental shortcut on and off: both must agree.
 * "Shadow" is the head job's reserved start, "extra" the units to spare at that time.
 */
class EasyBackfillScheduleTest {

    @ParameterizedTest(name = "incremental={0}")
    @ValueSource(booleans = {true, false})
    void shouldBackfillAJobThatEndsBeforeTheShadowTime(boolean incremental) {
        // 4 cores.
        //   t=0   J1 (3, req 10) starts: 1 free.
        //   t=1   J2 (4) does not fit: J1 frees 3 at 10 -> 4 >= 4, shadow 10, extra 0.
        //   t=2   J3 (1, req 6) fits and ends by 8 <= 10: backfilled, runs 2..7.
        //   t=3   J4 (1, run 1 but req 7) does not fit (0 free).
        //   t=7   J3 ends: 1 free. J4 fits but would end (by its request) at 14 > 10 and needs
        //         1 > extra 0: not backfilled, although it would really have finished at 8.
        //   t=10  J1 ends: J2 starts (0 free); J4 gets shadow 15.
        //   t=15  J2 ends: J4 runs 15..16.
        ScheduleRuns.RecordingEasy easy = new ScheduleRuns.RecordingEasy(incremental);
        Map<Long, JobOutcome> out = run(cores(4), easy.policy, false, List.of(
                job(1, 0, 3, 10, 10),
                job(2, 1, 4, 5, 5),
                job(3, 2, 1, 5, 6),
                job(4, 3, 1, 1, 7)));
        assertRan(out, 1, 0, 10);
        assertRan(out, 2, 10, 15);
        assertRan(out, 3, 2, 7);
        assertRan(out, 4, 15, 16);
        assertEquals(10L, easy.firstReservationSeconds(2));
        assertEquals(15L, easy.firstReservationSeconds(4));
    }

    @ParameterizedTest(name = "incremental={0}")
    @ValueSource(booleans = {true, false})
    void shouldBackfillAJobWhoseRequestedEndFallsExactlyOnTheShadowTime(boolean incremental) {
        // 4 cores. J1 (3, req 10) runs 0..10; J2 (4) gets shadow 10, extra 0. J3 (1, req 8) arrives
        // at 2 and would end at 10 = shadow: that does not delay J2, so it runs 2..10. At 10 J1 and
        // J3 end together and J2 starts at its reserved time.
        ScheduleRuns.RecordingEasy easy = new ScheduleRuns.RecordingEasy(incremental);
        Map<Long, JobOutcome> out = run(cores(4), easy.policy, false, List.of(
                job(1, 0, 3, 10, 10),
                job(2, 1, 4, 5, 5),
                job(3, 2, 1, 8, 8)));
        assertRan(out, 1, 0, 10);
        assertRan(out, 3, 2, 10);
        assertRan(out, 2, 10, 15);
        assertEquals(10L, easy.firstReservationSeconds(2));
    }

    @ParameterizedTest(name = "incremental={0}")
    @ValueSource(booleans = {true, false})
    void shouldBackfillALongJobThatFitsWithinTheExtraUnits(boolean incremental) {
        // 10 cores.
        //   t=0   J1 (6, req 10) starts: 4 free.
        //   t=1   J2 (8): at 10 J1 frees 6 -> 10 available, shadow 10, extra 10 - 8 = 2.
        //   t=2   J3 (2, req 100) runs past the shadow but 2 <= extra 2: backfilled 2..102, extra 0.
        //   t=3   J4 (1, req 50) fits (2 free) but runs past 10 and 1 > extra 0: it would leave
        //         only 7 free at 10 for J2's 8, so it waits.
        //   t=10  J1 ends: 8 free, J2 starts (0 free). J4: J2 frees 8 at 15, shadow 15.
        //   t=15  J4 runs 15..65.
        ScheduleRuns.RecordingEasy easy = new ScheduleRuns.RecordingEasy(incremental);
        Map<Long, JobOutcome> out = run(cores(10), easy.policy, false, List.of(
                job(1, 0, 6, 10, 10),
                job(2, 1, 8, 5, 5),
                job(3, 2, 2, 100, 100),
                job(4, 3, 1, 50, 50)));
        assertRan(out, 1, 0, 10);
        assertRan(out, 2, 10, 15);
        assertRan(out, 3, 2, 102);
        assertRan(out, 4, 15, 65);
        assertEquals(10L, easy.firstReservationSeconds(2));
        assertEquals(15L, easy.firstReservationSeconds(4));
    }

    @ParameterizedTest(name = "incremental={0}")
    @ValueSource(booleans = {true, false})
    void shouldNotBackfillAJobThatWouldDelayTheHeadJobsReservation(boolean incremental) {
        // 10 cores.
        //   t=0   J1 (6, req 10) starts: 4 free.
        //   t=1   J2 (8): shadow 10, extra 2.
        //   t=2   J3 (3, req 20) fits now, runs past 10 and needs 3 > extra 2: starting it would
        //         leave 7 < 8 at 10, so it must not start.
        //   t=3   J4 (4, req 7) ends at 10 <= shadow: backfilled past J3, runs 3..10.
        //   t=10  J1 and J4 end: 10 free, J2 starts (2 free); J3 (3) waits, shadow 15.
        //   t=15  J3 runs 15..35.
        ScheduleRuns.RecordingEasy easy = new ScheduleRuns.RecordingEasy(incremental);
        Map<Long, JobOutcome> out = run(cores(10), easy.policy, false, List.of(
                job(1, 0, 6, 10, 10),
                job(2, 1, 8, 5, 5),
                job(3, 2, 3, 20, 20),
                job(4, 3, 4, 7, 7)));
        assertRan(out, 1, 0, 10);
        assertRan(out, 2, 10, 15);
        assertRan(out, 3, 15, 35);
        assertRan(out, 4, 3, 10);
        assertEquals(15L, easy.firstReservationSeconds(3));
    }

    @ParameterizedTest(name = "incremental={0}")
    @ValueSource(booleans = {true, false})
    void shouldStartTheHeadBeforeItsReservationWhenJobsEndEarlierThanRequested(boolean incremental) {
        // 10 cores.
        //   t=0   J1 (6, run 4, req 10) starts: 4 free.
        //   t=1   J2 (8): planned on J1's request, shadow 10, extra 2.
        //   t=2   J3 (2, run 3, req 6) ends by 8 <= 10: backfilled, runs 2..5.
        //   t=3   J4 (3) does not fit (2 free).
        //   t=4   J1 really ends: 8 free, J2 starts at 4 (6 before its reservation), 0 free.
        //         J4: J3 is expected to end at 8 (2 units), J2 at 9 (8 units) -> shadow 9.
        //   t=5   J3 ends: 2 free, still not enough for J4.
        //   t=9   J2 ends: J4 runs 9..11.
        ScheduleRuns.RecordingEasy easy = new ScheduleRuns.RecordingEasy(incremental);
        Map<Long, JobOutcome> out = run(cores(10), easy.policy, false, List.of(
                job(1, 0, 6, 4, 10),
                job(2, 1, 8, 5, 5),
                job(3, 2, 2, 3, 6),
                job(4, 3, 3, 2, 2)));
        assertRan(out, 1, 0, 4);
        assertRan(out, 2, 4, 9);
        assertRan(out, 3, 2, 5);
        assertRan(out, 4, 9, 11);
        assertEquals(10L, easy.firstReservationSeconds(2));
        assertEquals(9L, easy.firstReservationSeconds(4));
    }

    @ParameterizedTest(name = "incremental={0}")
    @ValueSource(booleans = {true, false})
    void shouldKillAJobAtItsRequestedTimeWhenKillAtLimitIsOn(boolean incremental) {
        // 4 cores, kill at limit.
        //   t=0   J1 (2, run 20, req 10) and J2 (2, run 10, req 10) start.
        //   t=1   J3 (4): both expected to end at 10, shadow 10.
        //   t=10  J1 is stopped at its limit (killed), J2 finishes exactly at its limit (not killed):
        //         J3 runs 10..15 as reserved.
        //   t=12  J4 (1) does not fit; runs 15..16.
        ScheduleRuns.RecordingEasy easy = new ScheduleRuns.RecordingEasy(incremental);
        Map<Long, JobOutcome> out = run(cores(4), easy.policy, true, List.of(
                job(1, 0, 2, 20, 10),
                job(2, 0, 2, 10, 10),
                job(3, 1, 4, 5, 5),
                job(4, 12, 1, 1, 1)));
        assertRan(out, 1, 0, 10);
        assertRan(out, 2, 0, 10);
        assertRan(out, 3, 10, 15);
        assertRan(out, 4, 15, 16);
        assertTrue(out.get(1L).killedAtLimit());
        assertFalse(out.get(2L).killedAtLimit());
        assertFalse(out.get(3L).killedAtLimit());
        assertEquals(10L, easy.firstReservationSeconds(3));
    }

    @ParameterizedTest(name = "incremental={0}")
    @ValueSource(booleans = {true, false})
    void shouldLetAJobOverrunItsRequestedTimeWhenKillAtLimitIsOff(boolean incremental) {
        // Same jobs without killing.
        //   t=0   J1 (2, run 20, req 10) and J2 (2, run 10) start.
        //   t=1   J3 (4): shadow 10 (planned on J1's request).
        //   t=10  J2 ends: 2 free, J1 overruns (it was due at 10): shadow 10, extra 2 + 2 - 4 = 0.
        //   t=12  J4 (1, req 1) arrives; J1 is overdue, so J3's reservation is clamped to now (12),
        //         extra still 0. J4 fits but would end at 13 > 12 and needs 1 > extra 0: it waits.
        //   t=20  J1 ends after its full run time: J3 runs 20..25 (after its reservation of 10).
        //   t=25  J4 runs 25..26.
        ScheduleRuns.RecordingEasy easy = new ScheduleRuns.RecordingEasy(incremental);
        Map<Long, JobOutcome> out = run(cores(4), easy.policy, false, List.of(
                job(1, 0, 2, 20, 10),
                job(2, 0, 2, 10, 10),
                job(3, 1, 4, 5, 5),
                job(4, 12, 1, 1, 1)));
        assertRan(out, 1, 0, 20);
        assertRan(out, 2, 0, 10);
        assertRan(out, 3, 20, 25);
        assertRan(out, 4, 25, 26);
        assertFalse(out.get(1L).killedAtLimit());
        assertEquals(10L, easy.firstReservationSeconds(3));
        // The reservation made at 12 is clamped to now: expected ends in the past cannot be reserved.
        assertTrue(easy.reservations.stream().anyMatch(r -> r[0] == 3 && r[1] == r[2] && r[2] == 12_000_000_000L),
                "a reservation at 12 s for 12 s");
    }

    @ParameterizedTest(name = "incremental={0}")
    @ValueSource(booleans = {true, false})
    void shouldCountEveryOverdueJobAsFreeAtAReservationClampedToNow(boolean incremental) {
        // 4 cores, no killing; J1 and J2 overrun their requests.
        //   t=0   J1 (1, run 100, req 10), J2 (1, run 100, req 20), J3 (1, run 30, req 30) start: 1 free.
        //   t=1   J4 (2): J1 is expected to free 1 at 10 -> 2 >= 2, shadow 10, extra 0.
        //   t=25  J5 (1, req 2) arrives; J1 (due 10) and J2 (due 20) are both overdue. The
        //         reservation is clamped to now (25), and at 25 both are expected to have ended:
        //         1 + 1 + 1 = 3 available, extra 3 - 2 = 1. J5 ends at 27 > 25 but 1 <= extra 1:
        //         backfilled 25..27.
        //   t=30  J3 ends: 2 free, J4 runs 30..35.
        ScheduleRuns.RecordingEasy easy = new ScheduleRuns.RecordingEasy(incremental);
        Map<Long, JobOutcome> out = run(cores(4), easy.policy, false, List.of(
                job(1, 0, 1, 100, 10),
                job(2, 0, 1, 100, 20),
                job(3, 0, 1, 30, 30),
                job(4, 1, 2, 5, 5),
                job(5, 25, 1, 2, 2)));
        assertRan(out, 1, 0, 100);
        assertRan(out, 2, 0, 100);
        assertRan(out, 3, 0, 30);
        assertRan(out, 4, 30, 35);
        assertRan(out, 5, 25, 27);
        assertEquals(10L, easy.firstReservationSeconds(4));
        assertNull(easy.firstReservationSeconds(5));
    }

    @ParameterizedTest(name = "incremental={0}")
    @ValueSource(booleans = {true, false})
    void shouldSeeSimultaneousArrivalsAndEndsTogether(boolean incremental) {
        // 4 cores.
        //   t=0   J1 (4, req 10) runs 0..10.
        //   t=10  J1 ends as J2 (3, req 5), J3 (2, req 1) and J4 (1, req 5) arrive: one pass sees
        //         all of it. J2 starts (1 free); J3 does not fit: J2 frees 3 at 15, shadow 15,
        //         extra 4 - 2 = 2. J4 ends by 15 <= 15: backfilled 10..15.
        //   t=15  J2 and J4 end at the same instant: J3 runs 15..16.
        ScheduleRuns.RecordingEasy easy = new ScheduleRuns.RecordingEasy(incremental);
        Map<Long, JobOutcome> out = run(cores(4), easy.policy, false, List.of(
                job(1, 0, 4, 10, 10),
                job(2, 10, 3, 5, 5),
                job(3, 10, 2, 1, 1),
                job(4, 10, 1, 5, 5)));
        assertRan(out, 1, 0, 10);
        assertRan(out, 2, 10, 15);
        assertRan(out, 3, 15, 16);
        assertRan(out, 4, 10, 15);
        assertEquals(15L, easy.firstReservationSeconds(3));
    }

    @ParameterizedTest(name = "incremental={0}")
    @ValueSource(booleans = {true, false})
    void shouldRunZeroLengthJobsAndReuseTheirUnitsAtTheSameInstant(boolean incremental) {
        // 4 cores.
        //   t=0   J1 (3, req 10) runs 0..10: 1 free.
        //   t=1   J2 (4, req 1): shadow 10, extra 0.
        //   t=2   J3 and J4 (1 each, run 0, req 0) arrive. J3 ends by 2 <= 10: starts, 0 free, so J4
        //         waits; J3's end at 2 frees its core and a second pass at 2 backfills J4 (2..2).
        //   t=10  J1 ends: J2 runs 10..11.
        //   t=11  J2 ends as J5 (4, run 0) and J6 (4, req 2) arrive: J5 starts and ends at 11; the
        //         pass that follows its end starts J6, 11..13.
        ScheduleRuns.RecordingEasy easy = new ScheduleRuns.RecordingEasy(incremental);
        Map<Long, JobOutcome> out = run(cores(4), easy.policy, false, List.of(
                job(1, 0, 3, 10, 10),
                job(2, 1, 4, 1, 1),
                job(3, 2, 1, 0, 0),
                job(4, 2, 1, 0, 0),
                job(5, 11, 4, 0, 0),
                job(6, 11, 4, 2, 2)));
        assertRan(out, 1, 0, 10);
        assertRan(out, 2, 10, 11);
        assertRan(out, 3, 2, 2);
        assertRan(out, 4, 2, 2);
        assertRan(out, 5, 11, 11);
        assertRan(out, 6, 11, 13);
        assertEquals(10L, easy.firstReservationSeconds(2));
        assertEquals(11L, easy.firstReservationSeconds(6));
    }

    @ParameterizedTest(name = "incremental={0}")
    @ValueSource(booleans = {true, false})
    void shouldPlanInWholeNodesUnderNodeAllocation(boolean incremental) {
        // 4 nodes x 4 cores, whole nodes.
        //   t=0   J1 (9 procs = 3 nodes, req 10) starts: 1 node free.
        //   t=1   J2 (5 procs = 2 nodes): at 10 J1 frees 3 -> 4 nodes, shadow 10, extra 2.
        //   t=2   J3 (4 procs = 1 node, req 50) runs past 10 but 1 <= extra 2: backfilled 2..52.
        //   t=3   J4 (5 procs = 2 nodes) does not fit (0 free).
        //   t=10  J1 ends: 3 free, J2 starts (1 free); J4: J2 frees 2 at 15, shadow 15.
        //   t=15  J4 runs 15..16.
        ScheduleRuns.RecordingEasy easy = new ScheduleRuns.RecordingEasy(incremental);
        List<Job> jobs = List.of(
                job(1, 0, 9, 10, 10),
                job(2, 1, 5, 5, 5),
                job(3, 2, 4, 50, 50),
                job(4, 3, 5, 1, 1));
        Map<Long, JobOutcome> out = run(new HomogeneousCluster(4, 4, AllocationUnit.NODE), easy.policy, false, jobs);
        assertRan(out, 1, 0, 10);
        assertRan(out, 2, 10, 15);
        assertRan(out, 3, 2, 52);
        assertRan(out, 4, 15, 16);
        assertEquals(3, out.get(1L).allocatedUnits());
        assertEquals(12, out.get(1L).allocatedCores());
        assertEquals(2, out.get(2L).allocatedUnits());
        assertEquals(8, out.get(2L).allocatedCores());
        assertEquals(10L, easy.firstReservationSeconds(2));
        assertEquals(15L, easy.firstReservationSeconds(4));
    }

    @ParameterizedTest(name = "incremental={0}")
    @ValueSource(booleans = {true, false})
    void shouldPlanInCoresUnderCoreAllocation(boolean incremental) {
        // The same jobs on 4 x 4 cores allocated by core (16 units).
        //   t=0   J1 (9) starts: 7 free.   t=1  J2 (5) starts: 2 free.
        //   t=2   J3 (4): J2 frees 5 at 6 -> 7, shadow 6, extra 3.   t=3  J4 (5) does not fit.
        //   t=6   J2 ends: J3 starts (3 free); J4 (5): J1 frees 9 at 10, shadow 10.
        //   t=10  J1 ends: J4 runs 10..11.
        ScheduleRuns.RecordingEasy easy = new ScheduleRuns.RecordingEasy(incremental);
        Map<Long, JobOutcome> out = run(new HomogeneousCluster(4, 4, AllocationUnit.CORE), easy.policy, false,
                List.of(job(1, 0, 9, 10, 10),
                        job(2, 1, 5, 5, 5),
                        job(3, 2, 4, 50, 50),
                        job(4, 3, 5, 1, 1)));
        assertRan(out, 1, 0, 10);
        assertRan(out, 2, 1, 6);
        assertRan(out, 3, 6, 56);
        assertRan(out, 4, 10, 11);
        assertEquals(9, out.get(1L).allocatedCores());
        assertEquals(6L, easy.firstReservationSeconds(3));
        assertEquals(10L, easy.firstReservationSeconds(4));
    }

    @ParameterizedTest(name = "incremental={0}")
    @ValueSource(booleans = {true, false})
    void shouldBackfillWhereFcfsWouldBlock(boolean incremental) {
        // The FCFS head-of-line case: 4 cores, J1 (3, req 10) 0..10, J2 (4) shadow 10, extra 0;
        // J3 (1, req 2) ends by 4 <= 10 and runs 2..4 instead of waiting until 15.
        Map<Long, JobOutcome> out = run(cores(4), new ScheduleRuns.RecordingEasy(incremental).policy, false, List.of(
                job(1, 0, 3, 10, 10),
                job(2, 1, 4, 5, 5),
                job(3, 2, 1, 2, 2)));
        assertRan(out, 1, 0, 10);
        assertRan(out, 2, 10, 15);
        assertRan(out, 3, 2, 4);
    }
}
