package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.run.RunObservers;
import org.hpcsim.models.slurm.priority.MultifactorConfig;
import org.hpcsim.models.slurm.priority.MultifactorWeights;
import org.hpcsim.models.workload.ArrayTaskIds;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobDependency;
import org.hpcsim.models.workload.JobDependency.Type;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLinks;
import org.hpcsim.models.workload.JobStatus;
import org.hpcsim.models.workload.ListJobSource;
import org.hpcsim.models.workload.ResourceOptions;
import org.hpcsim.models.workload.SubmitOptions;
import org.junit.jupiter.api.Test;

/**
 * sbatch --dependency and array throttles under the Slurm model: hand-worked schedules on four
 * one-CPU nodes with passes at the instant of events, jobs killed at their limits.
 */
class SbatchDependencyTest {
    static Job linked(Job j, JobLinks links) {
        return new Job(j.id(), j.submitTime(), j.runTime(), j.requestedTime(), j.processors(), j.nodes(), j.gpus(),
                j.labels(), j.history(), -1, -1, new SubmitOptions(ResourceOptions.NONE, links));
    }

    static Job dep(Job j, Type type, long... on) {
        List<JobDependency> d = new ArrayList<>();
        for (long id : on) {
            d.add(new JobDependency(type, id));
        }
        return linked(j, JobLinks.allOf(d));
    }

    static Job failedInTrace(Job j) {
        return new Job(j.id(), j.submitTime(), j.runTime(), j.requestedTime(), j.processors(), j.nodes(), j.gpus(),
                j.labels(), new JobHistory(-1, JobStatus.FAILED, -1, -1, -1, -1), -1, -1, j.options());
    }

    static SlurmReplay.Result run(boolean kill, List<Job> jobs) {
        return run(kill, jobs, new RunObserver[0]);
    }

    static SlurmReplay.Result run(boolean kill, List<Job> jobs, RunObserver... also) {
        SchedulerParams p = SlurmReplay.params(1, 1).withKillInvalidDepend(kill);
        return run(SlurmConfig.uniform(4, 1, SchedulerType.BACKFILL, SelectType.LINEAR, p), jobs, also);
    }

    static SlurmReplay.Result run(SlurmConfig c, List<Job> jobs, RunObserver... also) {
        SlurmReplay.Result r = new SlurmReplay.Result();
        List<RunObserver> all = new ArrayList<>(List.of(also));
        all.add(0, r);
        new SlurmController(c, new ListJobSource(jobs), true, RunObservers.of(all)).run();
        return r;
    }

    static Job job(long id, long submit, long run, long limit, int nodes) {
        return SlurmReplay.job(id, submit, run, limit, nodes);
    }

    @Test
    void shouldHoldAnAfterokJobUntilItsDependencyCompletesThoughNodesAreFree() {
        SlurmReplay.Result r = run(false, List.of(job(1, 0, 100, 200, 2), dep(job(2, 0, 10, 20, 1), Type.AFTEROK, 1)));
        assertEquals(0, r.start(1));
        assertEquals(100, r.start(2));
        assertEquals(0, r.outcomes.get(2L).job().submitTime(), "submitted at its own time, it waited 100 s");
    }

    @Test
    void shouldStartAnAfterJobOnceItsDependencyHasStarted() {
        SlurmReplay.Result r = run(false, List.of(job(1, 0, 100, 200, 4), job(2, 5, 100, 200, 2),
                dep(job(3, 6, 10, 20, 2), Type.AFTER, 2)));
        assertEquals(100, r.start(2));
        assertEquals(100, r.start(3), "2 and 3 share the four nodes once 1 ends");
    }

    @Test
    void shouldTellFailedEndsFromCompletedOnes() {
        // Job 1 times out at 50: afterany and afternotok go, afterok can never be satisfied.
        SlurmReplay.Result r = run(false, List.of(job(1, 0, 100, 50, 1), dep(job(2, 0, 10, 20, 1), Type.AFTERANY, 1),
                dep(job(3, 0, 10, 20, 1), Type.AFTEROK, 1), dep(job(4, 0, 10, 20, 1), Type.AFTERNOTOK, 1),
                dep(job(5, 0, 10, 20, 1), Type.AFTERANY, 3)));
        assertEquals(50, r.start(2));
        assertEquals(50, r.start(4));
        assertFalse(r.outcomes.containsKey(3L));
        assertFalse(r.outcomes.containsKey(5L), "waits for a job that never runs");
        assertEquals(List.of("3: never started: dependency can never be satisfied (DependencyNeverSatisfied):"
                        + " afterok:1 (job 1 failed)",
                "5: never started: its dependency was never satisfied: afterany:3 (job 3 never started)"), r.rejected);
    }

