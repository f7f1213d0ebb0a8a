package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SlurmReplay.job;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
