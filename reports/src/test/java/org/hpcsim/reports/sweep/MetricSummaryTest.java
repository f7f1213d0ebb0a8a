package org.hpcsim.reports.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The mean and its 95% Student-t interval over a point's replications. */
class MetricSummaryTest {
    // t(0.975) with 2 degrees of freedom, from tables.
    private static final double T_975_2 = 4.302652729911275;

    @Test
    void shouldGiveTheStudentTIntervalOfThreeValues() {
        MetricSummary s = MetricSummary.of(new double[] {1, 2, 3});
        // Mean 2; squares 1 + 0 + 1 over n - 1 = 2 gives sd 1; half width t * 1 / sqrt(3) = 2.4841377...
        assertEquals(3, s.n());
        assertEquals(2.0, s.mean(), 1e-12);
        assertEquals(1.0, s.stdDev(), 1e-12);
        double half = T_975_2 / Math.sqrt(3);
        assertEquals(2.4841377, half, 1e-7);
        assertEquals(2 - half, s.low(), 1e-9);
        assertEquals(2 + half, s.high(), 1e-9);
        assertEquals(half, s.halfWidth(), 1e-9);
    }

    @Test
    void shouldLeaveOutNaNValues() {
        MetricSummary s = MetricSummary.of(new double[] {1, Double.NaN, 3, 2});
        assertEquals(3, s.n());
        assertEquals(2.0, s.mean(), 1e-12);
        assertEquals(2 + T_975_2 / Math.sqrt(3), s.high(), 1e-9);
    }

    @Test
    void shouldCollapseTheIntervalToTheMeanForOneReplication() {
        MetricSummary s = MetricSummary.of(new double[] {7});
        assertEquals(new MetricSummary(1, 7, 0, 7, 7), s);
    }

    @Test
    void shouldCollapseTheIntervalWhenTheValuesAgree() {
        MetricSummary s = MetricSummary.of(new double[] {4, 4, 4, 4});
        assertEquals(4.0, s.low(), 0);
        assertEquals(4.0, s.high(), 0);
    }

    @Test
    void shouldHaveNoMeanWithoutValues() {
        MetricSummary s = MetricSummary.of(new double[] {Double.NaN, Double.NaN});
        assertEquals(0, s.n());
        assertTrue(Double.isNaN(s.mean()) && Double.isNaN(s.low()) && Double.isNaN(s.high()));
    }
}
