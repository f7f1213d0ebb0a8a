package org.hpcsim.models.kube;

import static org.hpcsim.core.SimTime.SECOND;
import static org.hpcsim.models.kube.KubeReplay.job;
import static org.hpcsim.models.kube.KubeReplay.nodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.PreemptionStats;
import org.hpcsim.models.workload.Job;
import org.junit.jupiter.api.Test;

/** DefaultPreemption in the default scheduler's replay loop. */
class KubePreemptionTest {
    private static final PodTemplate MPI = PodTemplate.mpiJob().withPriorities(0, Map.of("mid", 5, "high", 10));

    private static KubeReplay run(List<Job> jobs) {
        return KubeReplay.run(nodes(2, 4), FirstFitPlacer.FACTORY, MPI, false, SchedulerTiming.DEFAULT, jobs);
    }

    @Test
    void shouldEvictLowestPriorityJobWhichIsRequeuedOnceAndRestartsFromTheBeginning() {
        // n0 runs job 1 (priority 5), n1 job 2 (priority 0); job 3 (priority 10) needs a whole node.
        List<Job> jobs = List.of(job(1, 0, 100, 100, 4, 1, "mid"), job(2, 1, 100, 100, 4, 1, ""),
                job(3, 10, 50, 50, 4, 1, "high"));
        KubeReplay r = run(jobs);
        assertEquals(10 * SECOND, r.outcome(3).startTime(), "the preemptor is bound in the same instant");
        assertEquals(1, r.requeued.size(), "job 2's run is reported cut once");
        JobOutcome cut = r.requeued.get(0);
        assertEquals(2, cut.job().id());
        assertEquals(JobEndState.REQUEUED, cut.endState());
        assertEquals(1 * SECOND, cut.startTime());
        assertEquals(10 * SECOND, cut.endTime());
        JobOutcome o2 = r.outcome(2);
        assertEquals(60 * SECOND, o2.startTime(), "restarts when job 3 frees n1");
        assertEquals(160 * SECOND, o2.endTime(), "from the beginning: its whole run time again");
        assertEquals(JobEndState.COMPLETED, o2.endState());
        assertEquals(100 * SECOND, r.outcome(1).endTime(), "the higher of the two lower jobs is left alone");
        assertEquals(3, r.finished.size(), "each job ends once");
        KubeStats s = r.controller.stats();
        assertEquals(1, s.preemptions());
        assertEquals(1, s.victimPods(), "the worker; the launcher requests nothing and is reprieved");
        assertEquals(1, s.jobsPreempted());
        assertEquals(3, s.jobsStarted(), "a restarted job counts once");
        assertEquals(new PreemptionStats(1, 0, 4 * 9.0), r.runStats.preemption(), "4 cores for 9 s lost");
        assertFalse(s.stalled());
    }

    @Test
    void shouldNeverPreemptAtEqualPriority() {
        List<Job> jobs = List.of(job(1, 0, 100, 100, 4, 1, "high"), job(2, 1, 200, 200, 4, 1, "high"),
                job(3, 10, 50, 50, 4, 1, "high"));
        KubeReplay r = run(jobs);
        assertEquals(100 * SECOND, r.outcome(3).startTime(), "waits for the first node to free");
        assertTrue(r.requeued.isEmpty());
        assertEquals(0, r.controller.stats().preemptions());
        assertEquals(PreemptionStats.NONE, r.runStats.preemption());
    }

    @Test
    void shouldNotPreemptWithPreemptionOff() {
        List<Job> jobs = List.of(job(1, 0, 100, 100, 4, 1, ""), job(2, 1, 200, 200, 4, 1, ""),
                job(3, 10, 50, 50, 4, 1, "high"));
        KubeReplay r = KubeReplay.run(nodes(2, 4), FirstFitPlacer.FACTORY, MPI, false, SchedulerTiming.DEFAULT, jobs,
                false);
        assertEquals(100 * SECOND, r.outcome(3).startTime());
        assertTrue(r.requeued.isEmpty());
    }

