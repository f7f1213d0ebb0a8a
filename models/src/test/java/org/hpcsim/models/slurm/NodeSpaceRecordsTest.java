package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/**
 * The record count of backfill's node_space table, traced by hand through backfill.c's
 * _add_reservation (22.05) on a map of [0, 1000) over four nodes.
 */
class NodeSpaceRecordsTest {
    private static NodeSpace map() {
        return new NodeSpace(0, 1000, SlurmReplay.nodes(0, 3), 4);
    }

    private static BitSet node(int... n) {
        BitSet b = new BitSet();
        for (int i : n) {
            b.set(i);
        }
        return b;
    }

    @Test
    void shouldInsertARecordAtEachNewBoundaryAndMergeOnePairOfLikeRecords() {
        NodeSpace s = map();
        assertEquals(1, s.records());
        s.reserve(100, 200, node(0), 1);
        assertEquals(3, s.records(), "a start and an end record");
        // Starts where a record begins: only the end is new. [100,200) and [200,300) now hold the
        // same nodes and merge, so 200 is no boundary any more.
        s.reserve(200, 300, node(0), 1);
        assertEquals(4, s.records());
        // 200 is inserted again, and 250.
        s.reserve(200, 250, node(1), 1);
        assertEquals(6, s.records());
        // Ending where a record begins and starting at one: nothing new.
        s.reserve(100, 200, node(2), 1);
        assertEquals(6, s.records());
    }

    @Test
    void shouldCutTheFirstRecordToNothingForAReservationFromTheMapsStart() {
        NodeSpace s = map();
        s.reserve(0, 100, node(3), 1);
        assertEquals(3, s.records(), "an empty first record, the reservation's and the rest");
        s.reserve(0, 100, node(2), 1);
        assertEquals(3, s.records(), "the empty record ends where this one starts");
    }

    @Test
    void shouldLetTheEmptyFirstRecordMergeWithTheNextWhenTheyHoldTheSameNodes() {
        NodeSpace s = map();
        s.reserve(0, 100, new BitSet(), 1); // takes nothing: the empty record and [0,100) are alike
        assertEquals(3, s.records());
        s.reserve(0, 50, node(0), 1);
        assertEquals(5, s.records(), "the start is inserted again, and 50");
    }

    @Test
    void shouldInsertNoRecordAtOrPastTheWindowsEnd() {
        NodeSpace s = map();
        s.reserve(900, 1000, node(0), 1);
        assertEquals(2, s.records());
        s.reserve(950, 5000, node(1), 1);
        assertEquals(3, s.records());
        s.reserve(1000, 1100, node(2), 1);
        assertEquals(3, s.records(), "starts at the window's end");
    }

    @Test
    void shouldCountNoRecordForAMaintenanceWindow() {
        NodeSpace s = map();
        s.block(100, 200, node(0), 1);
        assertEquals(1, s.records());
        s.reserve(100, 200, node(1), 1);
        assertEquals(3, s.records(), "slurmctld's table has neither boundary yet");
    }
}
