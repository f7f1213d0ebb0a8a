package org.hpcsim.models.kube;

import static org.hpcsim.core.SimTime.SECOND;
import static org.hpcsim.models.kube.KubeReplay.job;
import static org.hpcsim.models.kube.KubeReplay.nodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

class KubeControllerTest {
    private static final PodTemplate MPI = PodTemplate.mpiJob();

    @Test
    void shouldStartMpiJobOnceBothWorkersAreBoundAndEndAfterItsRunTime() {
        KubeReplay r = KubeReplay.run(nodes(2, 4), MPI, List.of(job(1, 5, 100, 8, 2)));
        JobOutcome o = r.outcome(1);
        assertEquals(5 * SECOND, o.startTime());
        assertEquals(105 * SECOND, o.endTime());
        assertEquals(2, o.allocatedUnits(), "one worker per node");
        assertEquals(8, o.allocatedCores());
        assertEquals(JobEndState.COMPLETED, o.endState());
        KubeStats s = r.controller.stats();
        assertEquals(3, s.binds(), "two workers and the launcher");
        assertFalse(s.stalled());
    }

    @Test
    void shouldRetryUnschedulablePodWhenARunningJobsPodsFinish() {
        for (boolean popFromBackoffQ : new boolean[] {true, false}) {
            KubeReplay r = KubeReplay.run(nodes(1, 4), FirstFitPlacer.FACTORY, MPI, false,
                    SchedulerTiming.DEFAULT.withPopFromBackoffQ(popFromBackoffQ),
                    List.of(job(1, 0, 100, 4, 1), job(2, 10, 50, 4, 1)));
            assertEquals(100 * SECOND, r.outcome(2).startTime(), "the worker is retried as soon as the node frees");
            assertEquals(150 * SECOND, r.outcome(2).endTime());
            assertTrue(r.controller.stats().failedAttempts() >= 1);
        }
    }

    @Test
    void shouldRetryParkedPodAtTheFirstLeftoverFlushAfterFiveMinutes() {
        // A placer that turns away a priority-7 pod's first attempt for a reason no cluster event
        // changes: only the leftover flush brings it back.
        PodPlacer.Factory once = (table, streams) -> {
            PodPlacer first = new FirstFitPlacer(table);
            Map<PodSpec, Boolean> seen = new IdentityHashMap<>();
            return pod -> pod.priority() == 7 && seen.put(pod, true) == null ? -1 : first.place(pod);
        };
        PodTemplate t = MPI.withPriorities(0, Map.of("seven", 7));
        List<Job> jobs = List.of(job(1, 0, 10_000, 10_000, 4, 1, ""), job(2, 1, 20, 20, 4, 1, "seven"));
        // Without preemption: the refused pod would evict job 1, which the default filters say it may.
        KubeReplay r = KubeReplay.run(nodes(2, 4), once, t, false, SchedulerTiming.DEFAULT, jobs, false);
        // Parked at 1 s; the 30 s flushes at 300 s see 299 s parked, at 330 s 329 s > 5 min.
        assertEquals(330 * SECOND, r.outcome(2).startTime());
    }

    @Test
    void shouldEndRunReportingBothMpiJobsThatEachHoldOneOfTwoNodes() {
        // Job 1 holds n0 until 100 s; job 2 gets a worker on n1 and waits for n0; at 100 s job 3,
        // of higher priority, takes n0 with one worker: each now waits for the other's node. Without
        // preemption (KubePreemptionTest has the same jobs with it).
        PodTemplate t = MPI.withPriorities(0, Map.of("high", 10));
        List<Job> jobs = List.of(job(1, 0, 100, 100, 4, 1, ""), job(2, 10, 50, 50, 8, 2, ""),
                job(3, 20, 50, 50, 8, 2, "high"));
        KubeReplay r = KubeReplay.run(nodes(2, 4), FirstFitPlacer.FACTORY, t, false, SchedulerTiming.DEFAULT, jobs,
                false);
        assertEquals(1, r.finished.size());
        assertEquals(List.of(2L, 3L), r.rejectedIds);
        assertTrue(r.rejected.get(0).startsWith("never scheduled: 2 of its 3 pods bound"), r.rejected.get(0));
        KubeStats s = r.controller.stats();
        assertEquals(2, s.jobsNeverStarted());
        assertEquals(2, s.podsPending());
        assertEquals(100 * SECOND, s.stalledAt());
        assertEquals(100 * SECOND, r.runFinishedAt, "the run ends where it stalls");
    }

