package org.hpcsim.cli.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tick's phase between allocations, across the end of a second. */
class TickPhaseTest {
    @Test
    void shouldInterpolateBetweenAllocations() {
        TickPhase p = new TickPhase(List.of(10.100, 20.120));
        assertEquals(0.100, p.at(5), 1e-9, "held before the first");
        assertEquals(0.110, p.at(15.11), 1e-9, "half way: half the drift");
        assertEquals(0.120, p.at(99), 1e-9, "held after the last");
    }

    @Test
    void shouldUnwrapADriftAcrossTheSecondsEnd() {
        // 30.980 then 40.010: the tick drifted 30 ms and wrapped, it did not jump back 970 ms.
        TickPhase p = new TickPhase(List.of(30.980, 40.010));
        assertEquals(0.980 + 0.030 * 4.02 / 9.03, p.at(35.0), 1e-9);
        assertEquals(0.980 + 0.030 * 8.52 / 9.03 - 1, p.at(39.5), 1e-9, "past the second's end: small again");
    }

    @Test
    void shouldGoOnAboveOneWhenUnwrapped() {
        TickPhase p = new TickPhase(List.of(30.980, 40.010));
        assertEquals(0.980 + 0.030 * 8.52 / 9.03, p.unwrapped(39.5), 1e-9, "past the second's end: above 1");
        assertEquals(1.010, p.unwrapped(50), 1e-9, "held after the last");
        assertEquals(0.980, p.unwrapped(1), 1e-9, "held before the first");
    }
}
