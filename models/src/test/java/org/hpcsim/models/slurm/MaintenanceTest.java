package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SlurmReplay.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.RunStats;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

class MaintenanceTest {
    private static SlurmReplay.Result run(SchedulerType type, List<Maintenance> windows, List<Job> jobs) {
        SlurmConfig c = SlurmConfig.uniform(4, 1, type, SelectType.LINEAR, SlurmReplay.params(1, 1));
        SlurmReplay.Result r = new SlurmReplay.Result();
        new SlurmController(c, windows, new ListJobSource(jobs), true, false, r).run();
        return r;
    }

    private static Maintenance window(long startS, long endS, int from, int to) {
        BitSet nodes = new BitSet();
        nodes.set(from, to + 1);
        return new Maintenance("maint", SimTime.seconds(startS), SimTime.seconds(endS), nodes);
    }

    @Test
    void shouldNotStartAJobWhoseLimitReachesIntoAWindowOnItsNodes() {
        // All 4 nodes drained over [100, 200): a 4-node job with a 150 s limit at t=0 must wait until 200.
        SlurmReplay.Result r = run(SchedulerType.BUILTIN, List.of(window(100, 200, 0, 3)),
                List.of(job(1, 0, 50, 150, 4)));
        assertEquals(200, r.start(1));
    }

    @Test
    void shouldStartAJobThatEndsBeforeTheWindowAndLeaveRunningJobsAlone() {
        SlurmReplay.Result r = run(SchedulerType.BUILTIN, List.of(window(100, 200, 0, 3)),
                List.of(job(1, 0, 150, 90, 4), job(2, 10, 10, 300, 1)));
        assertEquals(0, r.start(1), "its 90 s limit ends before the window");
        assertEquals(200, r.start(2));
    }

    @Test
    void shouldUseNodesOutsideTheWindow() {
        SlurmReplay.Result r = run(SchedulerType.BACKFILL, List.of(window(100, 200, 0, 1)),
                List.of(job(1, 0, 500, 500, 2)));
        assertEquals(0, r.start(1));
        assertTrue(r.outcomes.get(1L).allocatedUnits() == 2);
    }

    @Test
    void shouldKeepBackfillFromPlanningJobsIntoTheWindow() {
        // Node 1-2 drained over [100, 200). Job 1 holds nodes 3-4 until 1000. Job 2 wants 2 nodes for
        // 150 s: nodes 1-2 are free now but drained from 100, so it starts at 200, not 0.
        SlurmReplay.Result r = run(SchedulerType.BACKFILL, List.of(window(100, 200, 0, 1)),
                List.of(job(1, 0, 1000, 1000, 2), job(2, 1, 150, 150, 2)));
        assertEquals(200, r.start(2));
    }

    /** Slurm's timing (1 s ticks, periodic passes every 60 s from 0) on 4 nodes with {@code windows}. */
    private static SlurmReplay.Result timed(SchedulerType type, List<Maintenance> windows, List<Job> jobs) {
        SlurmConfig c = SlurmConfig.uniform(4, 1, type, SelectType.LINEAR, SchedulerParams.defaults());
        SlurmReplay.Result r = new SlurmReplay.Result();
        new SlurmController(c, windows, new ListJobSource(jobs), true, false, r).run();
        return r;
    }

    @Test
    void shouldStartAJobWaitingForAWindowOnThePeriodicPassOnOrAfterItsEnd() {
        // A window's end asks for no pass (reservation.c counts the windows that start): under
        // sched/builtin the job waiting for it starts on the periodic pass at 180, whether the window
        // ends then (the pass sees it over) or at 170; backfill sees the nodes change and starts it
        // on its next tick, 171.
        for (long end : new long[] {180, 170}) {
            SlurmReplay.Result r = timed(SchedulerType.BUILTIN, List.of(window(100, end, 0, 3)),
                    List.of(job(1, 0, 50, 150, 4)));
            assertEquals(180, r.start(1), "window ending at " + end);
        }
        SlurmReplay.Result backfill = timed(SchedulerType.BACKFILL, List.of(window(100, 170, 0, 3)),
                List.of(job(1, 0, 50, 150, 4)));
        assertEquals(171, backfill.start(1));
    }

    @Test
    void shouldHoldTheNextPassFromThePeriodicPassThatTheWindowsEndLetRun() {
        // Job 1 starts on the periodic pass at 180, which holds the next pass to 183: job 2, at 181,
        // starts then; at 184, on the next tick, 185 (a pass asked for at the window's end would
        // have run at 183 and held it to 186).
        for (long[] submitAndStart : new long[][] {{181, 183}, {184, 185}}) {
            SlurmReplay.Result r = timed(SchedulerType.BUILTIN, List.of(window(100, 180, 0, 3)),
                    List.of(job(1, 0, 50, 150, 2), job(2, submitAndStart[0], 50, 150, 1)));
            assertEquals(180, r.start(1));
            assertEquals(submitAndStart[1], r.start(2), "job 2 submitted at " + submitAndStart[0]);
        }
    }