    @Test
    void shouldNeverRunAfternotokOnACompletedJob() {
        SlurmReplay.Result r = run(false, List.of(job(1, 0, 10, 50, 1), dep(job(2, 0, 10, 20, 1), Type.AFTERNOTOK, 1)));
        assertFalse(r.outcomes.containsKey(2L));
        assertEquals(1, r.rejected.size());
    }

    @Test
    void shouldCancelUnsatisfiableJobsUnderKillInvalidDependAndLetTheirAfteranyDependantsGo() {
        SlurmReplay.Result r = run(true, List.of(job(1, 0, 100, 50, 1), dep(job(3, 0, 10, 20, 1), Type.AFTEROK, 1),
                dep(job(5, 0, 10, 20, 1), Type.AFTERANY, 3), dep(job(6, 0, 10, 20, 1), Type.AFTEROK, 3)));
        assertEquals(50, r.start(5), "a cancelled job has ended");
        assertEquals(List.of("3: cancelled: dependency can never be satisfied (kill_invalid_depend): afterok:1"
                        + " (job 1 failed)",
                "6: cancelled: dependency can never be satisfied (kill_invalid_depend): afterok:3 (job 3 failed)"),
                r.rejected);
    }

    @Test
    void shouldCountAJobItsTraceRecordsAsFailedAsFailed() {
        SlurmReplay.Result r = run(false, List.of(failedInTrace(job(1, 0, 10, 50, 1)),
                dep(job(2, 0, 10, 20, 1), Type.AFTEROK, 1), dep(job(3, 0, 10, 20, 1), Type.AFTERNOTOK, 1)));
        assertEquals(10, r.start(3));
        assertFalse(r.outcomes.containsKey(2L));
    }

    @Test
    void shouldStartAnOrDependencyOnTheFirstThatHolds() {
        Job j3 = linked(job(3, 0, 10, 20, 1), new JobLinks(List.of(new JobDependency(Type.AFTEROK, 1),
                new JobDependency(Type.AFTEROK, 2)), true, -1, -1, 0));
        SlurmReplay.Result r = run(false, List.of(job(1, 0, 100, 50, 1), job(2, 0, 80, 100, 1), j3));
        assertEquals(80, r.start(3), "1 fails at 50, 2 completes at 80");
    }

    @Test
    void shouldLiftDependenciesOnUnknownAndPurgedJobs() {
        SlurmReplay.Result r = run(false, List.of(job(1, 0, 10, 50, 1), dep(job(2, 0, 10, 20, 1), Type.AFTEROK, 99),
                dep(job(3, 400, 10, 20, 1), Type.AFTERNOTOK, 1), dep(job(4, 200, 10, 20, 1), Type.AFTERNOTOK, 1)));
        assertEquals(0, r.start(2), "job 99 is unknown");
        assertEquals(400, r.start(3), "job 1 ended 390 s before, more than MinJobAge: purged");
        assertFalse(r.outcomes.containsKey(4L), "190 s after its end job 1 is still known, and completed");
    }

    @Test
    void shouldForgetEndedJobsAfterTheConfiguredMinJobAge() {
        // MinJobAge=600: 390 s after its end job 1 is still known, so job 3's afternotok never holds.
        SchedulerParams p = SlurmReplay.params(1, 1).withMinJobAge(SimTime.seconds(600));
        SlurmReplay.Result r = run(SlurmConfig.uniform(4, 1, SchedulerType.BACKFILL, SelectType.LINEAR, p),
                List.of(job(1, 0, 10, 50, 1), dep(job(3, 400, 10, 20, 1), Type.AFTERNOTOK, 1),
                        dep(job(5, 700, 10, 20, 1), Type.AFTERNOTOK, 1)));
        assertFalse(r.outcomes.containsKey(3L), "job 1 is remembered, and completed");
        assertEquals(700, r.start(5), "690 s after its end job 1 is purged");
    }

