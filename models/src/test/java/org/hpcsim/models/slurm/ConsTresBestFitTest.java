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
    void shouldDropTheNodesOfferingLeastWhenTheFirstFitFails() {
        // n1 and n2 at Weight 1, n3 and n4 at Weight 2; 1 CPU left on each of n1 and n2. The greedy
        // fit takes n1 and n2 first and has no third node with the 5 CPUs still missing; choose_nodes
        // then drops n1 (the first node offering 1 CPU, leaving 3 nodes) and fits n2, n3 and n4, as a
        // real slurmctld 22.05.8 placed -N 3 -n 7 (1, 4 and 2 CPUs).
        nodes.clear();
        int[] weights = {1, 1, 2, 2};
        for (int i = 0; i < 4; i++) {
            nodes.add(new SlurmNode("n" + (i + 1), 4, 0, 0, "", weights[i], List.of()));
        }
        NodeResources weighted = new NodeResources(nodes);
        NodeSelector s = new NodeSelector(nodes, SelectType.CONS_TRES);
        BitSet all = new BitSet();
        all.set(0, 4);
        weighted.take(new Allocation(new int[] {0, 1}, new int[] {3, 3}, new int[] {0, 0}, false));
        Allocation a = s.select(new JobRequest(3, 7, 0, false, new int[] {0}, 0), all, weighted);
        assertArrayEquals(new int[] {1, 2, 3}, a.nodeIndices());
        assertArrayEquals(new int[] {1, 4, 2}, new int[] {a.cpus(0), a.cpus(1), a.cpus(2)});
    }

    @Test
    void shouldPlaceGpusPerNodeOnTheNodesWithThemFree() {
        // Four 4-CPU nodes of 2 GPUs (fake GRES): after -n 3 on n1, -n 2 --gres=gpu:1 went to n2 alone;
        // after -n 1 --gpus=1 on n1 too, -N 2 -n 2 --gres=gpu:2 went to n3 and n4 (n2 had 1 GPU left).
        nodes.clear();
        for (int i = 0; i < 4; i++) {
            nodes.add(new SlurmNode("n" + (i + 1), 4, 0, 2, "", 1, List.of()));
        }
        NodeResources gpus = new NodeResources(nodes);
        NodeSelector s = new NodeSelector(nodes, SelectType.CONS_TRES);
        BitSet all = new BitSet();
        all.set(0, 4);
        gpus.take(new Allocation(new int[] {0}, new int[] {3}, new int[] {0}, false));
        Allocation a = s.select(new JobRequest(0, 2, 1, false, new int[] {0}, 0, 0, 0, new RequestShape(null, 1, 0)),
                all, gpus);
        assertArrayEquals(new int[] {1}, a.nodeIndices());
        assertArrayEquals(new int[] {2, 1}, new int[] {a.cpus(0), a.gpus(0)});
        gpus.take(a);
        gpus.take(new Allocation(new int[] {0}, new int[] {1}, new int[] {1}, false));
        Allocation b = s.select(new JobRequest(2, 2, 4, false, new int[] {0}, 0, 0, 0, new RequestShape(null, 2, 0)),
                all, gpus);
        assertArrayEquals(new int[] {2, 3}, b.nodeIndices());
        assertArrayEquals(new int[] {2, 2}, new int[] {b.gpus(0), b.gpus(1)});
    }

    /**
     * -n {@code tasks} --gpus={@code gpus} on four 4-CPU nodes of 2 GPUs each holding
     * {@code busyCpus[i]} CPUs and {@code busyGpus[i]} GPUs; {node, CPUs, GPUs, ...}, or null.
     */
    private int[] placeGpusInAll(int[] busyCpus, int[] busyGpus, int tasks, int gpus) {
        nodes.clear();
        for (int i = 0; i < 4; i++) {
            nodes.add(new SlurmNode("n" + (i + 1), 4, 0, 2, "", 1, List.of()));
        }
        NodeResources busy = new NodeResources(nodes);
        for (int i = 0; i < 4; i++) {
            if (busyCpus[i] > 0) {
                busy.take(new Allocation(new int[] {i}, new int[] {busyCpus[i]}, new int[] {busyGpus[i]}, false));
            }
        }
        BitSet all = new BitSet();
        all.set(0, 4);
        Allocation a = new NodeSelector(nodes, SelectType.CONS_TRES)
                .select(new JobRequest(0, tasks, gpus, false, new int[] {0}, 0), all, busy);
        if (a == null) {
            return null;
        }
        int[] got = new int[3 * a.nodeCount()];
        for (int k = 0; k < a.nodeCount(); k++) {
            got[3 * k] = a.node(k);
            got[3 * k + 1] = a.cpus(k);
            got[3 * k + 2] = a.gpus(k);
        }
        return got;
    }

    @Test
    void shouldGiveAJobOfGpusInAllTheTightestNodeThatHoldsItAlone() {
        // Four 4-CPU nodes of 2 GPUs (fake GRES) with 1 CPU and 2 GPUs free on n1, 3 and 1 on n2,
        // 4 and 2 on n3, 2 and 2 on n4, as a real slurmctld 22.05.8 placed each: -n 1 --gpus=2 on
        // n1, -n 2 --gpus=2 on n4 (not 1 CPU of n1 and 1 of n2), -n 3 --gpus=1 on n2; over two
        // nodes, n1 is passed over for the run n3-n4, whose GPUs hold the job, the tasks go one to
        // each node first and the GPUs leave one for the next node.
        int[] cpus = {3, 1, 0, 2};
        int[] gpus = {0, 1, 0, 0};
        assertArrayEquals(new int[] {0, 1, 2}, placeGpusInAll(cpus, gpus, 1, 2), "-n 1 --gpus=2");
        assertArrayEquals(new int[] {3, 2, 2}, placeGpusInAll(cpus, gpus, 2, 2), "-n 2 --gpus=2");
        assertArrayEquals(new int[] {1, 3, 1}, placeGpusInAll(cpus, gpus, 3, 1), "-n 3 --gpus=1");
        assertArrayEquals(new int[] {2, 3, 2, 3, 1, 1}, placeGpusInAll(cpus, gpus, 4, 3), "-n 4 --gpus=3");
        assertArrayEquals(new int[] {2, 1, 2, 3, 1, 1}, placeGpusInAll(cpus, gpus, 2, 3), "-n 2 --gpus=3");
        assertNull(placeGpusInAll(new int[4], new int[4], 1, 4), "-n 1 --gpus=4: refused, one task, one node");
    }

    @Test
    void shouldPreferNodesWithMoreOfTheGpusFreeForAJobOfGpusInAll() {
        // n1 holds 1 CPU and 1 GPU, n2 2 CPUs, n3 3 CPUs and 2 GPUs. cons_tres ranks nodes of one
        // Weight by their free GPUs up to the job's, so n2 and n4 (2 free) come before n1 (1) and n3
        // (none). As a real slurmctld 22.05.8 placed each, predicted by hpcsim before the real run.
        int[] cpus = {1, 2, 3, 0};
        int[] gpus = {1, 0, 2, 0};
        assertArrayEquals(new int[] {3, 2, 1}, placeGpusInAll(cpus, gpus, 2, 1), "-n 2 --gpus=1");
        assertArrayEquals(new int[] {1, 1, 2, 3, 2, 1}, placeGpusInAll(cpus, gpus, 3, 3), "-n 3 --gpus=3");
        assertArrayEquals(new int[] {1, 1, 1, 3, 4, 1}, placeGpusInAll(cpus, gpus, 5, 2), "-n 5 --gpus=2");
        assertArrayEquals(new int[] {1, 1, 2, 3, 3, 2}, placeGpusInAll(cpus, gpus, 4, 4), "-n 4 --gpus=4");
        assertArrayEquals(new int[] {1, 2, 2, 3, 4, 1}, placeGpusInAll(cpus, gpus, 6, 3), "-n 6 --gpus=3");
        assertArrayEquals(new int[] {1, 1, 2, 3, 1, 2}, placeGpusInAll(cpus, gpus, 2, 4), "-n 2 --gpus=4");
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
