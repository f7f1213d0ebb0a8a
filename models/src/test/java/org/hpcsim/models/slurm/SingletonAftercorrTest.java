package org.hpcsim.models.slurm;

import static org.hpcsim.models.slurm.SbatchDependencyTest.dep;
import static org.hpcsim.models.slurm.SbatchDependencyTest.job;
import static org.hpcsim.models.slurm.SbatchDependencyTest.linked;
import static org.hpcsim.models.slurm.SbatchDependencyTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.workload.ArrayTaskIds;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobDependency;
import org.hpcsim.models.workload.JobDependency.Type;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.JobLinks;
import org.junit.jupiter.api.Test;

/**
 * sbatch --dependency=singleton and aftercorr under the Slurm model: hand-worked schedules on four
 * one-CPU nodes with passes at the instant of events (see {@link SbatchDependencyTest}).
 */
class SingletonAftercorrTest {
    /** {@code j} submitted by {@code user} under job name {@code name}. */
    private static Job named(Job j, String user, String name) {
        return new Job(j.id(), j.submitTime(), j.runTime(), j.requestedTime(), j.processors(), j.nodes(), j.gpus(),
                new JobLabels(user, "", "", "", "", "", name), j.history(), -1, -1, j.options());
    }

    private static Job singleton(Job j, String user, String name) {
        return named(linked(j, JobLinks.allOf(List.of(JobDependency.SINGLETON_DEPENDENCY))), user, name);
    }

    @Test
    void shouldStartASingletonOnlyAfterEarlierJobsOfItsUserAndNameEnded() {
        SlurmReplay.Result r = run(false, List.of(named(job(1, 0, 100, 200, 2), "ann", "sim"),
                singleton(job(2, 0, 10, 20, 1), "ann", "sim"), singleton(job(3, 5, 10, 20, 1), "ann", "sim"),
                singleton(job(4, 0, 10, 20, 1), "ann", "other"), singleton(job(5, 0, 10, 20, 1), "bob", "sim")));
        assertEquals(0, r.start(4), "another name");
        assertEquals(0, r.start(5), "another user");
        assertEquals(100, r.start(2), "after job 1, though nodes were free from 10");
        assertEquals(110, r.start(3), "after job 2, pending before it and then running");
    }

    @Test
    void shouldBeHeldByARunningJobOfTheGroupSubmittedAfterIt() {
        SlurmReplay.Result r = run(false, List.of(named(job(1, 0, 100, 200, 1), "ann", "sim"),
                singleton(job(2, 5, 10, 20, 1), "ann", "sim"), named(job(3, 10, 200, 400, 1), "ann", "sim")));
        assertEquals(10, r.start(3), "no singleton itself: it runs at once");
        assertEquals(210, r.start(2), "running jobs block whatever their submission order");
    }

    @Test
    void shouldNotBeHeldByAPendingJobSubmittedAfterIt() {
        SlurmReplay.Result r = run(false, List.of(named(job(1, 0, 100, 200, 4), "ann", "sim"),
                singleton(job(2, 1, 10, 20, 1), "ann", "sim"), named(job(3, 2, 10, 20, 4), "ann", "sim")));
        assertEquals(100, r.start(2), "job 3, pending, came later");
        assertEquals(110, r.start(3));
    }

    @Test
    void shouldRunASingletonArrayOneTaskAtATime() {
        List<Job> jobs = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            jobs.add(named(linked(job(ArrayTaskIds.of(10, t), 0, 10, 20, 1),
                    new JobLinks(List.of(JobDependency.SINGLETON_DEPENDENCY), false, 10, t, 0)), "ann", "sweep"));
        }
        SlurmReplay.Result r = run(false, jobs);
        assertEquals(List.of(0L, 10L, 20L), List.of(r.start(ArrayTaskIds.of(10, 0)), r.start(ArrayTaskIds.of(10, 1)),
                r.start(ArrayTaskIds.of(10, 2))));
    }

    @Test
    void shouldReportASingletonHeldForeverByAJobThatNeverStarts() {
        // Job 2's afterok on job 1, which times out at 50, can never hold: job 2 stays pending and holds job 3.
        List<Job> jobs = List.of(job(1, 0, 100, 50, 1), named(dep(job(2, 0, 10, 20, 1), Type.AFTEROK, 1), "ann", "sim"),
                singleton(job(3, 0, 10, 20, 1), "ann", "sim"));
        SlurmReplay.Result r = run(false, jobs);
        assertFalse(r.outcomes.containsKey(3L));
        assertEquals("3: never started: its dependency was never satisfied: singleton (user 'ann', name 'sim': 0"
                + " running, 1 submitted before it not ended)", r.rejected.get(1));
        assertEquals(50, run(true, jobs).start(3), "kill_invalid_depend cancels job 2 at 50");
    }

    private static List<Job> array(long arrayId, long submit, long[] runs, long limit, JobLinks links) {
        List<Job> out = new ArrayList<>();
        for (int t = 0; t < runs.length; t++) {
            out.add(linked(job(ArrayTaskIds.of(arrayId, t), submit, runs[t], limit, 1), links.asTask(arrayId, t, 0)));
        }
        return out;
    }

    private static JobLinks aftercorr(long id) {
        return JobLinks.allOf(List.of(new JobDependency(Type.AFTERCORR, id)));
    }

    private static long task(long array, int t) {
        return ArrayTaskIds.of(array, t);
    }

    @Test
    void shouldStartEachTaskOnceItsCorrespondingTaskCompleted() {
        List<Job> jobs = new ArrayList<>(array(10, 0, new long[] {30, 10, 20}, 100, JobLinks.NONE));
        jobs.addAll(array(20, 0, new long[] {5, 5, 5, 5}, 100, aftercorr(10)));
        jobs.add(linked(job(30, 0, 5, 10, 1), aftercorr(10)));
        SlurmReplay.Result r = run(false, jobs);
        assertEquals(List.of(30L, 10L, 20L), List.of(r.start(task(20, 0)), r.start(task(20, 1)), r.start(task(20, 2))));
        assertEquals(30, r.start(task(20, 3)), "no task 3 in array 10: it waits for the whole array");
        assertEquals(30, r.start(30), "a job outside arrays waits for the whole array as afterok does");
        assertTrue(r.rejected.isEmpty());
    }

    @Test
    void shouldNeverStartATaskWhoseCorrespondingTaskFailed() {
        List<Job> jobs = new ArrayList<>(array(10, 0, new long[] {10, 90, 10}, 50, JobLinks.NONE));
        jobs.addAll(array(20, 0, new long[] {5, 5, 5}, 100, aftercorr(10)));
        SlurmReplay.Result r = run(false, jobs);
        assertEquals(10, r.start(task(20, 0)));
        assertEquals(10, r.start(task(20, 2)), "its own counterpart completed, whatever task 1 did");
        assertFalse(r.outcomes.containsKey(task(20, 1)));
        assertEquals(List.of(task(20, 1) + ": never started: dependency can never be satisfied"
                + " (DependencyNeverSatisfied): aftercorr:10 (job 10_1 failed)"), r.rejected);
    }
}
