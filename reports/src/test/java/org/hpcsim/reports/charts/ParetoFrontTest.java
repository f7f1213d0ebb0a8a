package org.hpcsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The front keeps exactly the points nothing beats on both axes; ties survive together. */
class ParetoFrontTest {
    @Test
    void shouldKeepOnlyPointsNoOtherPointBeatsOnBothAxes() {
        double[] x = {1, 2, 3, 4, 2.5, 5, 3};
        double[] y = {10, 5, 2, 1, 6, 1, 3};
        // 4: (2.5, 6) is beaten by (2, 5); 5: (5, 1) by (4, 1) on x alone; 6: (3, 3) by (3, 2) on y alone.
        assertEquals(List.of(0, 1, 2, 3), ParetoFront.indices(x, y));
    }

    @Test
    void shouldKeepEqualPointsOnTheFrontTogether() {
        double[] x = {1, 1, 2, 0.5};
        double[] y = {1, 1, 0.5, 3};
        assertEquals(List.of(0, 1, 2, 3), ParetoFront.indices(x, y));
    }

    @Test
    void shouldDropEqualPointsThatAreBothDominated() {
        double[] x = {2, 2, 1};
        double[] y = {2, 2, 1};
        assertEquals(List.of(2), ParetoFront.indices(x, y));
    }

    @Test
    void shouldIgnoreNonFinitePoints() {
        double[] x = {Double.NaN, 1, 2, 0};
        double[] y = {0, 2, 1, Double.POSITIVE_INFINITY};
        assertEquals(List.of(1, 2), ParetoFront.indices(x, y));
    }

    @Test
    void shouldHandleEmptyAndSingleInputAndRefuseMismatchedLengths() {
        assertEquals(List.of(), ParetoFront.indices(new double[0], new double[0]));
        assertEquals(List.of(0), ParetoFront.indices(new double[] {3}, new double[] {4}));
        assertThrows(IllegalArgumentException.class, () -> ParetoFront.indices(new double[1], new double[2]));
    }
}