    @Test
    void shouldNotNominateWhenTheDefaultFiltersFitWithoutVictimsButThePlacerRefuses() {
        // A placer stricter than the default filters (it refuses every priority-10 pod): Preemption
        // finds n0 fits with its lower pod reprieved, so there is no victim; nominating would retry
        // the pod forever at the same instant.
        PodPlacer.Factory strict = (table, streams) -> {
            PodPlacer first = new FirstFitPlacer(table);
            return pod -> pod.priority() == 10 ? -1 : first.place(pod);
        };
        PodTemplate t = PodTemplate.podPerTask().withPriorities(0, Map.of("high", 10));
        List<Job> jobs = List.of(job(1, 0, 100, 100, 1, 1, ""), job(2, 10, 50, 50, 1, 1, "high"));
        KubeReplay r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> KubeReplay.run(nodes(1, 4), strict, t, false, SchedulerTiming.DEFAULT, jobs));
        assertEquals(100 * SECOND, r.outcome(1).endTime());
        assertTrue(r.requeued.isEmpty());
        assertEquals(List.of(2L), r.rejectedIds);
        assertEquals(0, r.controller.stats().preemptions());
    }

    @Test
    void shouldBreakTheGangDeadlockByDeletingABoundPodOfAWaitingJobAndThenCuttingARun() {
        // KubeControllerTest's deadlock, with preemption: job 3 (priority 10) needs both nodes. Its
        // first worker evicts job 2's bound worker on n1 (bound at 10 s, later than job 1's start,
        // so cheaper); job 2 was not running, so it just waits on. Its second worker then evicts
        // job 1 on n0, whose run is cut and reported requeued once.
        List<Job> jobs = List.of(job(1, 0, 100, 100, 4, 1, ""), job(2, 10, 50, 50, 8, 2, ""),
                job(3, 20, 50, 50, 8, 2, "high"));
        KubeReplay r = run(jobs);
        assertEquals(1, r.requeued.size());
        assertEquals(1, r.requeued.get(0).job().id());
        assertEquals(20 * SECOND, r.requeued.get(0).endTime());
        assertTrue(r.rejectedIds.isEmpty());
        assertEquals(3, r.finished.size());
        assertEquals(20 * SECOND, r.outcome(3).startTime());
        assertEquals(70 * SECOND, r.outcome(2).startTime());
        assertEquals(120 * SECOND, r.outcome(1).startTime());
        assertEquals(220 * SECOND, r.outcome(1).endTime());
        KubeStats s = r.controller.stats();
        assertEquals(2, s.preemptions());
        assertEquals(2, s.victimPods());
        assertEquals(1, s.jobsPreempted());
        assertFalse(s.stalled());
    }

    @Test
    void shouldGiveSameOutcomesForSameInputsWithMixedPriorities() {
        List<Job> jobs = new ArrayList<>();
        java.util.Random rnd = new java.util.Random(11);
        String[] qos = {"", "mid", "high"};
        for (int i = 0; i < 80; i++) {
            int procs = 1 + rnd.nextInt(12);
            int run = 1 + rnd.nextInt(500);
            jobs.add(job(i, rnd.nextInt(2_000), run, run, procs, 0, qos[rnd.nextInt(3)]));
        }
        jobs.sort(java.util.Comparator.comparingLong(Job::submitTime));
        PodTemplate t = MPI.withWorkerCpu(PodTemplate.WorkerCpu.JOB_PROCESSORS, 1.0);
        KubeReplay a = KubeReplay.run(nodes(4, 4), FirstFitPlacer.FACTORY, t, false, SchedulerTiming.DEFAULT, jobs);
        KubeReplay b = KubeReplay.run(nodes(4, 4), FirstFitPlacer.FACTORY, t, false, SchedulerTiming.DEFAULT, jobs);
        assertEquals(a.finished, b.finished);
        assertEquals(a.requeued, b.requeued);
        assertEquals(a.rejectedIds, b.rejectedIds);
        assertEquals(a.controller.stats(), b.controller.stats());
        assertTrue(a.controller.stats().preemptions() > 0, "the workload exercises preemption");
    }
}
