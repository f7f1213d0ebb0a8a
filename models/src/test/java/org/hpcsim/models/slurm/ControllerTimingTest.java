package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SlurmReplay.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

/** When slurmctld's loops act, with Slurm's default timing (1 s background tick, batch_sched_delay 3 s). */
class ControllerTimingTest {
    private static SlurmConfig builtin(int nodes) {
        return SlurmConfig.uniform(nodes, 1, SchedulerType.BUILTIN, SelectType.LINEAR, SchedulerParams.defaults());
    }

    @Test
    void shouldStartTheFirstJobOnceBatchSchedDelayHasPassedSinceTheControllersLastPass() {
        // The controller ran its main loop one tick before the first submission: 9 + 3 = 12.
        SlurmReplay.Result r = SlurmReplay.run(builtin(2), List.of(job(1, 10, 5, 60, 1)));
        assertEquals(12, r.start(1));
    }

    @Test
    void shouldSpaceEventTriggeredPassesByBatchSchedDelay() {
        // Job 1 starts on the pass at 2; job 2 arrives at 3 but the next pass may run only at 2 + 3 = 5.
        SlurmReplay.Result r = SlurmReplay.run(builtin(2), List.of(job(1, 0, 50, 60, 1), job(2, 3, 5, 60, 1)));
        assertEquals(2, r.start(1));
        assertEquals(5, r.start(2));
    }

    @Test
    void shouldReuseAFreedNodeOnlyOnTheTickAfterTheEnd() {
        // Job 1 runs 2..22; the tick at 22 sees the node still busy, the one at 23 starts job 2.
        SlurmReplay.Result r = SlurmReplay.run(builtin(1), List.of(job(1, 0, 20, 60, 1), job(2, 0, 5, 60, 1)));
        assertEquals(2, r.start(1));
        assertEquals(23, r.start(2));
    }

