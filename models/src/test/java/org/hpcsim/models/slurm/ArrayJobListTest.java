package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.slurm.priority.MultifactorConfig;
import org.hpcsim.models.slurm.priority.MultifactorWeights;
import org.hpcsim.models.workload.ArrayTaskIds;
import org.hpcsim.models.workload.Job;
import org.junit.jupiter.api.Test;

/**
 * Where a job array's waiting tasks stand: in the job list, one record that moves to the end each
 * time one of them starts (job_array_split); in the sorted queue, under the array's id.
 */
class ArrayJobListTest {
    private static Job job(long id, long submit, long run, int nodes) {
        return SlurmReplay.job(id, submit, run, 300, nodes);
    }

    private static long task(int index) {
        return ArrayTaskIds.of(8, index);
    }

    @Test
    void shouldWalkAnArraysWaitingTasksAfterJobsSubmittedBeforeOneOfThemStarted() {
        // The real run (slurmctld 22.05.8, sched/builtin, two nodes): X1 (20 s) and X2 (10 s) at 0;
        // array 8 of three 20-s tasks and J (both nodes, 5 s) at 2. Task 0 starts at 10 on X2's
        // node and the array's waiting record moves behind J. At 20 J is first and cannot start,
        // so task 1 leaves X1's node idle; J runs at 30, tasks 1 and 2 at 35 (real: 11, 32 and 38 s
        // after X1 started, on slurmctld's one-second tick).
        List<Job> jobs = new ArrayList<>(List.of(job(6, 0, 20, 1), job(7, 0, 10, 1)));
        jobs.addAll(SbatchDependencyTest.array(8, 3, 0, 2, 20));
        jobs.add(job(9, 2, 5, 2));
        SlurmConfig builtin = SlurmConfig.uniform(2, 1, SchedulerType.BUILTIN, SelectType.LINEAR,
                SchedulerParams.defaults().immediate());
        SlurmReplay.Result r = SlurmReplay.run(builtin, jobs);
        assertEquals(List.of(10L, 30L, 35L, 35L), List.of(r.start(task(0)), r.start(9), r.start(task(1)),
                r.start(task(2))));
    }

    @Test
    void shouldBreakATieOfPriorityAndSubmitTimeByTheArraysId() {
        // Multifactor weights all 0: every job's priority is the same. Array 8 sorts before job 9,
        // submitted in the same second (sort_job_queue2 compares array_job_id), and its tasks by
        // index; on one node they run one after another.
        MultifactorConfig flat = MultifactorConfig.defaults().withWeights(MultifactorWeights.of(0, 0, 0, 0, 0, 0));
        SlurmConfig c = SlurmConfig.uniform(1, 1, SchedulerType.BACKFILL, SelectType.LINEAR,
                SchedulerParams.defaults().immediate()).withMultifactor(new MultifactorSetup(flat, null));
        List<Job> jobs = new ArrayList<>(List.of(job(9, 0, 10, 1)));
        jobs.addAll(SbatchDependencyTest.array(8, 2, 0, 0, 10));
        SlurmReplay.Result r = SlurmReplay.run(c, jobs);
        assertEquals(List.of(0L, 10L, 20L), List.of(r.start(task(0)), r.start(task(1)), r.start(9)));
    }
}
