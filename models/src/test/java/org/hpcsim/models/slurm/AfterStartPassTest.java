package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SbatchDependencyTest.dep;
import static org.hpcsim.models.slurm.SlurmReplay.job;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hpcsim.models.workload.JobDependency.Type;
import org.junit.jupiter.api.Test;

/**
 * A job whose after: dependency its target's start meets asks slurmctld for no pass (no start
 * calls queue_job_scheduler): it waits for the next pass that builds a queue anyway. Slurm's
 * default controller timing, four one-CPU nodes.
 */
class AfterStartPassTest {
    @Test
    void shouldLeaveAJobReleasedByAStartToThePeriodicPassUnderBuiltin() {
        // Job 2 starts at 11; job 3 (after:2), free from then, waits for the sched_interval pass at
        // 60 (it started at 14 when its release asked for a pass).
        SlurmConfig c = SlurmConfig.uniform(4, 1, SchedulerType.BUILTIN, SelectType.LINEAR, SchedulerParams.defaults());
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(job(1, 0, 500, 1000, 1), job(2, 10, 500, 1000, 1),
                dep(job(3, 10, 10, 20, 1), Type.AFTER, 2)));
        assertEquals(11, r.start(2));
        assertEquals(60, r.start(3));
    }

    @Test
    void shouldLetBackfillWhichTheStartWokeStartIt() {
        // bf_interval 30: the start at 11 is a change, and the backfill pass bf_interval after the
        // one at 1 starts job 3 at 31.
        SlurmConfig c = SlurmConfig.uniform(4, 1, SchedulerType.BACKFILL, SelectType.LINEAR,
                SlurmReplay.ticking(30));
        SlurmReplay.Result r = SlurmReplay.run(c, List.of(job(1, 0, 500, 1000, 1), job(2, 10, 500, 1000, 1),
                dep(job(3, 10, 10, 20, 1), Type.AFTER, 2)));
        assertEquals(11, r.start(2));
        assertEquals(31, r.start(3));
    }
}
