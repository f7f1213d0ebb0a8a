package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.slurm.priority.MultifactorConfig;
import org.hpcsim.models.slurm.priority.MultifactorWeights;
import org.hpcsim.models.workload.ArrayTaskIds;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobLinks;
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
    void shouldNotCountAnArraysTasksAfterOneThatCannotStartAgainstTheQueueDepth() {
        // sched/builtin, partitions a (node 0) and b (node 1). X holds a until 100; array 8 (150
        // tasks) waits in a; J in b. The pass at J's submission tries task 0, which fails a; in
        // slurmctld the other 149 are the same record, so J is the third job tried, well within
        // default_queue_depth (100), and starts at once rather than at the periodic pass (60).
        SlurmConfig c = SlurmReplay.partitioned(2, SchedulerType.BUILTIN, SchedulerParams.defaults().immediate(),
                SlurmReplay.tiered("a", SlurmReplay.nodes(0, 0), true, 1, PreemptMode.OFF),
                SlurmReplay.tiered("b", SlurmReplay.nodes(1, 1), false, 1, PreemptMode.OFF));
        List<Job> jobs = new ArrayList<>(List.of(SlurmReplay.inPartition(job(6, 0, 100, 1), "a")));
        SbatchDependencyTest.array(8, 150, 0, 1, 10).forEach(t -> jobs.add(SlurmReplay.inPartition(t, "a")));
        jobs.add(SlurmReplay.inPartition(job(9, 2, 10, 1), "b"));
        SlurmReplay.Result r = SlurmReplay.run(c, jobs);
        assertEquals(2, r.start(9));
        assertEquals(100, r.start(task(0)));
    }

    @Test
    void shouldReserveForAtMostTwentyTasksOfAnArrayInABackfillPass() {
        // 31 nodes; X holds 30 of them until its limit at 300. Array 8's 25 tasks need two nodes
        // each; Y (one node, 50 s) fits on the free node now, so the pass plans up to it. There is
        // room for every task from 300 or 310, but backfill reserves for tasks 0 to 19 alone
        // (bf_max_job_array_resv, 20), leaves the array's record there and goes on to Y.
        List<Job> jobs = new ArrayList<>(List.of(SlurmReplay.job(6, 0, 100, 300, 30)));
        for (int t = 0; t < 25; t++) {
            jobs.add(SbatchDependencyTest.linked(SlurmReplay.job(task(t), 1, 10, 10, 2), JobLinks.NONE.asTask(8, t, 0)));
        }
        jobs.add(SlurmReplay.job(9, 1, 50, 50, 1));
        List<Long> firstPass = SlurmReplay.reservedInFirstPass(SlurmConfig.uniform(31, 1, SchedulerType.BACKFILL,
                SelectType.LINEAR, SlurmReplay.params(1, 1)), jobs);
        List<Long> expected = new ArrayList<>();
        for (int t = 0; t < 20; t++) {
            expected.add(task(t));
        }
        assertEquals(expected, firstPass);
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
