package org.hpcsim.models.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;

/**
 * Invariants of the Kubernetes replay with a first-fit placer on random workloads of MPIJobs and
 * pods per task, of three priorities so that some preempt, on four nodes of four cores, with and without a cycle time
 * and SchedulerPopFromBackoffQ.
 */
class KubeControllerProperties {
    private static final int NODES = 4;
    private static final int CPUS = 4;

    @Provide
    Arbitrary<List<Job>> workloads() {
        Arbitrary<Job> job = Combinators.combine(Arbitraries.integers().between(0, 600),
                Arbitraries.integers().between(0, 300), Arbitraries.integers().between(1, 10),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3))
                .as((submit, run, processors, nodes, prio) -> KubeReplay.job(0, submit, run, run, processors,
                        Math.min(nodes, processors), prio == 3 ? "high" : prio == 2 ? "mid" : ""));
        return job.list().ofMinSize(1).ofMaxSize(25).map(jobs -> {
            // Ids in list order: the replay sorts by submit time and ties keep this order.
            List<Job> numbered = new java.util.ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                Job j = jobs.get(i);
                numbered.add(new Job(i, j.submitTime(), j.runTime(), j.requestedTime(), j.processors(), j.nodes(),
                        0, j.labels(), j.history(), -1, -1));
            }
            return numbered;
        });
    }

    @Provide
    Arbitrary<PodTemplate> templates() {
        Map<String, Integer> high = Map.of("mid", 50, "high", 100);
        return Arbitraries.of(PodTemplate.mpiJob().withWorkerCpu(PodTemplate.WorkerCpu.JOB_PROCESSORS, 1.0),
                PodTemplate.mpiJob().withLauncher(500, 1L << 30), PodTemplate.podPerTask().withMemoryPerCpu(4L << 30))
                .map(t -> t.withPriorities(0, high));
    }

    @Provide
    Arbitrary<SchedulerTiming> timings() {
        return Arbitraries.of(SchedulerTiming.DEFAULT, SchedulerTiming.DEFAULT.withPopFromBackoffQ(false),
                SchedulerTiming.DEFAULT.withCycleTime(SimTime.SECOND / 2));
    }

    @Property(tries = 300)
    void shouldNeverOvercommitANodeAndStartOnlyFullyBoundJobs(@ForAll("workloads") List<Job> jobs,
            @ForAll("templates") PodTemplate template, @ForAll("timings") SchedulerTiming timing) {
        Map<Long, Integer> boundPods = new HashMap<>();
        NodeTable[] seen = new NodeTable[1];
        Set<Long> ended = new HashSet<>();
        Set<Long> neverStarted = new HashSet<>();
        long[] requeued = new long[1];
        List<KubeNode> nodes = KubeReplay.nodes(NODES, CPUS);
        RunObserver check = new RunObserver() {
            @Override
            public void jobStarted(Job job, long now, long cores) {
                int pods = template.pods(job, CPUS * 1000L, -1, 2).length;
                assertEquals(pods, boundPods.getOrDefault(job.id(), 0), "job " + job.id() + " started with pods unbound");
            }

            @Override
            public void jobFinished(JobOutcome o) {
                assertTrue(ended.add(o.job().id()));
                assertEquals(o.startTime() + o.job().runTime(), o.endTime());
                assertTrue(o.startTime() >= o.job().submitTime());
            }

            @Override
            public void jobRequeued(JobOutcome o) {
                assertEquals(org.hpcsim.models.run.JobEndState.REQUEUED, o.endState());
                // Cut short, or at the very instant its work would end: a preemption that comes first
                // among that instant's events (a zero-length job preempted as it starts) still cuts it.
                assertTrue(o.endTime() <= o.startTime() + o.job().runTime(), "a requeued run is cut short");
                assertTrue(!ended.contains(o.job().id()), "requeued after its end");
                requeued[0]++;
            }

            @Override
            public void jobRejected(Job job, long now, String reason) {
                assertTrue(neverStarted.add(job.id()));
            }
        };
        KubeController c = new KubeController(nodes, new ResourceNames(), FirstFitPlacer.FACTORY,
                new ListJobSource(jobs), template, false, check, new RandomStreams(3), timing, true);
        c.listen(new BindListener() {
            @Override
            public void bound(Job job, PodSpec pod, int node, NodeTable table) {
                boundPods.merge(job.id(), 1, Integer::sum);
                seen[0] = table;
                for (int n = 0; n < table.size(); n++) {
                    for (int r = 0; r < table.resources(); r++) {
                        assertTrue(table.requested(r, n) <= table.allocatable(r, n),
                                "node " + n + " over its allocatable resource " + r);
                    }
                }
            }

            @Override
            public void unbound(Job job, PodSpec pod, int node) {
                boundPods.merge(job.id(), -1, Integer::sum);
            }
        });
        c.run();
        assertEquals(jobs.size(), ended.size() + neverStarted.size(), "every job ends or is reported never started");
        assertTrue(java.util.Collections.disjoint(ended, neverStarted));
        KubeStats s = c.stats();
        assertEquals(neverStarted.size(), s.jobsNeverStarted());
        assertEquals(neverStarted.isEmpty(), !s.stalled());
        assertEquals(requeued[0], s.jobsPreempted(), "each cut run reported once");
        assertTrue(s.jobsPreempted() <= s.victimPods(), "a cut run had a victim");
        if (!s.stalled() && seen[0] != null) {
            for (int n = 0; n < NODES; n++) {
                assertEquals(0, seen[0].pods(n), "every pod left its node once every job ended");
            }
        }
        Statistics.label("stalled").collect(s.stalled());
        Statistics.label("preempted").collect(s.jobsPreempted() > 0);
    }
}
