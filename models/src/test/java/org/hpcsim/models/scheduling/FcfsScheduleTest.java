package org.hpcsim.models.scheduling;

import static org.hpcsim.models.scheduling.ScheduleRuns.assertRan;
import static org.hpcsim.models.scheduling.ScheduleRuns.cores;
import static org.hpcsim.models.scheduling.ScheduleRuns.job;
import static org.hpcsim.models.scheduling.ScheduleRuns.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.run.ClusterRun;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

/** Hand-computed FCFS schedules (times in seconds; job(id, submit, processors, run, requested)). */
class FcfsScheduleTest {

    @Test
    void shouldKeepASmallJobWaitingBehindABlockedLargeJobEvenThoughItWouldFit() {
        // 4 cores.
        //   t=0   J1 (3 cores, 10 s) starts; 1 core free.
        //   t=1   J2 (4 cores) does not fit and blocks the queue.
        //   t=2   J3 (1 core, 2 s) would fit on the free core but waits behind J2 (head-of-line blocking).
        //   t=10  J1 ends; J2 starts on all 4 cores; J3 still does not fit.
        //   t=15  J2 ends; J3 starts, ends at 17.
        Map<Long, JobOutcome> out = run(cores(4), new FcfsPolicy(), false, List.of(
                job(1, 0, 3, 10, 10),
                job(2, 1, 4, 5, 5),
                job(3, 2, 1, 2, 2)));
        assertRan(out, 1, 0, 10);
        assertRan(out, 2, 10, 15);
        assertRan(out, 3, 15, 17);
    }

    @Test
    void shouldStartEveryHeadJobThatFitsInArrivalOrderAndStopAtTheFirstThatDoesNot() {
        // 10 cores.
        //   t=0   J1 (6) and J2 (4) arrive together and both start: 0 free.
        //   t=5   J3 (5) waits; t=6 J4 (1) and t=7 J5 (5) queue behind it.
        //   t=10  J2 ends: 4 free, J3 needs 5, nothing starts (J4 would fit but is blocked).
        //   t=20  J1 ends: 10 free; J3 starts (5 left), J4 starts (4 left), J5 needs 5: waits.
        //   t=23  J4 ends: 5 free; J5 starts, ends at 24. J3 ends at 30.
        Map<Long, JobOutcome> out = run(cores(10), new FcfsPolicy(), false, List.of(
                job(1, 0, 6, 20, 20),
                job(2, 0, 4, 10, 10),
                job(3, 5, 5, 10, 10),
                job(4, 6, 1, 3, 3),
                job(5, 7, 5, 1, 1)));
        assertRan(out, 1, 0, 20);
        assertRan(out, 2, 0, 10);
        assertRan(out, 3, 20, 30);
        assertRan(out, 4, 20, 23);
        assertRan(out, 5, 23, 24);
    }

    @Test
    void shouldRoundJobsUpToWholeNodesUnderNodeAllocation() {
        // 3 nodes x 4 cores, whole nodes: a 5-processor job takes 2 nodes (8 cores).
        //   t=0   J1 (5 procs = 2 nodes, 10 s) starts: 1 node free. J2 (2 nodes) waits.
        //   t=1   J3 (4 procs = 1 node) would fit on the free node but waits behind J2.
        //   t=10  J1 ends: 3 free; J2 starts (1 left), J3 starts (0 left).
        Map<Long, JobOutcome> out = run(new HomogeneousCluster(3, 4, AllocationUnit.NODE), new FcfsPolicy(), false,
                List.of(job(1, 0, 5, 10, 10),
                        job(2, 0, 5, 4, 4),
                        job(3, 1, 4, 3, 3)));
        assertRan(out, 1, 0, 10);
        assertRan(out, 2, 10, 14);
        assertRan(out, 3, 10, 13);
        assertEquals(2, out.get(1L).allocatedUnits());
        assertEquals(8, out.get(1L).allocatedCores());
        assertEquals(1, out.get(3L).allocatedUnits());
        assertEquals(4, out.get(3L).allocatedCores());
    }

