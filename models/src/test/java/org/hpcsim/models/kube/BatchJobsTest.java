package org.hpcsim.models.kube;

import static org.hpcsim.core.SimTime.SECOND;
import static org.hpcsim.models.kube.KubeReplay.job;
import static org.hpcsim.models.kube.KubeReplay.nodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

/** Hand-worked timelines of trace jobs run as batch/v1 Jobs (workload: job). */
class BatchJobsTest {
    private static PodTemplate batch(int parallelism, boolean indexed) {
        return PodTemplate.batchJob().withSettings(WorkloadSettings.DEFAULTS.withJob(parallelism, indexed));
    }

    @Test
    void shouldRunFourPodsWithParallelismTwoOnTwoFreeNodesInTwoWaves() {
        // 4 nodes' worth of work (4 pods of a whole node) on 2 nodes: pods 0 and 1 at 0 s, 2 and 3 when they end.
        KubeReplay r = KubeReplay.run(nodes(2, 4), batch(2, false), List.of(job(1, 0, 100, 16, 4)));
        JobOutcome o = r.outcome(1);
        assertEquals(0, o.startTime());
        assertEquals(200 * SECOND, o.endTime(), "two waves of the recorded 100 s");
        assertEquals(8, o.allocatedCores(), "4 pods of 4 cores over 2 waves");
        assertEquals(2, o.allocatedUnits());
        assertEquals(JobEndState.COMPLETED, o.endState());
        assertEquals(4, r.controller.stats().binds(), "one bind per completion");
    }

    @Test
    void shouldMakeProgressWithFewerNodesThanPodsWhereAnMpiJobNeverStarts() {
        List<Job> jobs = List.of(job(1, 0, 100, 16, 4));
        KubeReplay mpi = KubeReplay.run(nodes(2, 4), PodTemplate.mpiJob(), jobs);
        assertEquals(List.of(1L), mpi.rejectedIds, "4 workers all needed on 2 nodes: never");
        KubeReplay all = KubeReplay.run(nodes(2, 4), batch(0, false), jobs);
        assertEquals(200 * SECOND, all.outcome(1).endTime(), "all 4 pods created, 2 wait for a node");
        assertTrue(all.rejectedIds.isEmpty());
    }

    @Test
    void shouldLeaveNodesBeyondParallelismToOtherJobs() {
        // Job 1: 4 pods, parallelism 2, on 4 nodes: n2 and n3 stay free, so job 2 (2 pods) starts on arrival.
        List<Job> jobs = List.of(job(1, 0, 100, 16, 4), job(2, 10, 50, 8, 2));
        KubeReplay r = KubeReplay.run(nodes(4, 4), batch(2, false), jobs);
        assertEquals(10 * SECOND, r.outcome(2).startTime());
        assertEquals(60 * SECOND, r.outcome(2).endTime());
        assertEquals(200 * SECOND, r.outcome(1).endTime());
        KubeReplay wide = KubeReplay.run(nodes(4, 4), batch(0, false), jobs);
        assertEquals(100 * SECOND, wide.outcome(1).endTime(), "all at once: one wave");
        assertEquals(100 * SECOND, wide.outcome(2).startTime(), "and job 2 waits for it");
    }

    @Test
    void shouldCompleteIndexedJobOnceEveryIndexSucceededOnTheSameTimelineAsNonIndexed() {
        // Five completions, parallelism 2 on 3 nodes: waves of 2, 2 and 1 pods at 0, 100 and 200 s.
        List<Job> jobs = List.of(job(1, 0, 100, 20, 5));
        KubeReplay indexed = KubeReplay.run(nodes(3, 4), batch(2, true), jobs);
        KubeReplay plain = KubeReplay.run(nodes(3, 4), batch(2, false), jobs);
        assertEquals(300 * SECOND, indexed.outcome(1).endTime(), "indexes 0-1, 2-3, then 4");
        assertEquals(plain.outcome(1), indexed.outcome(1), "without failures the modes differ only in pod names");
    }

    @Test
    void shouldRejectIndexedJobPastTheCompletionsLimit() {
        // 100,001 one-core pods: past the 10^5 an Indexed Job may have.
        KubeReplay r = KubeReplay.run(nodes(1, 1), batch(2, true), List.of(job(1, 0, 10, 100_001, 0)));
        assertEquals(List.of(1L), r.rejectedIds);
        assertEquals("an Indexed Job's completions must be at most 100000, this one has 100001", r.rejected.get(0));
    }

    @Test
    void shouldRecreatePreemptedPodAndEndTheJobWhenItSucceeds() {
        // Job 1's two pods fill both nodes; high-priority job 2 (one node, 20 s) preempts one at 50 s.
        // The pod comes back at 70 s with its index and runs its full 100 s: the Job ends at 170 s.
        PodTemplate t = batch(0, true).withPriorities(0, Map.of("high", 10));
        List<Job> jobs = List.of(job(1, 0, 100, 100, 8, 2, ""), job(2, 50, 20, 20, 4, 1, "high"));
        KubeReplay r = KubeReplay.run(nodes(2, 4), FirstFitPlacer.FACTORY, t, false, SchedulerTiming.DEFAULT, jobs);
        assertEquals(50 * SECOND, r.outcome(2).startTime());
        assertEquals(0, r.outcome(1).startTime());
        assertEquals(170 * SECOND, r.outcome(1).endTime());
        assertTrue(r.requeued.isEmpty(), "the Job itself ran on: only a pod was lost");
        assertEquals(1, r.controller.stats().preemptions());
    }

    @Test
    void shouldCutEachPodAtTheRequestedTimeAndEndTheJobTimedOut() {
        KubeReplay r = KubeReplay.run(nodes(2, 4), FirstFitPlacer.FACTORY, batch(2, false), true,
                SchedulerTiming.DEFAULT, List.of(job(1, 0, 100, 60, 16, 4, "")));
        assertEquals(120 * SECOND, r.outcome(1).endTime(), "two waves of 60 s");
        assertEquals(JobEndState.TIMEOUT, r.outcome(1).endState());
    }

    @Test
    void shouldRunJobPodsEachAsItsOwnGangUnderVolcano() {
        KubeReplay r = new KubeReplay();
        r.controller = new KubeController(nodes(2, 4), new ResourceNames(), new ListJobSource(
                List.of(job(1, 0, 100, 16, 4))), batch(2, false), false, r, new RandomStreams(42),
                org.hpcsim.models.kube.volcano.VolcanoConfig.defaults());
        r.controller.run();
        assertEquals(200 * SECOND, r.outcome(1).endTime(), "a plain Job's pods need no gang: two waves");
    }

    @Test
    void shouldReportOneQueuedJobWhileItsPodsWait() {
        List<int[]> passes = new ArrayList<>();
        RunObserver o = new RunObserver() {
            @Override
            public void passFinished(long now, int queueLength) {
                passes.add(new int[] {(int) (now / SECOND), queueLength});
            }
        };
        // Job 1 fills both nodes; job 2 (4 pods) waits for them as one queued job.
        new KubeController(nodes(2, 4), new ResourceNames(), FirstFitPlacer.FACTORY,
                new ListJobSource(List.of(job(1, 0, 100, 8, 2), job(2, 10, 100, 16, 4))), batch(0, false), false, o,
                new RandomStreams(42)).run();
        assertEquals(0, passes.get(0)[1], "job 1 started at once");
        int[] at10 = passes.stream().filter(p -> p[0] == 10).findFirst().orElseThrow();
        assertEquals(1, at10[1], "job 2, not its 4 pods");
    }
}
