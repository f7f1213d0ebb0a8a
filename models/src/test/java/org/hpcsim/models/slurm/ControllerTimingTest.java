package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SlurmReplay.job;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hpcsim.core.SimTime;
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
    }

    @Test
    void shouldHoldTheFirstPassesForBatchSchedDelayAfterTheControllersStart() {
        // controller.c sets last_sched_time at the background loop's start: a job submitted a second
        // after a start at 100 waits for 103.
        SlurmConfig c = SlurmConfig.uniform(1, 1, SchedulerType.BUILTIN, SelectType.LINEAR,
                SchedulerParams.defaults().withControllerStart(SimTime.seconds(100)));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(job(1, 101, 5, 60, 1)));
        assertEquals(103, r.start(1));
    }
}
