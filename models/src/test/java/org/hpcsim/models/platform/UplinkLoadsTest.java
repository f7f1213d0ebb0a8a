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
        UplinkLoads.Loads l = loads.of(new int[] {0, 1, 2, 3}, Traffic.CHAIN);
        assertArrayEquals(new int[] {0, 1}, l.links());
        assertArrayEquals(new double[] {0.5, 0.5}, l.weights(), 1e-12);
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
