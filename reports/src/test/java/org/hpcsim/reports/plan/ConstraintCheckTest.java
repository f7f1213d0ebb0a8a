package org.hpcsim.reports.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hpcsim.reports.sweep.MetricSummary;
import org.hpcsim.scenarios.plan.PlanConstraint;
import org.junit.jupiter.api.Test;

/** A constraint holds only when the deciding end of the metric's 95% interval is inside the limit. */
class ConstraintCheckTest {
    private static final PlanConstraint AT_MOST_HOUR = new PlanConstraint("p95Wait", 3600, true);
    private static final PlanConstraint AT_LEAST_HALF = new PlanConstraint("utilization", 0.5, false);

    @Test
    void shouldRejectAMeanInsideTheLimitWhoseIntervalReachesPastIt() {
        MetricSummary s = MetricSummary.of(new double[] {3000, 3500, 3900});
        assertTrue(s.mean() < 3600, "the mean alone would pass: " + s.mean());
        assertTrue(s.high() > 3600, "but its interval reaches " + s.high());
        ConstraintCheck c = ConstraintCheck.of(AT_MOST_HOUR, s);
        assertFalse(c.holds());
        assertEquals(s.high(), c.bound(), 0.0);
        assertTrue(c.marginPercent() < 0, "past the limit: " + c.marginPercent());
    }

    @Test
    void shouldAcceptAnIntervalWhollyUnderTheLimitAndGiveTheShareLeft() {
        ConstraintCheck c = ConstraintCheck.of(AT_MOST_HOUR, MetricSummary.of(new double[] {2700, 2700, 2700}));
        assertTrue(c.holds());
        assertEquals(25.0, c.marginPercent(), 1e-9, "2700 s of a 3600 s limit leaves a quarter");
    }

    @Test
    void shouldJudgeALowerBoundByTheIntervalsLowEnd() {
        MetricSummary s = MetricSummary.of(new double[] {0.52, 0.6, 0.68});
        assertTrue(s.low() < 0.52 && s.mean() > 0.5);
        ConstraintCheck lowEndInside = ConstraintCheck.of(AT_LEAST_HALF, s);
        assertEquals(s.low() >= 0.5, lowEndInside.holds());
        assertEquals(s.low(), lowEndInside.bound(), 0.0);
        MetricSummary wide = MetricSummary.of(new double[] {0.3, 0.6, 0.9});
        assertTrue(wide.mean() > 0.5);
        assertFalse(ConstraintCheck.of(AT_LEAST_HALF, wide).holds(), "mean 0.6 but the interval goes down to "
                + wide.low());
        assertEquals(20.0, ConstraintCheck.of(AT_LEAST_HALF, MetricSummary.of(new double[] {0.6})).marginPercent(),
                1e-9);
    }

    @Test
    void shouldMeetALimitEqualToReplicationsThatAllAgree() {
        // Summed and divided, three times 0.1 averages 0.10000000000000002, just past a 0.1 limit.
        MetricSummary s = MetricSummary.of(new double[] {0.1, 0.1, 0.1});
        assertEquals(0.1, s.mean(), 0.0);
        assertEquals(0.0, s.halfWidth(), 0.0);
        assertTrue(ConstraintCheck.of(new PlanConstraint("idleCostShare", 0.1, true), s).holds());
    }

    @Test
    void shouldFailAMetricWithoutAValue() {
        ConstraintCheck c = ConstraintCheck.of(new PlanConstraint("totalCost", 1000, true),
                MetricSummary.of(new double[] {Double.NaN, Double.NaN}));
        assertFalse(c.holds());
        assertTrue(Double.isNaN(c.marginPercent()));
    }
}
