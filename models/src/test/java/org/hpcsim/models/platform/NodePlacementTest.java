package org.hpcsim.models.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hpcsim.models.network.FatTree;
import org.junit.jupiter.api.Test;

class NodePlacementTest {
    // 12 nodes, 4 per leaf: leaves {0-3}, {4-7}, {8-11}.
    private final FatTree tree = new FatTree(12, 4, 2, 0, 1, 1e9, 1e-7);

    @Test
    void shouldPutAJobInTheFullestLeafThatHoldsIt() {
        NodePlacement p = new NodePlacement(tree, PlacementPolicy.COMPACT);
        p.take(3); // leaf 0 keeps 1 free
        p.give(new int[] {});
        int[] a = p.take(2); // leaf 0 has 1, leaves 1 and 2 have 4: best fit is leaf 1
        assertArrayEquals(new int[] {4, 5}, a);
        assertArrayEquals(new int[] {3}, p.take(1), "the leaf with one free node fits a one-node job best");
    }

    @Test
    void shouldSpanTheLeavesWithMostFreeNodesWhenNoLeafHoldsTheJob() {
        NodePlacement p = new NodePlacement(tree, PlacementPolicy.COMPACT);
        p.take(3); // leaf 0: 1 free
        p.take(1); // fits leaf 0 exactly: leaf 0 full
        p.take(2); // leaf 1: 2 free
        // 6 nodes: leaf 2 (4 free) then leaf 1 (2 free).
        assertArrayEquals(new int[] {8, 9, 10, 11, 6, 7}, p.take(6));
        assertEquals(0, p.freeNodes());
    }

    @Test
    void shouldTakeTheLowestNumberedFreeNodesUnderLinear() {
        NodePlacement p = new NodePlacement(tree, PlacementPolicy.LINEAR);
        int[] first = p.take(3);
        p.take(2);
        p.give(first);
        assertArrayEquals(new int[] {0, 1, 2, 5}, p.take(4));
    }

    @Test
    void shouldDealOneNodePerLeafInTurnUnderScatter() {
        NodePlacement p = new NodePlacement(tree, PlacementPolicy.SCATTER);
        assertArrayEquals(new int[] {0, 4, 8, 1, 5}, p.take(5));
        assertArrayEquals(new int[] {2, 6, 9}, p.take(3));
    }
}
