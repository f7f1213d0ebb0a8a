package org.hpcsim.models.kube;

import static org.hpcsim.models.kube.KubeFixtures.node;
import static org.hpcsim.models.kube.KubeFixtures.pod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.RandomStream;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.models.kube.plugins.NodeResourcesFit;
import org.hpcsim.models.kube.plugins.Plugins;
import org.junit.jupiter.api.Test;

/** The scheduling cycle: how many nodes it examines, where it starts, how it scores and breaks ties. */
class SchedulingCycleTest {
    private static RandomStream stream(long seed) {
        return new RandomStreams(seed).stream("kube.tie-break");
    }

    private static NodeTable identical(int n) {
        List<KubeNode> ns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ns.add(node("n" + i, 4000, 16L << 30));
        }
        return new NodeTable(ns, 2);
    }

    @Test
    void shouldFindUpstreamsNumberOfFeasibleNodes() {
        assertEquals(50, SchedulingCycle.numFeasibleNodesToFind(0, 50));
        assertEquals(100, SchedulingCycle.numFeasibleNodesToFind(0, 100));
        assertEquals(420, SchedulingCycle.numFeasibleNodesToFind(0, 1000));
        assertEquals(500, SchedulingCycle.numFeasibleNodesToFind(0, 5000));
        assertEquals(5000, SchedulingCycle.numFeasibleNodesToFind(0, 100_000));
        assertEquals(500, SchedulingCycle.numFeasibleNodesToFind(10, 5000));
        assertEquals(100, SchedulingCycle.numFeasibleNodesToFind(1, 5000));
        assertEquals(5000, SchedulingCycle.numFeasibleNodesToFind(100, 5000));
    }

    @Test
    void shouldStopOnceEnoughFeasibleNodesAreFoundAndStartAfterThemNextTime() {
        NodeTable t = identical(1000);
        SchedulerProfile p = new SchedulerProfile("p", List.of(new NodeResourcesFit()), List.of(), 10);
        SchedulingCycle c = new SchedulingCycle(p, t, stream(1));
        int first = c.schedule(pod(100, 100));
        assertTrue(first >= 0 && first < 100, "picked among the first 100 nodes: " + first);
        assertEquals(100, c.lastProcessedCount());
        assertEquals(100, c.nextStartNodeIndex());
        int second = c.schedule(pod(100, 100));
        assertTrue(second >= 100 && second < 200, "picked among nodes 100..199: " + second);
        assertEquals(200, c.nextStartNodeIndex());
    }

    @Test
    void shouldCountRejectedNodesAsProcessedAndWrapAround() {
        NodeTable t = identical(200);
        for (int n = 0; n < 150; n++) {
            t.bind(pod(4000, 0), n); // full
        }
        SchedulerProfile p = new SchedulerProfile("p", List.of(new NodeResourcesFit()), List.of(), 50);
        SchedulingCycle c = new SchedulingCycle(p, t, stream(1));
        c.schedule(pod(100, 100));
        // 100 feasible nodes wanted; only 50 exist, so every node is examined and the start comes round again.
        assertEquals(50, c.lastFeasibleCount());
        assertEquals(200, c.lastProcessedCount());
        assertEquals(0, c.nextStartNodeIndex());
    }

    @Test
    void shouldReturnTheOnlyFeasibleNodeWithoutScoring() {
        NodeTable t = identical(3);
        t.bind(pod(4000, 0), 0);
        t.bind(pod(4000, 0), 2);
        ScorePlugin exploding = new ScorePlugin() {
            @Override
            public String name() {
                return "Exploding";
            }

            @Override
            public long score(PodSpec pod, int node, NodeTable nodes) {
                throw new AssertionError("scored with one feasible node");
            }
        };
        SchedulerProfile p = new SchedulerProfile("p", List.of(new NodeResourcesFit()), List.of(new WeightedScore(exploding, 1)), 0);
        assertEquals(1, new SchedulingCycle(p, t, stream(1)).schedule(pod(100, 100)));
    }

    @Test
    void shouldTellWhichFilterRejectedHowManyNodesInTheLastFailedCycle() {
        List<KubeNode> ns = List.of(new KubeNode("cordoned", new long[] {4000, 1L << 30}, null, null, true),
                new KubeNode("tainted", new long[] {4000, 1L << 30}, null, List.of(new Taint("gpu", "", TaintEffect.NO_SCHEDULE)), false),
                node("small", 500, 1L << 30), node("small2", 500, 1L << 30));
        SchedulingCycle c = new SchedulingCycle(Plugins.defaultProfile(), new NodeTable(ns, 2), stream(1));
        assertEquals(-1, c.schedule(pod(1000, 1000)));
        assertEquals(1, c.lastRejectedBy("NodeUnschedulable"));
        assertEquals(1, c.lastRejectedBy("TaintToleration"));
        assertEquals(2, c.lastRejectedBy("NodeResourcesFit"));
        assertEquals(0, c.lastRejectedBy("NodeAffinity"));
        // A later success keeps the failed cycle's counts for the queue.
        assertTrue(c.schedule(pod(100, 100)) >= 2, "only the small nodes take the pod");
        assertEquals(2, c.lastRejectedBy("NodeResourcesFit"));
    }

    @Test
    void shouldPreferTheEmptierNodeUnderTheDefaultProfile() {
        NodeTable t = identical(5);
        for (int n = 0; n < 5; n++) {
            if (n != 3) {
                t.bind(pod(2000, 8L << 30), n);
            }
        }
        assertEquals(3, new SchedulingCycle(Plugins.defaultProfile(), t, stream(7)).schedule(pod(500, 1L << 30)));
    }

    @Test
    void shouldBreakTiesTheSameWayForTheSameSeed() {
        int[] a = picks(42, 200);
        int[] b = picks(42, 200);
        assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(b));
        assertTrue(!java.util.Arrays.equals(a, picks(43, 200)), "another seed breaks ties otherwise");
    }

    @Test
    void shouldBreakTiesUniformly() {
        int[] counts = new int[4];
        for (int node : picks(9, 40_000)) {
            counts[node]++;
        }
        // 10,000 expected each; the standard deviation is about 87, so 500 is a wide margin.
        for (int k : counts) {
            assertTrue(Math.abs(k - 10_000) < 500, java.util.Arrays.toString(counts));
        }
    }

    private static int[] picks(long seed, int cycles) {
        SchedulingCycle c = new SchedulingCycle(Plugins.defaultProfile(), identical(4), stream(seed));
        int[] out = new int[cycles];
        for (int i = 0; i < cycles; i++) {
            out[i] = c.schedule(pod(100, 100));
        }
        return out;
    }
}
