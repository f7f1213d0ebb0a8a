package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * select/cons_tres's choice of nodes for requests of CPUs alone (_eval_nodes), as a real
 * slurmctld 22.05.8 made it on four 4-CPU nodes under CR_Core (scripts/slurm-local, scontrol show
 * job -d): each case below is one it ran.
 */
class ConsTresBestFitTest {
    private final List<SlurmNode> nodes = new ArrayList<>();
    private final NodeResources free;
    private final NodeSelector selector;

    ConsTresBestFitTest() {
        for (int i = 1; i <= 4; i++) {
            nodes.add(new SlurmNode("n" + i, 4, 0, 0, "", 1, List.of()));
        }
        free = new NodeResources(nodes);
        selector = new NodeSelector(nodes, SelectType.CONS_TRES);
    }

    /** Places -N nodes (0: not given) -n tasks; returns {node, cpus, node, cpus, ...}. */
    private int[] place(int nodeCount, int tasks) {
        BitSet all = new BitSet();
        all.set(0, nodes.size());
        Allocation a = selector.select(new JobRequest(nodeCount, tasks, 0, false, new int[] {0}, 0), all, free);
        if (a == null) {
            return null;
        }
        free.take(a);
        int[] out = new int[2 * a.nodeCount()];
        for (int k = 0; k < a.nodeCount(); k++) {
            out[2 * k] = a.node(k);
            out[2 * k + 1] = a.cpus(k);
        }
        return out;
    }

    @Test
    void shouldGiveEachFurtherNodeOneCpuAndTheFirstTheRest() {
        assertArrayEquals(new int[] {0, 3, 1, 1}, place(2, 4), "-N 2 -n 4: n1 3 CPUs, n2 1");
        free.copyFrom(new NodeResources(nodes));
        assertArrayEquals(new int[] {0, 2, 1, 1}, place(2, 3), "-N 2 -n 3: 2 and 1");
        free.copyFrom(new NodeResources(nodes));
        assertArrayEquals(new int[] {0, 4, 1, 2}, place(2, 6), "-N 2 -n 6: 4 and 2");
        free.copyFrom(new NodeResources(nodes));
        assertArrayEquals(new int[] {0, 3, 1, 1, 2, 1}, place(3, 5), "-N 3 -n 5: 3, 1 and 1");
    }

    @Test
    void shouldTakeTheOneNodeThatHoldsTheJobRatherThanSplitIt() {
        assertArrayEquals(new int[] {0, 3}, place(0, 3), "-n 3 on n1");
        assertArrayEquals(new int[] {1, 3}, place(0, 3), "-n 3 on n2 alone, not 1 on n1 and 2 on n2");
        assertArrayEquals(new int[] {0, 1}, place(0, 1), "-n 1 fills n1, the tightest that holds it");
        assertArrayEquals(new int[] {2, 4}, place(1, 4), "-N 1 -n 4 on n3");
        assertArrayEquals(new int[] {3, 2}, place(1, 2), "-N 1 -n 2 on n4, the one node with 2 free");
        assertNull(place(1, 3), "-N 1 -n 3: no single node has 3 left, and it may not split");
        assertArrayEquals(new int[] {1, 1, 3, 2}, place(0, 3), "-n 3: the 2 of n4 (the larger run), then n2's 1");
    }
}
