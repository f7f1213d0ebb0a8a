package org.hpcsim.models.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;

/**
 * The Job controller's invariants: a Job never has more than parallelism pods active or running,
 * and it completes exactly when completions pods have succeeded, never before and never twice.
 */
class BatchJobsProperties {
    /** Drives the controller alone through a random order of pod starts and ends. */
    @Property(tries = 300)
    void shouldNeverRunMoreThanParallelismAndCompleteExactlyAtCompletions(
            @ForAll @IntRange(min = 1, max = 12) int completions, @ForAll @IntRange(min = 0, max = 6) int parallelism,
            @ForAll boolean indexed, @ForAll @Size(max = 80) List<@IntRange(min = 0, max = 99) Integer> choices) {
        List<KubeJob> created = new ArrayList<>();
        List<JobOutcome> finished = new ArrayList<>();
        KubeReplay outer = new KubeReplay();
        long[] seq = {0};
        BatchJobs jobs = new BatchJobs(WorkloadSettings.DEFAULTS.withJob(parallelism, indexed), outer,
                () -> seq[0]++, (kj, now) -> created.add(kj));
        int limit = parallelism == 0 ? completions : Math.min(parallelism, completions);
        PodSpec[] specs = new PodSpec[completions];
        java.util.Arrays.fill(specs, PodSpec.ofRequests(2000, 0));
        Job job = KubeReplay.job(7, 0, 10, 2 * completions, completions);
        jobs.submit(job, specs, 0);
        List<KubeJob> waiting = new ArrayList<>(created);
        List<KubeJob> running = new ArrayList<>();
        int succeeded = 0;
        long now = 0;
        java.util.Iterator<Integer> pick = choices.iterator();
        while (succeeded < completions) {
            int c = pick.hasNext() ? pick.next() : 0;
            now++;
            if (!waiting.isEmpty() && (running.isEmpty() || c % 2 == 0)) {
                KubeJob p = waiting.remove(c % waiting.size());
                p.pods[0].node = c % 3;
                p.start = now;
                running.add(p);
                jobs.jobStarted(p.job, now, 2);
            } else {
                KubeJob p = running.remove(c % running.size());
                int before = created.size();
                assertTrue(outer.finished.isEmpty(), "completed before its last pod ended");
                jobs.jobFinished(new JobOutcome(p.job, p.start, now, 2, 1, false));
                succeeded++;
                waiting.addAll(created.subList(before, created.size()));
            }
            assertTrue(running.size() <= limit, running.size() + " running, parallelism " + limit);
            assertTrue(created.size() - succeeded <= limit, "more pods active than parallelism");
            assertEquals(succeeded == completions ? 1 : 0, outer.finished.size());
        }
        assertEquals(completions, created.size(), "one pod per completion, no more");
        JobOutcome o = outer.outcome(7);
        assertEquals(now, o.endTime());
        assertEquals(1, o.startTime());
    }

    @Provide
    Arbitrary<List<Job>> workloads() {
        Arbitrary<Job> job = Combinators.combine(Arbitraries.integers().between(0, 300),
                Arbitraries.integers().between(1, 200), Arbitraries.integers().between(1, 24))
                .as((submit, run, processors) -> KubeReplay.job(0, submit, run, processors, 0));
        return job.list().ofMinSize(1).ofMaxSize(15).map(jobs -> {
            List<Job> numbered = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                Job j = jobs.get(i);
                numbered.add(new Job(i, j.submitTime(), j.runTime(), j.requestedTime(), j.processors(), 0, 0,
                        j.labels(), j.history(), -1, -1));
            }
            return numbered;
        });
    }

    /** Through the scheduler: every Job ends, no sooner than its waves allow, with one bind per completion. */
    @Property(tries = 150)
    void shouldRunEveryJobInNoFewerWavesThanParallelismAllows(@ForAll("workloads") List<Job> jobs,
                                                              @ForAll @IntRange(min = 0, max = 4) int parallelism,
                                                              @ForAll boolean indexed) {
        PodTemplate t = PodTemplate.batchJob().withSettings(WorkloadSettings.DEFAULTS.withJob(parallelism, indexed));
        KubeReplay r = KubeReplay.run(KubeReplay.nodes(4, 4), FirstFitPlacer.FACTORY, t, false,
                SchedulerTiming.DEFAULT, jobs, false);
        assertEquals(jobs.size(), r.finished.size());
        long pods = 0;
        for (Job j : jobs) {
            int completions = (j.processors() + 3) / 4;
            int limit = parallelism == 0 ? completions : Math.min(parallelism, completions);
            int waves = (completions + limit - 1) / limit;
            JobOutcome o = r.outcome(j.id());
            assertTrue(o.endTime() - o.startTime() >= waves * j.runTime(),
                    "job " + j.id() + " ended after " + SimTime.toSeconds(o.endTime() - o.startTime()) + " s, "
                            + waves + " waves of " + SimTime.toSeconds(j.runTime()) + " s");
            assertTrue(o.startTime() >= j.submitTime());
            pods += completions;
        }
        assertEquals(pods, r.controller.stats().binds(), "one bind per completion");
    }
}
