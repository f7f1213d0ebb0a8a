package org.hpcsim.models.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.hpcsim.models.network.FatTree;
import org.hpcsim.models.network.FlatSwitch;
import org.hpcsim.models.perf.Traffic;
import org.junit.jupiter.api.Test;

class UplinkLoadsTest {
    // 8 nodes, 2 per leaf (4 leaves), 2 leaves per pod (2 pods): leaf links 0-3, pod links 4-5.
    private final FatTree tree = new FatTree(8, 2, 3, 2, 1, 1e9, 1e-7);
    private final UplinkLoads loads = new UplinkLoads(tree);

    @Test
    void shouldSendOneRingEdgeOutOfEachLeafTheJobSpans() {
        // Nodes 0,1 | 2,3: 1 -> 2 leaves leaf 0, 3 -> 0 leaves leaf 1; both in pod 0, so no pod uplink.
        UplinkLoads.Loads l = loads.of(new int[] {0, 1, 2, 3}, Traffic.RING);
        assertArrayEquals(new int[] {0, 1}, l.links());
        assertArrayEquals(new double[] {1, 1}, l.weights(), 1e-12);
    }

    @Test
    void shouldSendHalfOfABoundaryNodesHaloAcrossTheLeafBoundary() {
        // Chain 0,1,2,3: node 1 sends half to 2 (leaf 0 -> out), node 2 sends half to 1 (leaf 1 -> out).
        UplinkLoads.Loads l = loads.of(new int[] {0, 1, 2, 3}, Traffic.halo(1));
        assertArrayEquals(new int[] {0, 1}, l.links());
        assertArrayEquals(new double[] {0.5, 0.5}, l.weights(), 1e-12);
    }

    @Test
    void shouldSendEveryHaloAcrossALeafWhenTheGridsNeighboursLieOnOtherLeaves() {
        // 8 nodes on a 2x2x2 grid (strides 1, 2, 4), scattered one per leaf pair: nodes 0,2,4,6 -> leaves 0,1,2,3
        // and 1,3,5,7 -> leaves 0,1,2,3 too. Rank k sits on node order[k]; every node has 3 neighbours.
        UplinkLoads.Loads l = loads.of(new int[] {0, 2, 4, 6, 1, 3, 5, 7}, Traffic.halo(3));
        // Rank 0 (leaf 0): neighbours ranks 1 (leaf 1), 2 (leaf 2), 4 (leaf 0): 2 of 3 leave. Rank 4 (leaf 0):
        // neighbours 5 (leaf 1), 6 (leaf 2), 0 (leaf 0): 2 of 3. Leaf 0 sends 4/3 of a node's rate; likewise all.
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, l.links());
        assertArrayEquals(new double[] {4.0 / 3, 4.0 / 3, 4.0 / 3, 4.0 / 3, 4.0 / 3, 4.0 / 3}, l.weights(), 1e-12);
    }

    @Test
    void shouldSendAllToAllTrafficOutInProportionToTheNodesOutside() {
        // Nodes 0,1 (leaf 0, pod 0) and 4,5 (leaf 2, pod 1): each leaf and each pod sends 2 x 2/3 out.
        UplinkLoads.Loads l = loads.of(new int[] {0, 1, 4, 5}, Traffic.ALL_TO_ALL);
        assertArrayEquals(new int[] {0, 2, 4, 5}, l.links());
        assertArrayEquals(new double[] {4.0 / 3, 4.0 / 3, 4.0 / 3, 4.0 / 3}, l.weights(), 1e-12);
    }

    @Test
    void shouldLoadNothingInsideOneLeafOrOnAFlatSwitch() {
        assertArrayEquals(new int[0], loads.of(new int[] {2, 3}, Traffic.ALL_TO_ALL).links());
        assertArrayEquals(new int[0], new UplinkLoads(new FlatSwitch(8, 1e-7)).of(new int[] {0, 5}, Traffic.RING)
                .links());
    }
}
