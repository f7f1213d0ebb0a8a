package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

/** SWF dependencies (preceding job, think time) under the Slurm model, as under the textbook policies. */
class SlurmDependencyTest {
    private static Job after(Job j, long preceding, long thinkS) {
        return new Job(j.id(), j.submitTime(), j.runTime(), j.requestedTime(), j.processors(), j.nodes(), j.gpus(),
                j.labels(), j.history(), preceding, SimTime.seconds(thinkS));
    }

    private static SlurmReplay.Result run(boolean dependencies, List<Job> jobs) {
        SlurmConfig c = SlurmConfig.uniform(4, 1, SchedulerType.BACKFILL, SelectType.LINEAR, SlurmReplay.params(1, 1));
        SlurmReplay.Result r = new SlurmReplay.Result();
        new SlurmController(c, List.of(), new ListJobSource(jobs), true, dependencies, r).run();
        return r;
    }

    @Test
    void shouldSubmitADependentJobOnlyAfterItsPrecedingJobEndsPlusThinkTime() {
        List<Job> jobs = List.of(SlurmReplay.job(1, 0, 100, 200, 1), after(SlurmReplay.job(2, 5, 10, 20, 1), 1, 30));
        SlurmReplay.Result r = run(true, jobs);
        assertEquals(130, r.start(2));
        assertEquals(130, r.outcomes.get(2L).job().submitTime() / SimTime.SECOND, "submitted when released");
        assertEquals(5, run(false, jobs).start(2), "without dependencies it runs at once");
    }
}