    @Test
    void shouldGiveSameOutcomesForSameInputs() {
        List<Job> jobs = new ArrayList<>();
        java.util.Random rnd = new java.util.Random(7);
        for (int i = 0; i < 60; i++) {
            jobs.add(job(i, rnd.nextInt(2_000), 1 + rnd.nextInt(500), 1 + rnd.nextInt(12), 0));
        }
        PodTemplate t = MPI.withWorkerCpu(PodTemplate.WorkerCpu.JOB_PROCESSORS, 1.0);
        KubeReplay a = KubeReplay.run(nodes(4, 4), t, jobs);
        KubeReplay b = KubeReplay.run(nodes(4, 4), t, jobs);
        assertEquals(a.finished, b.finished);
        assertEquals(a.rejectedIds, b.rejectedIds);
        assertEquals(a.controller.stats(), b.controller.stats());
    }

    @Test
    void shouldPlaceOnePodPerCycleTime() {
        SchedulerTiming t = SchedulerTiming.DEFAULT.withCycleTime(SECOND / 100);
        KubeReplay r = KubeReplay.run(nodes(1, 4), FirstFitPlacer.FACTORY, PodTemplate.podPerTask(), false, t,
                List.of(job(1, 0, 100, 4, 0)));
        assertEquals(4 * SECOND / 100, r.outcome(1).startTime(), "four pods, ten milliseconds each");
    }

    @Test
    void shouldRunOnePodPerTaskOverSeveralNodes() {
        KubeReplay r = KubeReplay.run(nodes(2, 4), PodTemplate.podPerTask(), List.of(job(1, 0, 100, 6, 0)));
        assertEquals(0, r.outcome(1).startTime());
        assertEquals(6, r.outcome(1).allocatedCores());
        assertEquals(2, r.outcome(1).allocatedUnits());
    }

    @Test
    void shouldKillJobAtItsRequestedTimeWithKillAtLimit() {
        KubeReplay r = KubeReplay.run(nodes(1, 4), FirstFitPlacer.FACTORY, MPI, true, SchedulerTiming.DEFAULT,
                List.of(job(1, 0, 500, 300, 4, 1, "")));
        assertEquals(300 * SECOND, r.outcome(1).endTime());
        assertEquals(JobEndState.TIMEOUT, r.outcome(1).endState());
    }

    @Test
    void shouldRejectGpuJobWhenNoNodeOffersGpus() {
        Job gpuJob = new Job(1, 0, SECOND, SECOND, 4, 1, 2, JobLabels.NONE, JobHistory.UNKNOWN, -1, -1);
        KubeReplay r = KubeReplay.run(nodes(1, 4), MPI, List.of(gpuJob));
        assertEquals(1, r.rejectedIds.size());
        assertEquals(1, r.controller.stats().jobsRejected());
        assertFalse(r.controller.stats().stalled());
    }

    @Test
    void shouldRequestGpusPerWorkerUnderNvidiaGpu() {
        ResourceNames names = new ResourceNames();
        int gpu = names.indexOf("nvidia.com/gpu");
        List<KubeNode> gpuNodes = List.of(new KubeNode("g0", new long[] {8000, 1L << 36, 4}, null, null, false),
                new KubeNode("g1", new long[] {8000, 1L << 36, 4}, null, null, false));
        Job job = new Job(1, 0, SECOND, SECOND, 16, 2, 6, JobLabels.NONE, JobHistory.UNKNOWN, -1, -1);
        PodSpec[] pods = MPI.pods(job, 8000, gpu, names.size());
        assertEquals(3, pods[0].request(gpu));
        assertEquals(0, pods[2].request(gpu), "the launcher asks for no GPU");
        KubeReplay r = new KubeReplay();
        new KubeController(gpuNodes, names, FirstFitPlacer.FACTORY, new ListJobSource(List.of(job)), MPI, false, r,
                new RandomStreams(1)).run();
        assertEquals(2, r.outcome(1).allocatedUnits());
    }
}
