package org.hpcsim.models.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hpcsim.models.kube.plugins.BrokenLinearFunction;
import org.junit.jupiter.api.Test;

/** Upstream's TestBrokenLinearFunction (requested_to_capacity_ratio_test.go): its three shapes and assertions. */
class BrokenLinearFunctionTest {
    private static void check(BrokenLinearFunction f, long[][] pointsAndExpected) {
        for (long[] pe : pointsAndExpected) {
            assertEquals(pe[1], f.at(pe[0]), "at " + pe[0]);
        }
    }

    @Test
    void shouldBeFlatOutsideAndTruncateInside() {
        check(new BrokenLinearFunction(new long[] {10, 90}, new long[] {1, 9}), new long[][] {
            {-10, 1}, {0, 1}, {9, 1}, {10, 1}, {15, 1}, {19, 1}, {20, 2}, {89, 8}, {90, 9}, {99, 9}, {100, 9}, {110, 9}});
    }

    @Test
    void shouldRiseThenFall() {
        check(new BrokenLinearFunction(new long[] {0, 40, 100}, new long[] {2, 10, 0}), new long[][] {
            {-10, 2}, {0, 2}, {20, 6}, {30, 8}, {40, 10}, {70, 5}, {100, 0}, {110, 0}});
    }

    @Test
    void shouldStayConstantOnAFlatShape() {
        check(new BrokenLinearFunction(new long[] {0, 40, 100}, new long[] {2, 2, 2}), new long[][] {
            {-10, 2}, {0, 2}, {20, 2}, {30, 2}, {40, 2}, {70, 2}, {100, 2}, {110, 2}});
    }

    @Test
    void shouldRejectUtilizationsThatDoNotIncrease() {
        assertThrows(IllegalArgumentException.class, () -> new BrokenLinearFunction(new long[] {50, 50}, new long[] {1, 2}));
    }
}