    /** Two nodes under Slurm's timing; job 1 holds n1 to 101, job 2 (limit 120 s) waits from 10. */
    private static SlurmReplay.Result windowOnN2(List<Maintenance> windows) {
        SlurmConfig c = SlurmConfig.uniform(2, 1, SchedulerType.BUILTIN, SelectType.LINEAR, SchedulerParams.defaults());
        SlurmReplay.Result r = new SlurmReplay.Result();
        new SlurmController(c, windows, new ListJobSource(List.of(job(1, 0, 99, 200, 1), job(2, 10, 50, 120, 1))),
                true, false, r).run();
        return r;
    }

    @Test
    void shouldHoldTheNextPassFromThePassAWindowsStartAsksFor() {
        // controller.c's reservation check, every 5 s from the start, finds the window on n2 begun
        // at 97 on its check at 100 and asks for a pass, which runs then: job 1's end at 101 waits
        // for 100 + 3, and job 2 (whose limit reaches into the window) starts on n1 at 103, not on
        // the tick after the end. The same after an earlier window came and went (its check at 40).
        for (List<Maintenance> windows : List.of(List.of(window(97, 200, 1, 1)),
                List.of(window(37, 45, 1, 1), window(97, 200, 1, 1)))) {
            SlurmReplay.Result r = windowOnN2(windows);
            assertEquals(2, r.start(1));
            assertEquals(103, r.start(2), windows.size() + " windows");
        }
        // Started at 101, on the check at 105: no pass at 100 holds the end's.
        assertEquals(102, windowOnN2(List.of(window(101, 200, 1, 1))).start(2));
    }

    @Test
    void shouldCountAWindowThatStartsWithTheFirstSubmission() {
        // Window on n3 and job 1 both at 101: the first pass runs at 103 (the controller's pass
        // before the first job, 100, plus 3); the check at 105 asks for one at 106, which holds
        // job 2's, at 107, to 109.
        SlurmConfig c = SlurmConfig.uniform(3, 1, SchedulerType.BUILTIN, SelectType.LINEAR, SchedulerParams.defaults());
        SlurmReplay.Result r = new SlurmReplay.Result();
        new SlurmController(c, List.of(window(101, 200, 2, 2)), new ListJobSource(List.of(job(1, 101, 500, 600, 1),
                job(2, 107, 50, 60, 1))), true, false, r).run();
        assertEquals(103, r.start(1));
        assertEquals(109, r.start(2));
    }

    @Test
    void shouldLookForWindowsStartingWhileARequeuedJobWaitsForItsBeginTime() {
        // Job 1 (low) runs on n1 from 2; job 2 (high, both nodes) preempts and requeues it and runs
        // to its end, which leaves job 1 waiting out its requeue delay (eligible at 132) with nothing
        // pending or running. The window on n2 begins at 133; the check at 135 asks for a pass, which
        // starts job 1 on n1 (the periodic pass would at 180).
        SlurmConfig c = SlurmReplay.partitioned(2, SchedulerType.BUILTIN, SchedulerParams.defaults(),
                SlurmReplay.tiered("low", SlurmReplay.nodes(0, 1), true, 1, PreemptMode.REQUEUE),
                SlurmReplay.tiered("high", SlurmReplay.nodes(0, 1), false, 2, PreemptMode.OFF))
                .withPreemption(Preemption.partitionPrio());
        SlurmReplay.Result r = new SlurmReplay.Result();
        new SlurmController(c, List.of(window(133, 500, 1, 1)), new ListJobSource(List.of(
                SlurmReplay.inPartition(job(1, 0, 50, 100, 1), "low"),
                SlurmReplay.inPartition(job(2, 10, 20, 100, 2), "high"))), true, false, r).run();
        assertEquals(1, r.requeued.size());
        assertEquals(135, r.start(1));
    }

    /** When a run of {@code jobs} on two nodes under Slurm's timing, with {@code window}, ends, in seconds. */
    private static double endOfRun(Maintenance window, List<Job> jobs) {
        SlurmConfig c = SlurmConfig.uniform(2, 1, SchedulerType.BUILTIN, SelectType.LINEAR, SchedulerParams.defaults());
        RunStats stats = new SlurmController(c, List.of(window), new ListJobSource(jobs), true, false,
                new SlurmReplay.Result()).run();
        return SimTime.toSeconds(stats.endTime());
    }

    @Test
    void shouldEndTheRunWhenItsLastJobIsRefusedThoughAWindowStartsLater() {
        // Job 2 asks for more nodes than there are and is refused at 20, the run's last event: the
        // look for the window starting at 1000 stops there; so does a run whose only job is refused.
        assertEquals(20, endOfRun(window(1000, 1100, 1, 1), List.of(job(1, 0, 10, 20, 1), job(2, 20, 10, 20, 3))));
        assertEquals(20, endOfRun(window(1000, 1100, 1, 1), List.of(job(2, 20, 10, 20, 3))));
    }

    @Test
    void shouldEndTheRunWithItsLastJobThoughAWindowEndsLater() {
        // Job 2 waits after the first pass, and a window on another node starts at 100 and ends at
        // 170; the last job ends at 18 and the pass its end asks for runs at 19: nothing is armed
        // after that, neither the window's start check nor its end.
        assertEquals(19, endOfRun(window(100, 170, 1, 1), List.of(job(1, 0, 10, 20, 1), job(2, 0, 5, 10, 2))));
    }
}
