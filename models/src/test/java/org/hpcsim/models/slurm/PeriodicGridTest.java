package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The times origin + k * period, for negative k and origins too. */
class PeriodicGridTest {
    @Test
    void shouldFindTheTimesAroundAnyInstant() {
        PeriodicGrid g = new PeriodicGrid(25, 60);
        assertEquals(25, g.atOrBefore(25));
        assertEquals(25, g.atOrBefore(84));
        assertEquals(85, g.atOrBefore(85));
        assertEquals(-35, g.atOrBefore(0), "before the origin: k = -1");
        assertEquals(85, g.after(25));
        assertEquals(25, g.after(-35));
        assertEquals(85, g.atOrAfter(85));
        assertEquals(145, g.atOrAfter(86));
        assertTrue(g.on(-95) && g.on(145));
        assertFalse(g.on(146));
    }

    @Test
    void shouldWorkFromANegativeOrigin() {
        PeriodicGrid g = new PeriodicGrid(-3000, 3600);
        assertEquals(600, g.atOrBefore(700));
        assertEquals(-3000, g.atOrBefore(599));
        assertEquals(4200, g.after(600));
    }

    @Test
    void shouldRefuseAPeriodThatIsNotPositive() {
        assertThrows(IllegalArgumentException.class, () -> new PeriodicGrid(0, 0));
    }
}
