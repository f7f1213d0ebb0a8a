package org.hpcsim.models.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.kube.volcano.VolcanoConfig;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.ListJobSource;

/**
 * Invariants of Volcano's gang sessions with binpack on the workloads of
 * {@link KubeControllerProperties}: at the end of every session no pending job has a pod bound, no
 * node is over its allocatable, and the node table holds exactly the running jobs' pods.
 */
class VolcanoGangProperties {
    private static final int NODES = 4;
    private static final int CPUS = 4;
    private final KubeControllerProperties workloads = new KubeControllerProperties();

    @Provide
    Arbitrary<List<Job>> workloads() {
        return workloads.workloads();
    }

    @Provide
    Arbitrary<PodTemplate> templates() {
        return workloads.templates();
    }

    @Provide
    Arbitrary<VolcanoConfig> configs() {
        return Arbitraries.of(VolcanoConfig.defaults(), VolcanoConfig.defaults().withSchedulePeriod(7 * SimTime.SECOND),
                new VolcanoConfig(SimTime.SECOND, 2, 3, 1));
    }

    @Property(tries = 300)
    void shouldNeverLeaveAGangPartlyBoundNorOvercommitANode(@ForAll("workloads") List<Job> jobs,
            @ForAll("templates") PodTemplate template, @ForAll("configs") VolcanoConfig config) {
        Set<Long> ended = new HashSet<>();
        Set<Long> neverStarted = new HashSet<>();
        RunObserver check = new RunObserver() {
            @Override
            public void jobFinished(JobOutcome o) {
                assertTrue(ended.add(o.job().id()));
                assertEquals(o.startTime() + o.job().runTime(), o.endTime());
            }

            @Override
            public void jobRejected(Job job, long now, String reason) {
                assertTrue(neverStarted.add(job.id()));
            }
        };
        KubeController c = new KubeController(KubeReplay.nodes(NODES, CPUS), new ResourceNames(),
                new ListJobSource(jobs), template, false, check, new RandomStreams(3), config);
        NodeTable[] last = new NodeTable[1];
        c.listenSessions((now, pending, running, table) -> {
            last[0] = table;
            assertEquals(0, now % config.schedulePeriod(), "sessions run on the schedule period");
            for (KubeJob j : pending) {
                for (QueuedPod p : j.pods) {
                    assertEquals(-1, p.node, "job " + j.job.id() + " left partly bound");
                }
            }
            long[][] expected = new long[table.resources()][table.size()];
            int[] pods = new int[table.size()];
            for (KubeJob j : running) {
                assertEquals(j.pods.length, j.bound);
                for (QueuedPod p : j.pods) {
                    pods[p.node]++;
                    for (int r = 0; r < table.resources(); r++) {
                        expected[r][p.node] += p.spec.request(r);
                    }
                }
            }
            for (int n = 0; n < table.size(); n++) {
                assertEquals(pods[n], table.pods(n), "node " + n + " holds only running jobs' pods");
                for (int r = 0; r < table.resources(); r++) {
                    assertEquals(expected[r][n], table.requested(r, n));
                    assertTrue(table.requested(r, n) <= table.allocatable(r, n), "node " + n + " over resource " + r);
                }
            }
        });
        c.run();
        assertEquals(jobs.size(), ended.size() + neverStarted.size(), "every job ends or is reported never started");
        KubeStats s = c.stats();
        assertEquals(neverStarted.size(), s.jobsNeverStarted());
        assertEquals(ended.size(), s.jobsGangPlaced());
        if (!s.stalled() && last[0] != null) {
            for (int n = 0; n < NODES; n++) {
                assertEquals(0, last[0].pods(n), "every pod left its node once every job ended");
            }
        }
        Statistics.label("stalled").collect(s.stalled());
    }
}
