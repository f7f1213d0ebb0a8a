package org.hpcsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SimTimeTest {

    @Test
    void shouldConvertBetweenSecondsAndNanoseconds() {
        assertEquals(3_000_000_000L, SimTime.seconds(3));
        assertEquals(3_600_000_000_000L, SimTime.HOUR);
        assertEquals(1_500_000_000L, SimTime.ofSeconds(1.5));
        assertEquals(1L, SimTime.ofSeconds(0.6e-9)); // rounds to the nearest nanosecond
        assertEquals(2.5, SimTime.toSeconds(2_500_000_000L), 0.0);
    }

    @Test
    void shouldRejectTimesThatDoNotFitInALong() {
        assertThrows(ArithmeticException.class, () -> SimTime.seconds(Long.MAX_VALUE / 1_000));
        assertThrows(IllegalArgumentException.class, () -> SimTime.ofSeconds(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> SimTime.ofSeconds(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> SimTime.ofSeconds(1e10));
    }
}
