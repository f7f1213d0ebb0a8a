package org.hpcsim.models.kube;

import static org.hpcsim.models.kube.KubeFixtures.node;
import static org.hpcsim.models.kube.KubeFixtures.nodes;
import static org.hpcsim.models.kube.KubeFixtures.prioritised;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.kube.plugins.Preemption;
import org.junit.jupiter.api.Test;

/** DefaultPreemption's choice on hand-built clusters: who is a victim, and which node is picked. */
class PreemptionTest {
    private final List<RunningPod> running = new ArrayList<>();
    private NodeTable table;

    private void cluster(int nodes, long cpu) {
        List<KubeNode> ns = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            ns.add(node("n" + i, cpu, 1L << 40));
        }
        table = new NodeTable(ns, 2);
    }

    private RunningPod run(int node, int priority, long cpu, long start) {
        PodSpec p = prioritised(priority, cpu, 1);
        table.bind(p, node);
        RunningPod r = new RunningPod(p, node, start, running.size());
        running.add(r);
        return r;
    }

    private PreemptionChoice pick(int priority, long cpu) {
        return Preemption.pick(prioritised(priority, cpu, 1), table, running);
    }

    @Test
    void shouldReprieveTheMoreImportantPodsAndEvictTheRest() {
        cluster(1, 4000);
        RunningPod keep = run(0, 3, 2000, 0);
        RunningPod evict = run(0, 1, 2000, 0);
        PreemptionChoice c = pick(10, 2000);
        assertEquals(0, c.node());
        assertEquals(List.of(evict), c.victims());
        assertFalse(c.victims().contains(keep));
    }

    @Test
    void shouldPreferTheNodeWhoseHighestVictimHasTheLowestPriority() {
        cluster(2, 4000);
        run(0, 5, 4000, 0);
        run(1, 1, 2000, 0);
        run(1, 1, 2000, 0);
        PreemptionChoice c = pick(10, 2000);
        assertEquals(1, c.node());
        assertEquals(1, c.victims().size());
    }

    @Test
    void shouldPreferFewerVictimsAtTheSamePriority() {
        cluster(2, 2000);
        run(0, 1, 1000, 0);
        run(0, 1, 1000, 0);
        RunningPod one = run(1, 1, 2000, 0);
        PreemptionChoice c = pick(10, 2000);
        assertEquals(1, c.node());
        assertEquals(List.of(one), c.victims());
    }

    @Test
    void shouldOffsetPrioritiesSoThatMoreVictimsWeighMoreEvenWhenNegative() {
        cluster(2, 4000);
        // Node 0 would lose {5, -10} (plain sum -5), node 1 only {5} (plain sum 5). Upstream adds
        // MaxInt32 + 1 to each priority, so node 1's single victim weighs less.
        run(0, 5, 2000, 0);
        run(0, -10, 2000, 0);
        run(1, 5, 2000, 0);
        PreemptionChoice c = pick(10, 3000);
        assertEquals(1, c.node());
        assertEquals(1, c.victims().size());
    }

    @Test
    void shouldPreferTheNodeWhoseHighestPriorityVictimsStartedLatest() {
        cluster(2, 2000);
        run(0, 1, 2000, 100);
        run(1, 1, 2000, 200);
        assertEquals(1, pick(10, 2000).node());
    }

    @Test
    void shouldPickTheFirstNodeWhenAllElseTies() {
        cluster(3, 2000);
        run(0, 1, 2000, 100);
        run(1, 1, 2000, 100);
        run(2, 1, 2000, 100);
        assertEquals(0, pick(10, 2000).node());
    }

    @Test
    void shouldFindNothingWhenOnlyEqualOrHigherPriorityPodsRun() {
        cluster(2, 2000);
        run(0, 10, 2000, 0);
        run(1, 11, 2000, 0);
        assertNull(pick(10, 2000));
    }

    @Test
    void shouldFindNothingWhenEvictingEveryLowerPodIsNotEnough() {
        cluster(1, 4000);
        run(0, 20, 3000, 0);
        run(0, 1, 1000, 0);
        assertNull(pick(10, 2000));
    }

    @Test
    void shouldLeaveTheTableAsItFoundIt() {
        cluster(2, 4000);
        run(0, 1, 1500, 0);
        run(0, 2, 1500, 0);
        run(1, 3, 4000, 0);
        pick(10, 3000);
        assertEquals(3000, table.requested(ResourceNames.CPU, 0));
        assertEquals(4000, table.requested(ResourceNames.CPU, 1));
        assertEquals(2, table.pods(0));
    }
}
