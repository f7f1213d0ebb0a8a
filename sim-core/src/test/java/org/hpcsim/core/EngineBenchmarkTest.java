package org.hpcsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EngineBenchmarkTest {

    @Test
    void shouldFireExactlyTheRequestedNumberOfEvents() {
        EngineBenchmark.Result result = EngineBenchmark.run(1_000, 100_000, 42);
        assertEquals(100_000, result.events());
        assertTrue(result.nanos() >= 0);
        assertTrue(result.eventsPerSecond() >= 0); // no timing assertion: machines differ
    }

    @Test
    void shouldStopEarlyWhenFewerEventsThanPendingAreRequested() {
        assertEquals(10, EngineBenchmark.run(1_000, 10, 1).events());
        assertEquals(0, EngineBenchmark.run(5, 0, 1).events());
    }

    @Test
    void shouldRejectNonsensicalSizes() {
        assertThrows(IllegalArgumentException.class, () -> EngineBenchmark.run(0, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> EngineBenchmark.run(10, -1, 1));
    }
}
