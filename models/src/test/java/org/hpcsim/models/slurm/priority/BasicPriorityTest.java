package org.hpcsim.models.slurm.priority;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BasicPriorityTest {
    @Test
    void shouldCountDownFromJustBelowTopPriorityInSubmitOrder() {
        BasicPriority basic = new BasicPriority();
        assertEquals(0xFFFE_FFFFL, basic.next());
        assertEquals(0xFFFE_FFFEL, basic.next());
        assertEquals(0xFFFE_FFFDL, basic.next());
    }

    @Test
    void shouldShiftOnlyTheNicedJob() {
        BasicPriority basic = new BasicPriority();
        long first = basic.next();
        assertEquals(first - 1 - 100, basic.next(100));
        assertEquals(first - 2, basic.next());
        assertEquals(first - 3 + 50, basic.next(-50));
        assertEquals(first - 4, basic.next());
    }
}
