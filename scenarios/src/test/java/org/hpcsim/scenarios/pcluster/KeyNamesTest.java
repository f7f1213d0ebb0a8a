package org.hpcsim.scenarios.pcluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What counts as a misspelling: case, one edit, two for long names, a swap of neighbours. */
class KeyNamesTest {
    @Test
    void shouldCountASwapOfNeighboursAsOneEdit() {
        assertEquals(1, KeyNames.distance("MinCuont", "MinCount"));
        assertEquals(2, KeyNames.distance("MxCont", "MaxCount"));
        assertEquals(0, KeyNames.distance("Efa", "Efa"));
    }

    @Test
    void shouldAllowMoreEditsForLongerNames() {
        assertTrue(KeyNames.nearMiss("MaxCnt", "MaxCount"));
        assertTrue(KeyNames.nearMiss("Nme", "Name"));
        assertFalse(KeyNames.nearMiss("Nm", "Name"));
        assertFalse(KeyNames.nearMiss("Tags", "Name"));
        assertTrue(KeyNames.nearMiss("ID", "Id"));
        assertFalse(KeyNames.nearMiss("Ix", "Id"));
        assertFalse(KeyNames.nearMiss("MaxCountXYZ", "MaxCount"));
    }
}
