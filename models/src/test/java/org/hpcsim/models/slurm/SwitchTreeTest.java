package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SwitchTreeTest {
    @Test
    void shouldNumberLevelsFromTheLeavesAndKnowEachNodesLeaf() {
        // topology.html's first example: s0-s3 leaves, s4 over s0-s1, s5 over s2-s3, s6 over s4-s5.
        SwitchTree t = SwitchTree.builder(8).leaf("s0", 0, 1).leaf("s1", 2, 3).leaf("s2", 4, 5).leaf("s3", 6, 7)
                .upper("s4", "s0", "s1").upper("s5", "s2", "s3").upper("s6", "s4", "s5").build();
        assertEquals(0, t.level(0));
        assertEquals(1, t.level(4));
        assertEquals(2, t.level(6));
        assertEquals(2, t.leafOf(5));
        assertArrayEquals(new int[] {6}, t.parents(5));
        assertEquals(8, t.nodesBelow(6).cardinality());
        assertArrayEquals(new int[] {0, 1, 2, 3}, t.leavesBelow(6));
        assertTrue(t.isLeaf(3));
    }

    @Test
    void shouldCountEachLeafOnceUnderSeveralParents() {
        // topology.html's fat tree: four spines each listing every leaf.
        SwitchTree t = SwitchTree.builder(4).leaf("l0", 0, 1).leaf("l1", 2, 3).upper("a", "l0", "l1")
                .upper("b", "l0", "l1").upper("top", "a", "b").build();
        assertArrayEquals(new int[] {0, 1}, t.leavesBelow(4));
        assertArrayEquals(new int[] {2, 3}, t.parents(0));
        assertEquals(2, t.level(4));
    }

    @Test
    void shouldRefuseCyclesUnknownSwitchesAndNodesOnTwoLeaves() {
        assertThrows(IllegalArgumentException.class,
                () -> SwitchTree.builder(2).leaf("l", 0).upper("a", "b").upper("b", "a").build());
        assertThrows(IllegalArgumentException.class, () -> SwitchTree.builder(2).upper("a", "x").build());
        assertThrows(IllegalArgumentException.class, () -> SwitchTree.builder(2).leaf("a", 0).leaf("b", 0).build());
        assertThrows(IllegalArgumentException.class, () -> SwitchTree.builder(2).leaf("a", 2).build());
        assertThrows(IllegalArgumentException.class, () -> SwitchTree.builder(2).leaf("a", 0).leaf("a", 1));
    }

    @Test
    void shouldBuildAChainOfTwentyThousandLevelsWithoutRecursing() {
        // A topology.conf of 20,000 switches each above the last overflowed the stack before.
        SwitchTree.Builder b = SwitchTree.builder(2).leaf("s0", 0, 1);
        for (int i = 1; i < 20_000; i++) {
            b.upper("s" + i, "s" + (i - 1));
        }
        SwitchTree t = b.build();
        assertEquals(19_999, t.level(19_999));
        assertArrayEquals(new int[] {0}, t.leavesBelow(19_999));
        assertEquals(2, t.nodesBelow(19_999).cardinality());
        IllegalArgumentException cycle = assertThrows(IllegalArgumentException.class,
                () -> SwitchTree.builder(2).leaf("l", 0).upper("a", "b").upper("b", "c").upper("c", "a").build());
        assertEquals("switch a is below itself (the switches form a cycle)", cycle.getMessage());
    }
}
