package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/** Invariants of node choice under topology/tree on random trees, loads and requests. */
class TopologySelectionProperties {
    /** A random cluster: its nodes, a tree over most of them, and some load on them. */
    private record World(List<SlurmNode> nodes, SwitchTree tree, NodeResources free, BitSet avail) {}

    private static World world(Random rnd) {
        int mids = 1 + rnd.nextInt(3);
        List<SlurmNode> nodes = new ArrayList<>();
        SwitchTree.Builder b = null;
        List<int[]> leaves = new ArrayList<>();
        List<Integer> leafMid = new ArrayList<>();
        for (int m = 0; m < mids; m++) {
            int perMid = 1 + rnd.nextInt(3);
            for (int l = 0; l < perMid; l++) {
                int width = 1 + rnd.nextInt(4);
                int[] members = new int[width];
                for (int k = 0; k < width; k++) {
                    members[k] = nodes.size();
                    nodes.add(node(nodes.size(), rnd));
                }
                leaves.add(members);
                leafMid.add(m);
            }
            if (rnd.nextInt(4) == 0) {
                nodes.add(node(nodes.size(), rnd)); // under no switch
            }
        }
        b = SwitchTree.builder(nodes.size());
        for (int l = 0; l < leaves.size(); l++) {
            b.leaf("l" + l, leaves.get(l));
        }
        List<String> midNames = new ArrayList<>();
        for (int m = 0; m < mids; m++) {
            List<String> kids = new ArrayList<>();
            for (int l = 0; l < leaves.size(); l++) {
                if (leafMid.get(l) == m) {
                    kids.add("l" + l);
                }
            }
            b.upper("m" + m, kids);
            midNames.add("m" + m);
        }
        if (rnd.nextInt(5) > 0) {
            b.upper("top", midNames); // else several roots
        }
        NodeResources free = new NodeResources(nodes);
        BitSet avail = new BitSet();
        for (int i = 0; i < nodes.size(); i++) {
            int state = rnd.nextInt(4);
            int cpus = nodes.get(i).cpus();
            if (state == 1) {
                free.take(new Allocation(new int[] {i}, new int[] {cpus}, new int[] {nodes.get(i).gpus()}, true));
            } else if (state == 2) {
                free.take(new Allocation(new int[] {i}, new int[] {1 + rnd.nextInt(cpus)}, new int[] {0}, false));
            }
            avail.set(i, rnd.nextInt(8) > 0);
        }
        return new World(nodes, b.build(), free, avail);
    }

    private static SlurmNode node(int i, Random rnd) {
        return new SlurmNode("n" + i, 1 + rnd.nextInt(4), 0, rnd.nextInt(3), "", 1 + rnd.nextInt(2), List.of());
    }

    private static JobRequest request(Random rnd, SelectType type) {
        int minNodes = rnd.nextInt(5);
        int cpus = Math.max(minNodes, 1) + rnd.nextInt(6);
        int gpus = rnd.nextInt(4) == 0 ? rnd.nextInt(3) : 0;
        return new JobRequest(minNodes, cpus, gpus, type == SelectType.LINEAR || rnd.nextBoolean(), new int[] {0}, 0);
    }

    @Property(tries = 1000)
    void shouldChooseFreeNodesNoMoreThanAskedUnderOneSwitch(@ForAll long seed, @ForAll SelectType type,
                                                             @ForAll boolean oneLeaf) {
        Random rnd = new Random(seed);
        World w = world(rnd);
        NodeSelector s = new NodeSelector(w.nodes(), type, w.tree());
        JobRequest r = request(rnd, type);
        int maxLeaves = oneLeaf ? 1 : 0;
        Allocation a = s.select(r, w.avail(), w.free(), maxLeaves);
        Statistics.label("placement").collect(a == null ? "none" : s.leaves(a) > 1 ? "several leaves" : "one leaf");
        if (a == null) {
            return;
        }
        if (r.minNodes() > 0) {
            assertEquals(r.minNodes(), a.nodeCount(), "exactly the nodes asked for");
        } else {
            assertTrue(a.nodeCount() <= r.cpus() + r.gpus(), "each node gives a CPU or a GPU that is wanted");
        }
        assertTrue(a.totalCpus() >= r.cpus() && a.totalGpus() >= r.gpus(), "the job gets what it asked for");
        BitSet chosen = new BitSet();
        for (int k = 0; k < a.nodeCount(); k++) {
            int n = a.node(k);
            assertTrue(!chosen.get(n) && w.avail().get(n) && w.tree().leafOf(n) >= 0, "node " + n);
            chosen.set(n);
            if (s.wholeNodes(r)) {
                assertTrue(w.free().idle.get(n), "whole nodes are idle");
            } else {
                assertTrue(!w.free().wholeHeld[n] && w.free().freeCpus[n] >= a.cpus(k) && a.cpus(k) > 0
                        && w.free().freeGpus[n] >= a.gpus(k), "shares fit what is free on node " + n);
            }
        }
        boolean underOneSwitch = false;
        for (int sw = 0; sw < w.tree().switchCount(); sw++) {
            BitSet below = w.tree().nodesBelow(sw);
            below.and(chosen);
            underOneSwitch |= below.equals(chosen);
        }
        assertTrue(underOneSwitch, "no job spans switches without a common parent");
        if (oneLeaf) {
            assertEquals(1, s.leaves(a));
        }
        if (r.minNodes() > 0 && SharedPlacement.gpusInAll(r) && !s.wholeNodes(r)) {
            // GPUs in all on a node count: without a tree cons_tres takes its lightest set of nodes
            // first even when it cannot hold them (_eval_nodes), and the job may wait, where the tree
            // fit (_eval_nodes_topo) goes on to further nodes of its leaves, so the two differ.
            return;
        }
        assertNotNull(new NodeSelector(w.nodes(), type).select(r, w.avail(), w.free()),
                "what fits under the tree fits without it");
    }

    @Property(tries = 300)
    void shouldChooseAlikeWhateverWasChosenBefore(@ForAll long seed, @ForAll SelectType type) {
        Random rnd = new Random(seed);
        World w = world(rnd);
        NodeSelector s = new NodeSelector(w.nodes(), type, w.tree());
        JobRequest first = request(rnd, type);
        JobRequest other = request(rnd, type);
        Allocation a = s.select(first, w.avail(), w.free());
        s.select(other, w.avail(), w.free(), 1);
        Allocation again = new NodeSelector(w.nodes(), type, w.tree()).select(first, w.avail(), w.free());
        assertEquals(describe(a), describe(s.select(first, w.avail(), w.free())), "scratch state leaks between calls");
        assertEquals(describe(a), describe(again));
    }

    private static String describe(Allocation a) {
        if (a == null) {
            return "none";
        }
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < a.nodeCount(); k++) {
            b.append(a.node(k)).append(':').append(a.cpus(k)).append('/').append(a.gpus(k)).append(' ');
        }
        return b.toString();
    }
}