    @Test
    void shouldPackTheSameJobsByCoreUnderCoreAllocation() {
        // Same jobs on 3 nodes x 4 cores allocated by core (12 units).
        //   t=0   J1 (5) and J2 (5) start: 2 cores free.
        //   t=1   J3 (4) waits.
        //   t=4   J2 ends: 7 free; J3 starts, ends at 7.
        Map<Long, JobOutcome> out = run(new HomogeneousCluster(3, 4, AllocationUnit.CORE), new FcfsPolicy(), false,
                List.of(job(1, 0, 5, 10, 10),
                        job(2, 0, 5, 4, 4),
                        job(3, 1, 4, 3, 3)));
        assertRan(out, 1, 0, 10);
        assertRan(out, 2, 0, 4);
        assertRan(out, 3, 4, 7);
        assertEquals(5, out.get(1L).allocatedUnits());
        assertEquals(5, out.get(1L).allocatedCores());
    }

    @Test
    void shouldStartAJobArrivingAtTheInstantTheRunningJobEnds() {
        // 4 cores. J1 (4, 10 s) ends at t=10, the instant J2 and J3 arrive: the pass sees both the
        // end and the arrivals, so J2 (4) starts at 10 and J3 (1) waits until J2 ends at 15.
        Map<Long, JobOutcome> out = run(cores(4), new FcfsPolicy(), false, List.of(
                job(1, 0, 4, 10, 10),
                job(2, 10, 4, 5, 5),
                job(3, 10, 1, 1, 1)));
        assertRan(out, 1, 0, 10);
        assertRan(out, 2, 10, 15);
        assertRan(out, 3, 15, 16);
    }

    @Test
    void shouldKeepSubmitOrderForJobsArrivingAtTheSameInstantAsListed() {
        // 2 cores. J1, J2, J3 all arrive at t=0 needing 2 cores each: they run one after another in
        // the order given, even though J3 is listed before the others by id.
        Map<Long, JobOutcome> out = run(cores(2), new FcfsPolicy(), false, List.of(
                job(3, 0, 2, 1, 1),
                job(1, 0, 2, 2, 2),
                job(2, 0, 2, 3, 3)));
        assertRan(out, 3, 0, 1);
        assertRan(out, 1, 1, 3);
        assertRan(out, 2, 3, 6);
    }

    @Test
    void shouldRunZeroLengthJobsAndFreeTheirUnitsAtTheSameInstant() {
        // 2 cores. J1 and J2 (2 cores, 0 s) arrive at t=5: J1 starts and ends at 5, which frees the
        // cores for J2 at 5 as well; J3 (2, 3 s) then runs 5..8.
        Map<Long, JobOutcome> out = run(cores(2), new FcfsPolicy(), false, List.of(
                job(1, 5, 2, 0, 0),
                job(2, 5, 2, 0, 0),
                job(3, 5, 2, 3, 3)));
        assertRan(out, 1, 5, 5);
        assertRan(out, 2, 5, 5);
        assertRan(out, 3, 5, 8);
    }

    @Test
    void shouldKillAJobAtItsRequestedTimeOnlyWhenAskedTo() {
        // 1 core. J1 runs 20 s but asked for 10 s; J2 (5 s) waits for it.
        List<Job> jobs = List.of(job(1, 0, 1, 20, 10), job(2, 0, 1, 5, 5));
        Map<Long, JobOutcome> killed = run(cores(1), new FcfsPolicy(), true, jobs);
        assertRan(killed, 1, 0, 10);
        assertRan(killed, 2, 10, 15);
        Map<Long, JobOutcome> full = run(cores(1), new FcfsPolicy(), false, jobs);
        assertRan(full, 1, 0, 20);
        assertRan(full, 2, 20, 25);
        assertFalse(full.get(1L).killedAtLimit());
    }

    @Test
    void shouldRejectAJobLargerThanTheCluster() {
        ClusterRun run = new ClusterRun(cores(4), new FcfsPolicy(), new ListJobSource(List.of(job(1, 0, 5, 1, 1))),
                false, new ScheduleRuns.Recorder());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, run::run);
    }
}
