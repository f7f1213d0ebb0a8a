package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Node choice under topology/tree, select/linear and select/cons_tres, on hand-made trees. */
class TopologySelectionTest {
    private static List<SlurmNode> nodes(int count) {
        List<SlurmNode> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new SlurmNode("n" + i, 4, 0, 0, "", 1, List.of()));
        }
        return list;
    }

    /** {@code leaves} leaf switches of {@code width} consecutive nodes under one root. */
    private static SwitchTree twoLevels(int leaves, int width) {
        SwitchTree.Builder b = SwitchTree.builder(leaves * width);
        String[] names = new String[leaves];
        for (int l = 0; l < leaves; l++) {
            int[] members = new int[width];
            for (int k = 0; k < width; k++) {
                members[k] = l * width + k;
            }
            names[l] = "s" + l;
            b.leaf(names[l], members);
        }
        return b.upper("root", names).build();
    }

    private static NodeResources busy(List<SlurmNode> nodes, int... taken) {
        NodeResources free = new NodeResources(nodes);
        for (int n : taken) {
            free.take(new Allocation(new int[] {n}, new int[] {4}, new int[] {0}, true));
        }
        return free;
    }

    private static JobRequest wholeNodes(int n) {
        return new JobRequest(n, n, 0, true, new int[] {0}, 0);
    }

    private static int[] picked(Allocation a) {
        int[] p = new int[a.nodeCount()];
        for (int k = 0; k < p.length; k++) {
            p[k] = a.node(k);
        }
        java.util.Arrays.sort(p);
        return p;
    }

    private static BitSet all(int n) {
        BitSet b = new BitSet();
        b.set(0, n);
        return b;
    }

    @Test
    void shouldPlaceAJobUnderOneLeafEvenWhenLowerNodesAreFreeAcrossLeaves() {
        // Leaves s0 = n0-n3, s1 = n4-n7; n0 and n1 busy. Free n2-n7 form one run, which best fit
        // alone would start at n2; the tree puts the 3-node job under s1, the lowest switch that holds it.
        List<SlurmNode> nodes = nodes(8);
        NodeResources free = busy(nodes, 0, 1);
        assertArrayEquals(new int[] {2, 3, 4}, picked(new NodeSelector(nodes, SelectType.LINEAR)
                .select(wholeNodes(3), all(8), free)));
        for (SelectType t : SelectType.values()) {
            NodeSelector s = new NodeSelector(nodes, t, twoLevels(2, 4));
            Allocation a = s.select(wholeNodes(3), all(8), free);
            assertArrayEquals(new int[] {4, 5, 6}, picked(a), t.toString());
            assertEquals(1, s.leaves(a));
        }
    }

    @Test
    void shouldPreferTheTightestLeafThatHoldsTheJob() {
        // s0 has 3 free nodes, s1 2, s2 4: a 2-node job goes to s1 under both plugins.
        List<SlurmNode> nodes = nodes(12);
        NodeResources free = busy(nodes, 0, 4, 5);
        for (SelectType t : SelectType.values()) {
            NodeSelector s = new NodeSelector(nodes, t, twoLevels(3, 4));
            assertArrayEquals(new int[] {6, 7}, picked(s.select(wholeNodes(2), all(12), free)), t.toString());
        }
    }

    @Test
    void shouldSpanTheLargestLeafThenTheSmallestThatHoldsTheRestUnderConsTres() {
        // Free per leaf: s0 3, s1 1, s2 2, s3 4. No leaf holds 5 nodes: cons_tres takes the
        // largest (s3), then the smallest leaf that holds the one node still wanted (s1): two leaves.
        List<SlurmNode> nodes = nodes(16);
        NodeResources free = busy(nodes, 0, 4, 5, 6, 8, 9);
        NodeSelector s = new NodeSelector(nodes, SelectType.CONS_TRES, twoLevels(4, 4));
        Allocation a = s.select(wholeNodes(5), all(16), free);
        assertArrayEquals(new int[] {7, 12, 13, 14, 15}, picked(a));
        assertEquals(2, s.leaves(a));
    }

    @Test
    void shouldUseTheLeavesWithFewestFreeCpusFirstUnderLinear() {
        // Same free nodes: select/linear 22.05 fills the leaves with the fewest usable CPUs first
        // (s1, then s2, then s0), so the 5-node job spans three leaves.
        List<SlurmNode> nodes = nodes(16);
        NodeResources free = busy(nodes, 0, 4, 5, 6, 8, 9);
        NodeSelector s = new NodeSelector(nodes, SelectType.LINEAR, twoLevels(4, 4));
        Allocation a = s.select(wholeNodes(5), all(16), free);
        assertArrayEquals(new int[] {1, 2, 7, 10, 11}, picked(a));
        assertEquals(3, s.leaves(a));
    }

    @Test
    void shouldChooseTheLowestSwitchThatHoldsTheJobInADeeperTree() {
        // Leaves a0 a1 under mid0, b0 b1 under mid1, both mids under top; 2 nodes per leaf.
        // Free: one node on a0, one on a1, one on b0, two on b1. A 2-node job fits leaf b1.
        // A 3-node job fits no leaf; mid1 holds 3 and mid0 only 2, so it stays under mid1.
        List<SlurmNode> nodes = nodes(8);
        SwitchTree tree = SwitchTree.builder(8).leaf("a0", 0, 1).leaf("a1", 2, 3).leaf("b0", 4, 5).leaf("b1", 6, 7)
                .upper("mid0", "a0", "a1").upper("mid1", "b0", "b1").upper("top", "mid0", "mid1").build();
        NodeResources free = busy(nodes, 0, 2, 4);
        for (SelectType t : SelectType.values()) {
            NodeSelector s = new NodeSelector(nodes, t, tree);
            assertArrayEquals(new int[] {6, 7}, picked(s.select(wholeNodes(2), all(8), free)), t.toString());
            assertArrayEquals(new int[] {5, 6, 7}, picked(s.select(wholeNodes(3), all(8), free)), t.toString());
        }
    }

    @Test
    void shouldRefuseAPlacementOverMoreLeavesThanAllowed() {
        List<SlurmNode> nodes = nodes(8);
        NodeResources free = busy(nodes, 0, 1, 2, 4, 5, 6);
        for (SelectType t : SelectType.values()) {
            NodeSelector s = new NodeSelector(nodes, t, twoLevels(2, 4));
            assertArrayEquals(new int[] {3, 7}, picked(s.select(wholeNodes(2), all(8), free, 0)), t.toString());
            assertNull(s.select(wholeNodes(2), all(8), free, 1), t.toString());
            assertArrayEquals(new int[] {3, 7}, picked(s.select(wholeNodes(2), all(8), free, 2)), t.toString());
        }
    }

    @Test
    void shouldNeverUseNodesUnderNoSwitchOrSpanTwoRoots() {
        // Two trees without a common root, and n8 under no switch.
        List<SlurmNode> nodes = nodes(9);
        SwitchTree tree = SwitchTree.builder(9).leaf("s0", 0, 1, 2, 3).leaf("s1", 4, 5, 6, 7).build();
        for (SelectType t : SelectType.values()) {
            NodeSelector s = new NodeSelector(nodes, t, tree);
            assertEquals(4, s.select(wholeNodes(4), all(9), new NodeResources(nodes)).nodeCount(), t.toString());
            assertNull(s.select(wholeNodes(5), all(9), new NodeResources(nodes)), t.toString());
            assertNull(s.select(wholeNodes(1), BitSet.valueOf(new long[] {1L << 8}), new NodeResources(nodes)));
        }
    }

    @Test
    void shouldFillLeavesByFreeNodesNotFreeCpusUnderConsTres() {
        // 4-CPU nodes; s0's nodes have 1 CPU free each, s1's all 4. _eval_nodes_topo compares
        // leaves by node count only and takes a leaf's nodes in index order, so a 6-CPU job takes
        // s0's four slivers and two CPUs of n4. A job of 6 CPUs on 2 nodes first takes two slivers
        // of s0, falls short, and is placed again without the nodes of 1 CPU (choose_nodes): on
        // s1, 4 CPUs and 2, each node making available what is still wanted less a CPU for each
        // node to come (a real slurmctld 22.05.8 gave -N 2 -n 6 5 + 1 of two idle 8-CPU nodes,
        // beside a leaf of two nodes with 1 CPU free each).
        List<SlurmNode> nodes = nodes(8);
        NodeResources free = new NodeResources(nodes);
        for (int n = 0; n < 4; n++) {
            free.take(new Allocation(new int[] {n}, new int[] {3}, new int[] {0}, false));
        }
        NodeSelector s = new NodeSelector(nodes, SelectType.CONS_TRES, twoLevels(2, 4));
        Allocation a = s.select(new JobRequest(0, 6, 0, false, new int[] {0}, 0), all(8), free);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, picked(a));
        assertEquals(6, a.totalCpus());
        assertEquals(2, a.cpus(4));
        Allocation two = s.select(new JobRequest(2, 6, 0, false, new int[] {0}, 0), all(8), free);
        assertArrayEquals(new int[] {4, 5}, picked(two));
        assertEquals(4, two.cpus(0));
        assertEquals(2, two.cpus(1));
        assertEquals(1, s.leaves(two));
    }

    @Test
    void shouldTakeAllLighterNodesFirstUnderConsTres() {
        // Weight 1 on n0 (s0) and n4 (s1), weight 5 elsewhere. A 3-node job takes both light
        // nodes (so two leaves) and one heavy node from their leaves, as _eval_nodes_topo does;
        // select/linear tries the light nodes alone, then all, and finds s0 alone.
        List<SlurmNode> nodes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            nodes.add(new SlurmNode("n" + i, 4, 0, 0, "", i % 4 == 0 ? 1 : 5, List.of()));
        }
        NodeResources free = new NodeResources(nodes);
        NodeSelector cons = new NodeSelector(nodes, SelectType.CONS_TRES, twoLevels(2, 4));
        assertArrayEquals(new int[] {0, 1, 4}, picked(cons.select(wholeNodes(3), all(8), free)));
        NodeSelector linear = new NodeSelector(nodes, SelectType.LINEAR, twoLevels(2, 4));
        assertArrayEquals(new int[] {0, 1, 2}, picked(linear.select(wholeNodes(3), all(8), free)));
    }

    @Test
    void shouldPlaceAGpuJobOfOneTaskOnTheNodeWithTheGpusUnderATree() {
        // One leaf of a (no GPU) and b (2 GPUs): the tree's fit may take a for its CPUs first and
        // drop it when b alone holds the job; one task may use one node only.
        List<SlurmNode> two = List.of(new SlurmNode("a", 4, 0, 0, "", 1, List.of()),
                new SlurmNode("b", 4, 0, 2, "", 1, List.of()));
        SwitchTree tree = SwitchTree.builder(2).leaf("s", 0, 1).build();
        NodeSelector s = new NodeSelector(two, SelectType.CONS_TRES, tree);
        for (int gpus = 1; gpus <= 2; gpus++) {
            Allocation a = s.select(new JobRequest(0, 1, gpus, false, new int[] {0}, 0), all(2),
                    new NodeResources(two));
            assertArrayEquals(new int[] {1}, picked(a), "-n 1 --gpus=" + gpus);
        }
        assertNull(s.select(new JobRequest(0, 1, 3, false, new int[] {0}, 0), all(2), new NodeResources(two)),
                "-n 1 --gpus=3: one node, two GPUs");
    }
}