    @Test
    void shouldLetBackfillStartAJobBeforeTheDelayedMainLoop() {
        // bf_interval 1: backfill starts job 1 at 1; the main loop ran at 2. Job 2 arrives at 3: the
        // main loop may not run before 5, but backfill runs at 4 and starts it.
        SchedulerParams d = SchedulerParams.defaults();
        SchedulerParams p = new SchedulerParams(d.defaultQueueDepth(), d.schedInterval(), SimTime.SECOND,
                d.bfResolution(), d.bfWindow(), d.bfMaxJobTest(), 0, d.batchSchedDelay(), d.tick());
        SlurmConfig c = SlurmConfig.uniform(2, 1, SchedulerType.BACKFILL, SelectType.LINEAR, p);
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(job(1, 0, 50, 60, 1), job(2, 3, 5, 60, 1)));
        assertEquals(1, r.start(1));
        assertEquals(4, r.start(2));
        SlurmReplay.Result builtin = SlurmReplay.run(builtin(2), List.of(job(1, 0, 50, 60, 1), job(2, 3, 5, 60, 1)));
        assertEquals(5, builtin.start(2));
    }

    @Test
    void shouldKillAJobOverItsLimitOnTheNextTimeLimitTest() {
        // slurmctld tests time limits every 30 s: on a real 22.05.8, a job of a one-minute limit that
        // started at 06:17:59 was killed at 06:19:26, and the job waiting for its nodes started at
        // 06:19:28. Here job 1 starts at 2 and may run to 62; the tests come at 30, 60, 90: killed at
        // 90, and job 2 starts on the tick after. Job 3, also started at 2 with a limit to 62, ends by
        // its own at 77, before the test at 90 would kill it.
        SlurmReplay.Result r = SlurmReplay.run(builtin(3), List.of(job(1, 0, 300, 60, 2), job(3, 0, 75, 60, 1),
                job(2, 1, 5, 60, 2)));
        assertEquals(2, r.start(1));
        assertEquals(90, r.end(1));
        assertTrue(r.outcomes.get(1L).killedAtLimit());
        assertEquals(2, r.start(3));
        assertEquals(77, r.end(3));
        assertFalse(r.outcomes.get(3L).killedAtLimit(), "ended before the test that would have killed it");
        assertEquals(91, r.start(2));
    }

    @Test
    void shouldKillAtTheLimitItselfUnderAnIdealisedController() {
        SlurmConfig c = SlurmConfig.uniform(1, 1, SchedulerType.BUILTIN, SelectType.LINEAR,
                SchedulerParams.defaults().immediate());
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(job(1, 0, 300, 60, 1)));
        assertEquals(60, r.end(1));
    }

    @Test
    void shouldHoldTheNextPassForBatchSchedDelayAfterThePeriodicPass() {
        // The periodic pass runs every sched_interval (60 s) from the controller's start (0) whatever
        // waits, and sets last_sched_time: job 2, submitted at 61, waits for 60 + 3 = 63. A real
        // 22.05.8 ran it at 13:25:29.902 and started a job submitted at 13:25:30.501 at 13:25:32.916.
        SlurmReplay.Result r = SlurmReplay.run(builtin(2), List.of(job(1, 0, 300, 600, 1), job(2, 61, 5, 60, 1)));
        assertEquals(2, r.start(1));
        assertEquals(63, r.start(2));
    }

    @Test
    void shouldServeAHeldRequestOnThePeriodicPass() {
        // Job 2 starts on the pass at 58; job 3, submitted at 59, is held to 61 by batch_sched_delay,
        // but the periodic pass at 60 comes first and starts it.
        SlurmReplay.Result r = SlurmReplay.run(builtin(3), List.of(job(1, 0, 300, 600, 1), job(2, 57, 300, 600, 1),
                job(3, 59, 5, 60, 1)));
        assertEquals(58, r.start(2));
        assertEquals(60, r.start(3));
    }

    @Test
    void shouldAskForNoOtherPassForTheSubmissionsATicksPassAdmits() {
        // Job 1's end at 12 asks for the pass at 13, which also takes job 2, submitted in that second:
        // the pass clears the request count (job_sched_cnt), so job 3 at 17 waits only for the tick
        // after it, 18, not for a pass at 16 that its submission would have asked for (16 + 3 = 19).
        SlurmReplay.Result r = SlurmReplay.run(builtin(3), List.of(job(1, 0, 10, 60, 1), job(2, 13, 100, 60, 1),
                job(3, 17, 100, 60, 1)));
        assertEquals(13, r.start(2));
        assertEquals(18, r.start(3));
    }

    @Test
    void shouldHoldAnEndOnAPeriodicPasssTickFromThatPass() {
        // Job 1 ends at 60, just after the periodic pass of that tick (whether or not it ran as an
        // event here): job 2 waits for 60 + 3, not for the next tick.
        SlurmReplay.Result r = SlurmReplay.run(builtin(3), List.of(job(1, 0, 58, 600, 3), job(2, 1, 10, 60, 1)));
        assertEquals(60, r.end(1));
        assertEquals(63, r.start(2));
    }

    @Test
    void shouldLetAPeriodicPassSeeTheSubmissionsOfItsTick() {
        // Submissions of a tick's second count as before its pass (as on the main loop's ticks): the
        // periodic passes at 60 and, on an idle cluster, at 480 start jobs submitted then (job 3, at
        // 400, is off the grid: the next tick).
        SlurmReplay.Result r = SlurmReplay.run(builtin(3), List.of(job(1, 0, 200, 600, 1), job(2, 60, 10, 60, 1),
                job(3, 400, 10, 60, 1), job(4, 480, 10, 60, 1)));
        assertEquals(60, r.start(2));
        assertEquals(401, r.start(3));
        assertEquals(480, r.start(4));
        // A first submission on the tick too; that pass holds job 2, at 61, to 63.
        SlurmReplay.Result first = SlurmReplay.run(builtin(3), List.of(job(1, 60, 10, 60, 1), job(2, 61, 10, 60, 1)));
        assertEquals(60, first.start(1));
        assertEquals(63, first.start(2));
    }

    @Test
    void shouldLetATicksPassSeeTheDependentSubmissionsOfItsSecond() {
        // Job 2 names job 1 (which runs 2-52) with a think time: submitted 8 s after, at 60, the
        // periodic pass's tick, it starts there; 1 s after, at 53, the tick of the pass job 1's end
        // asked for, it starts there too (a trace submission in those seconds would).
        for (long[] thinkAndStart : new long[][] {{8, 60}, {1, 53}}) {
            Job first = rigid(1, 0, 50, 600, 1);
            Job dependent = new Job(2, SimTime.seconds(1), SimTime.seconds(10), SimTime.seconds(60), 1, 1, 0,
                    JobLabels.NONE, JobHistory.UNKNOWN, 1, SimTime.seconds(thinkAndStart[0]));
            SlurmReplay.Result r = new SlurmReplay.Result();
            new SlurmController(builtin(3), List.of(), new ListJobSource(List.of(first, dependent)), true, true, r)
                    .run();
            assertEquals(2, r.start(1));
            assertEquals(thinkAndStart[1], r.start(2), "think time " + thinkAndStart[0]);
        }
    }

    @Test
    void shouldRunAnEarlierPeriodicPassThanTheOneArmedForASubmission() {
        // default_queue_depth 1 (a pass tests two jobs). At 0 the periodic pass at 120 is armed for
        // job 5; jobs 2 to 4 then wait past the depth, which wants the one at 60. Job 1 frees the
        // nodes at 57.5; the pass at 58 starts jobs 2 and 3, the periodic one at 60 job 4 (at 64, on
        // their ends, if the pass armed for 120 had kept the one at 60 from being armed).
        SchedulerParams d = SchedulerParams.defaults();
        SchedulerParams p = new SchedulerParams(1, d.schedInterval(), d.bfInterval(), d.bfResolution(), d.bfWindow(),
                d.bfMaxJobTest(), 0, d.batchSchedDelay(), d.tick());
        SlurmConfig c = SlurmConfig.uniform(3, 1, SchedulerType.BUILTIN, SelectType.LINEAR, p);
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(rigid(1, 0, 55.5, 600, 3), rigid(2, 0, 5, 60, 1),
                rigid(3, 0, 5, 60, 1), rigid(4, 0, 5, 60, 1), rigid(5, 120, 5, 60, 1)));
        assertEquals(58, r.start(3));
        assertEquals(60, r.start(4));
        assertEquals(120, r.start(5));
    }

    @Test
    void shouldCountThePeriodicPassesAndTimeLimitTestsFromTheControllersStart() {
        // slurmctld started at 25: periodic passes at 85, 145...; time-limit tests at 55, 85, 115...
        SlurmConfig c = SlurmConfig.uniform(3, 1, SchedulerType.BUILTIN, SelectType.LINEAR,
                SchedulerParams.defaults().withControllerStart(SimTime.seconds(25)));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(job(1, 0, 300, 600, 1), job(2, 61, 5, 60, 1),
                job(3, 86, 5, 60, 1)));
        assertEquals(62, r.start(2), "no periodic pass at 60");
        assertEquals(88, r.start(3), "held by the periodic pass at 85");
        // A job started at 2 may run to 62; the first test at or after it is at 85.
        SlurmReplay.Result killed = SlurmReplay.run(c, List.of(job(1, 0, 300, 60, 1)));
        assertEquals(85, killed.end(1));
        // Started at 25.5, the loop ticks on whole seconds from 26: time-limit tests at 56, 86 (as
        // the periodic passes, at 86, 146), not at 55.5, 85.5.
        SlurmConfig half = SlurmConfig.uniform(1, 1, SchedulerType.BUILTIN, SelectType.LINEAR,
                SchedulerParams.defaults().withControllerStart(SimTime.ofSeconds(25.5)));
        assertEquals(86, SlurmReplay.run(half, List.of(job(1, 0, 300, 60, 1))).end(1));
    }

    @Test
    void shouldHoldThePassesForBatchSchedDelayAfterTheControllersStart() {
        // controller.c sets last_sched_time at the background loop's start: slurmctld restarted at 100
        // under a running job; job 2 waits behind it from 50, and the pass its end at 101 asks for
        // waits for 103 (on the next tick, 102, without the restart).
        SlurmConfig c = SlurmConfig.uniform(1, 1, SchedulerType.BUILTIN, SelectType.LINEAR,
                SchedulerParams.defaults().withControllerStart(SimTime.seconds(100)));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(job(1, 0, 99, 600, 1), job(2, 50, 5, 60, 1)));
        assertEquals(2, r.start(1));
        assertEquals(103, r.start(2));
        // An end on the start's very tick comes after the start too, and the pass an end just before
        // it asks for comes after it.
        for (long run : new long[] {98, 97}) {
            SlurmReplay.Result r2 = SlurmReplay.run(c, List.of(job(1, 0, run, 600, 1), job(2, 50, 5, 60, 1)));
            assertEquals(2 + run, r2.end(1));
            assertEquals(103, r2.start(2), "job 1 ending at " + (2 + run));
        }
    }

    @Test
    void shouldLetThePeriodicPassServeAPassTheRestartHolds() {
        // batch_sched_delay 90 s, longer than sched_interval: job 1 starts at 89 and ends at 94; the
        // restart at 100 would hold the pass its end asks for to 190, but the periodic pass at 160
        // comes first and starts job 2.
        SchedulerParams d = SchedulerParams.defaults();
        SchedulerParams p = new SchedulerParams(d.defaultQueueDepth(), d.schedInterval(), d.bfInterval(),
                d.bfResolution(), d.bfWindow(), d.bfMaxJobTest(), 0, SimTime.seconds(90), d.tick())
                .withControllerStart(SimTime.seconds(100));
        SlurmConfig c = SlurmConfig.uniform(1, 1, SchedulerType.BUILTIN, SelectType.LINEAR, p);
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(job(1, 0, 5, 600, 1), job(2, 1, 5, 60, 1)));
        assertEquals(89, r.start(1));
        assertEquals(160, r.start(2));
    }

    @Test
    void shouldLetThePeriodicPassOfTheRunsFirstInstantSeeItsSubmissions() {
        // slurmctld started at -60: 0 is a periodic pass's tick, and the first job, submitted then,
        // starts on it (with the start at 0, it is no periodic pass: the first job waits as usual).
        SlurmConfig c = SlurmConfig.uniform(2, 1, SchedulerType.BUILTIN, SelectType.LINEAR,
                SchedulerParams.defaults().withControllerStart(SimTime.seconds(-60)));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(job(1, 0, 5, 60, 1), job(2, 4, 5, 60, 1)));
        assertEquals(0, r.start(1));
        assertEquals(5, r.start(2), "that pass took the first job's request: no other pass at 3 holds job 2 to 6");
        assertEquals(2, SlurmReplay.run(builtin(2), List.of(job(1, 0, 5, 60, 1))).start(1));
    }

    @Test
    void shouldTestTheWholeQueueWhenTheMainLoopsPassIsThePeriodicOne() {
        // default_queue_depth 1. Job 1 holds the three nodes to 57.5; jobs 2 and 3 wait from 10, job 4
        // from 56.2 (its pass at 57). Job 1's end asks for a pass held to 60, the periodic one: it
        // tests the whole queue and starts all three (a depth-bound pass would start job 2 alone).
        SchedulerParams d = SchedulerParams.defaults();
        SchedulerParams p = new SchedulerParams(1, d.schedInterval(), d.bfInterval(), d.bfResolution(), d.bfWindow(),
                d.bfMaxJobTest(), 0, d.batchSchedDelay(), d.tick());
        SlurmConfig c = SlurmConfig.uniform(3, 1, SchedulerType.BUILTIN, SelectType.LINEAR, p);
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(rigid(1, 0, 55.5, 600, 3), rigid(2, 10, 5, 60, 1),
                rigid(3, 10, 5, 60, 1), rigid(4, 56.2, 5, 60, 1)));
        assertEquals(60, r.start(2));
        assertEquals(60, r.start(3));
        assertEquals(60, r.start(4));
    }

    /** A rigid job of {@code nodes} whole nodes, submitted at {@code submit} s (a fraction allowed). */
    private static Job rigid(long id, double submit, double run, long limit, int nodes) {
        return new Job(id, SimTime.ofSeconds(submit), SimTime.ofSeconds(run), SimTime.seconds(limit), nodes, nodes, 0,
                JobLabels.NONE, JobHistory.UNKNOWN, -1, -1);
    }

    @Test
    void shouldKeepThePeriodicPassArmedWhenTheMainLoopsPassFallsOnItsTick() {
        // default_queue_depth 1, bf_interval 1; jobs ask one leaf switch, waiting at most 90 s. Jobs
        // 1 and 2 hold three nodes of leaves s0 and s1 each; job 7's node frees at 56.5. Jobs 3 and 4
        // (two nodes each, 58.2 and 58.3) find no leaf with two free nodes: the main pass held to 60
        // is also the periodic one, and backfill has armed the periodic event for 60 as well. The
        // pass must leave the next periodic event armed: only a periodic pass starts job 3 once its
        // wait is over at 148.2, the one at 180 (with the event lost, job 3 waited for job 1's end).
        SchedulerParams d = SchedulerParams.defaults();
        SchedulerParams p = new SchedulerParams(1, d.schedInterval(), SimTime.SECOND, SimTime.SECOND, d.bfWindow(),
                d.bfMaxJobTest(), 0, d.batchSchedDelay(), d.tick());
        SwitchTree tree = SwitchTree.builder(9).leaf("s0", 0, 1, 2, 3).leaf("s1", 4, 5, 6, 7).leaf("s2", 8)
                .upper("root", "s0", "s1", "s2").build();
        SlurmConfig c = SlurmReplay.uniform(9, 1, SchedulerType.BACKFILL, SelectType.LINEAR, p).withTopology(tree)
                .withSwitches(new SwitchRequest(1, SimTime.seconds(90)));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(rigid(1, 0, 1000, 2000, 3), rigid(2, 0, 1000, 2000, 3),
                rigid(7, 0, 55.5, 2000, 1), rigid(3, 58.2, 100, 200, 2), rigid(4, 58.3, 100, 200, 2)));
        assertEquals(180, r.start(3));
    }
}
