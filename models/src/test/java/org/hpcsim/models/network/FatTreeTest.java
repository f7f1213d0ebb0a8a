package org.hpcsim.models.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FatTreeTest {
    // 10 nodes, 4 a leaf: leaves {0-3}, {4-7}, {8, 9}; 2:1 oversubscribed, 100 B/s links.
    private final FatTree twoLevel = new FatTree(10, 4, 2, 0, 2, 100, 1e-7);
    // 22 nodes, 4 a leaf, 2 leaves a pod: leaves 0..5 (the last holds 20, 21), pods {0,1}, {2,3}, {4,5}.
    private final FatTree threeLevel = new FatTree(22, 4, 3, 2, 1, 100, 1e-7);

    @Test
    void shouldCountLeavesAndPods() {
        assertEquals(1, twoLevel.uplinkLevels());
        assertEquals(3, twoLevel.groups(0));
        assertEquals(2, threeLevel.uplinkLevels());
        assertEquals(6, threeLevel.groups(0));
        assertEquals(3, threeLevel.groups(1));
        assertThrows(IllegalArgumentException.class, () -> twoLevel.groups(1));
    }

    @Test
    void shouldPlaceNodesInOrderUnderLeaves() {
        assertEquals(0, twoLevel.groupOf(3, 0));
        assertEquals(2, twoLevel.groupOf(9, 0));
        assertEquals(5, threeLevel.groupOf(21, 0));
        assertEquals(2, threeLevel.groupOf(21, 1));
        assertEquals(1, threeLevel.groupOf(8, 1));
        assertThrows(IllegalArgumentException.class, () -> twoLevel.groupOf(10, 0));
    }

    @Test
    void shouldGiveAPartialLeafItsNominalUplinks() {
        // 4 ports x 100 / 2 = 200 for every leaf, the two-node last one too.
        assertEquals(200, twoLevel.uplinkCapacity(0, 0), 1e-9);
        assertEquals(200, twoLevel.uplinkCapacity(0, 2), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> twoLevel.uplinkCapacity(0, 3));
    }

    @Test
    void shouldGiveAPodItsLeavesUplinksInFull() {
        // Non-blocking leaves: 4 x 100 = 400 each; a pod of two: 800.
        assertEquals(400, threeLevel.uplinkCapacity(0, 5), 1e-9);
        assertEquals(800, threeLevel.uplinkCapacity(1, 2), 1e-9);
        // 18 nodes: leaves 0..4, pods {0,1}, {2,3}, {4}: the last pod has one leaf, 400.
        FatTree partialPod = new FatTree(18, 4, 3, 2, 1, 100, 1e-7);
        assertEquals(3, partialPod.groups(1));
        assertEquals(400, partialPod.uplinkCapacity(1, 2), 1e-9);
    }

    @Test
    void shouldCountSwitchesBetweenNodes() {
        assertEquals(0, twoLevel.switchesBetween(5, 5));
        assertEquals(1, twoLevel.switchesBetween(0, 3));
        assertEquals(3, twoLevel.switchesBetween(0, 9));
        assertEquals(1, threeLevel.switchesBetween(20, 21));
        assertEquals(3, threeLevel.switchesBetween(0, 7));   // leaves 0 and 1, pod 0
        assertEquals(5, threeLevel.switchesBetween(0, 8));   // pod 0 to pod 1
        assertEquals(5, threeLevel.switchesBetween(21, 0));  // the partial leaf's pod to pod 0
        assertThrows(IllegalArgumentException.class, () -> twoLevel.switchesBetween(-1, 0));
    }

    @Test
    void shouldKeepItsLevelsWhenTheClusterFitsUnderOneLeaf() {
        FatTree small = new FatTree(3, 4, 2, 0, 1, 100, 1e-7);
        assertEquals(1, small.uplinkLevels());
        assertEquals(1, small.groups(0));
        assertEquals(1, small.switchesBetween(0, 2));
    }

    @Test
    void shouldNameTheImpossibleFigure() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FatTree(10, 0, 2, 0, 1, 100, 0));
        assertTrue(e.getMessage().contains("nodesPerLeaf"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new FatTree(10, 4, 3, 0, 1, 100, 0));
        assertTrue(e.getMessage().contains("leavesPerPod"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new FatTree(10, 4, 2, 0, 0.5, 100, 0));
        assertTrue(e.getMessage().contains("oversubscription"), e.getMessage());
    }
}
