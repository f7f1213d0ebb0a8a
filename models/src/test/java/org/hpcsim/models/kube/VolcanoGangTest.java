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
import org.hpcsim.core.RandomStreams;
import org.hpcsim.models.kube.volcano.VolcanoConfig;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;
import org.junit.jupiter.api.Test;

class VolcanoGangTest {
    private static final PodTemplate MPI = PodTemplate.mpiJob().withPriorities(0, Map.of("high", 10));

    private static KubeReplay run(List<KubeNode> nodes, VolcanoConfig config, List<Job> jobs,
                                  SessionListener sessions) {
        KubeReplay r = new KubeReplay();
        r.controller = new KubeController(nodes, new ResourceNames(), new ListJobSource(jobs), MPI, false, r,
                new RandomStreams(42), config);
        if (sessions != null) {
            r.controller.listenSessions(sessions);
        }
        r.controller.run();
        return r;
    }

    @Test
    void shouldRunTheMpiJobsThatDeadlockUnderTheDefaultScheduler() {
        // As KubernetesRunTest's deadlock: job 1 holds a node until 100 s, job 2 (two nodes) comes at
        // 10 s, job 3 (two nodes, high priority) at 20 s. The default scheduler lets each hold a node.
        List<Job> jobs = List.of(job(1, 0, 100, 100, 4, 1, ""), job(2, 10, 50, 100, 8, 2, ""),
                job(3, 20, 50, 100, 8, 2, "high"));
        // Without preemption: with it, job 3 evicts the others (KubePreemptionTest).
        KubeReplay def = KubeReplay.run(nodes(2, 4), FirstFitPlacer.FACTORY, MPI, false, SchedulerTiming.DEFAULT, jobs,
                false);
        assertTrue(def.controller.stats().stalled(), "the default scheduler deadlocks here");

        KubeReplay r = run(nodes(2, 4), VolcanoConfig.defaults(), jobs, null);
        KubeStats s = r.controller.stats();
        assertFalse(s.stalled());
        assertEquals(3, r.finished.size());
        assertEquals(100 * SECOND, r.outcome(3).startTime(), "higher priority first when the nodes free");
        assertEquals(150 * SECOND, r.outcome(2).startTime());
        assertEquals(3, s.jobsGangPlaced());
        assertEquals(8, s.binds(), "a worker and a launcher, then two workers and a launcher twice");
    }

    @Test
    void shouldBindNothingOfAJobThatCannotBeFullyPlaced() {
        List<String> seen = new ArrayList<>();
        KubeReplay r = run(nodes(2, 4), VolcanoConfig.defaults(),
                List.of(job(1, 0, 100, 100, 4, 1, ""), job(2, 10, 50, 100, 8, 2, "")),
                (now, pending, running, table) -> {
                    for (KubeJob j : pending) {
                        assertEquals(0, j.bound);
                        for (QueuedPod p : j.pods) {
                            assertEquals(-1, p.node, "a pending job's pod is unbound");
                        }
                    }
                    int pods = 0;
                    for (int n = 0; n < table.size(); n++) {
                        pods += table.pods(n);
                    }
                    seen.add(now / SECOND + ":" + pending.size() + ":" + pods);
                });
        // At 10 s job 2's first worker would fit the free node: it is not left there.
        assertEquals(List.of("0:0:2", "10:1:2", "100:0:3"), seen);
        assertEquals(100 * SECOND, r.outcome(2).startTime());
        assertEquals(1, r.controller.stats().failedAttempts());
    }

    @Test
    void shouldReportAGangThatCanNeverFitWithNothingBound() {
        KubeReplay r = run(nodes(2, 4), VolcanoConfig.defaults(),
                List.of(job(1, 0, 100, 100, 12, 3, ""), job(2, 0, 10, 100, 4, 1, "")), null);
        KubeStats s = r.controller.stats();
        assertTrue(s.stalled());
        assertEquals(1, s.jobsNeverStarted());
        assertEquals(4, s.podsPending(), "three workers and the launcher, none bound");
        assertEquals(List.of(1L), r.rejectedIds);
        assertTrue(r.rejected.get(0).contains("never fit at once"), r.rejected.toString());
        assertEquals(10 * SECOND, r.outcome(2).endTime(), "a smaller job passes the one that does not fit");
    }

    @Test
    void shouldRunSessionsAtMultiplesOfTheSchedulePeriod() {
        KubeReplay r = run(nodes(1, 4), VolcanoConfig.defaults().withSchedulePeriod(5 * SECOND),
                List.of(job(1, 3, 10, 10, 4, 1, ""), job(2, 4, 10, 10, 4, 1, "")), null);
        assertEquals(5 * SECOND, r.outcome(1).startTime());
        assertEquals(15 * SECOND, r.outcome(1).endTime());
        assertEquals(15 * SECOND, r.outcome(2).startTime(), "the end at 15 s is on a period boundary");
        assertEquals(2, r.controller.stats().gangSessions(), "at 5 s and 15 s; none once nothing is pending");
    }
}