    static List<Job> array(long arrayId, int tasks, int throttle, long submit, long run) {
        List<Job> out = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            out.add(linked(job(ArrayTaskIds.of(arrayId, t), submit, run, run * 2, 1),
                    JobLinks.NONE.asTask(arrayId, t, throttle)));
        }
        return out;
    }

    @Test
    void shouldRunAtMostThrottleTasksOfAnArrayAndWaitForAllTasks() {
        List<Job> jobs = new ArrayList<>(array(10, 5, 2, 0, 10));
        jobs.add(dep(job(20, 0, 5, 10, 1), Type.AFTEROK, 10));
        jobs.add(dep(job(21, 0, 5, 10, 1), Type.AFTER, 10));
        SlurmReplay.Result r = run(false, jobs);
        assertEquals(List.of(0L, 0L, 10L, 10L, 20L), List.of(r.start(ArrayTaskIds.of(10, 0)),
                r.start(ArrayTaskIds.of(10, 1)), r.start(ArrayTaskIds.of(10, 2)), r.start(ArrayTaskIds.of(10, 3)),
                r.start(ArrayTaskIds.of(10, 4))));
        assertEquals(30, r.start(20), "afterok on the array waits for its last task");
        assertEquals(20, r.start(21), "after on the array waits until no task is pending");
        assertTrue(r.rejected.isEmpty());
    }

    @Test
    void shouldWaitForOneTaskWhenTheDependencyNamesIt() {
        List<Job> jobs = new ArrayList<>(array(10, 3, 0, 0, 10));
        jobs.set(2, linked(job(ArrayTaskIds.of(10, 2), 0, 40, 80, 1), JobLinks.NONE.asTask(10, 2, 0)));
        jobs.add(dep(job(20, 0, 5, 10, 1), Type.AFTEROK, ArrayTaskIds.of(10, 0)));
        SlurmReplay.Result r = run(false, jobs);
        assertEquals(10, r.start(20));
    }

    private static SlurmReplay.Result preempted(PreemptMode mode, Job dependant) {
        SlurmConfig c = SlurmReplay.partitioned(2, SchedulerType.BUILTIN, SlurmReplay.params(1, 1),
                SlurmReplay.tiered("low", SlurmReplay.nodes(0, 1), true, 1, mode),
                SlurmReplay.tiered("high", SlurmReplay.nodes(0, 1), false, 2, PreemptMode.OFF))
                .withPreemption(Preemption.partitionPrio());
        return SlurmReplay.run(c, List.of(SlurmReplay.inPartition(job(1, 0, 1000, 2000, 2), "low"),
                SlurmReplay.inPartition(job(2, 10, 100, 200, 2), "high"), dependant));
    }

    @Test
    void shouldWaitForARequeuedJobsLastRunUnderAfterany() {
        // Job 1 is requeued at 10 and runs again from 180 to 1180 (see PreemptionTest).
        SlurmReplay.Result r = preempted(PreemptMode.REQUEUE, dep(job(3, 5, 10, 20, 1), Type.AFTERANY, 1));
        assertEquals(1180, r.end(1));
        assertEquals(1180, r.start(3));
    }

    @Test
    void shouldCountAJobCancelledByPreemptionAsFailed() {
        SlurmReplay.Result r = preempted(PreemptMode.CANCEL, dep(job(3, 5, 10, 20, 1), Type.AFTERNOTOK, 1));
        assertEquals(10, r.end(1));
        assertEquals(110, r.start(3), "released at 10, nodes free once job 2 ends");
    }

    @Test
    void shouldAgeAJobUnderMultifactorFromWhenItsDependencyHeld() {
        // Job 2 (submitted 0) becomes eligible at 500 when job 9 ends; job 3 waits from 200. Both need
        // both nodes, free at 1000: by age since eligibility job 3 is older and goes first.
        MultifactorConfig mf = MultifactorConfig.defaults().withWeights(MultifactorWeights.of(1_000_000, 0, 0, 0, 0, 0));
        SlurmConfig c = SlurmConfig.uniform(2, 1, SchedulerType.BUILTIN, SelectType.LINEAR,
                SchedulerParams.defaults().immediate()).withMultifactor(new MultifactorSetup(mf, null));
        List<Job> jobs = List.of(job(1, 0, 1000, 2000, 1), job(9, 0, 500, 1000, 1),
                dep(job(2, 0, 100, 200, 2), Type.AFTERANY, 9), job(3, 200, 100, 200, 2));
        SlurmReplay.Result r = run(c, jobs);
        assertEquals(1000, r.start(3));
        assertEquals(1100, r.start(2));
        SlurmReplay.Result fifo = run(c.withMultifactor(null), jobs);
        assertEquals(1000, fifo.start(2), "priority/basic orders by submit time");
    }

    @Test
    void shouldNotChangeRunsWithoutLinks() {
        List<Job> jobs = List.of(job(1, 0, 100, 200, 2), job(2, 0, 10, 20, 3), job(3, 5, 10, 20, 2));
        SlurmReplay.Result r = run(false, jobs);
        assertEquals(List.of(0L, 100L, 5L), List.of(r.start(1), r.start(2), r.start(3)));
    }
}
