package org.hpcsim.models.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AdaptiveSeriesTest {

    private static TimeSeriesPoint point(double time, double step, double cores) {
        return new TimeSeriesPoint(time, step, cores, 0, cores / 2, cores / 4, 1);
    }

    @Test
    void shouldKeepFineStepsWhileUnderBudget() {
        AdaptiveSeries s = new AdaptiveSeries(60, 10);
        for (int i = 0; i < 9; i++) {
            s.accept(point(60 * i, 60, i));
        }
        assertEquals(9, s.points().size());
        assertEquals(60, s.step());
    }

    @Test
    void shouldMergePairsAndDoubleTheStepAtTheBudget() {
        AdaptiveSeries s = new AdaptiveSeries(60, 4);
        for (int i = 0; i < 4; i++) {
            s.accept(point(60 * i, 60, 10 * i)); // 0, 10, 20, 30
        }
        List<TimeSeriesPoint> p = s.points();
        assertEquals(120, s.step());
        assertEquals(2, p.size());
        assertEquals(new TimeSeriesPoint(0, 120, 5, 0, 2.5, 1.25, 1), p.get(0));
        assertEquals(new TimeSeriesPoint(120, 120, 25, 0, 12.5, 6.25, 1), p.get(1));
        // The next two fine steps make one coarse step.
        s.accept(point(240, 60, 40));
        assertEquals(3, s.points().size(), "an open step shows as a shorter last point");
        s.accept(point(300, 60, 60));
        assertEquals(new TimeSeriesPoint(240, 120, 50, 0, 25, 12.5, 1), s.points().get(2));
    }

    @Property(tries = 200)
    void shouldPreserveTheTimeIntegralAndStayWithinBudget(@ForAll @IntRange(min = 1, max = 3000) int steps,
                                                         @ForAll @IntRange(min = 2, max = 64) int budget) {
        AdaptiveSeries s = new AdaptiveSeries(60, budget);
        double integral = 0;
        for (int i = 0; i < steps; i++) {
            double cores = (i * 7919) % 97;
            double step = i == steps - 1 ? 17 : 60; // a short last step, as a run's end gives
            s.accept(point(60 * i, step, cores));
            integral += cores * step;
        }
        List<TimeSeriesPoint> p = s.points();
        assertTrue(p.size() <= budget, p.size() + " points over a budget of " + budget);
        double kept = p.stream().mapToDouble(x -> x.busyCores() * x.step()).sum();
        assertEquals(integral, kept, 1e-6 * Math.max(1, integral));
        assertEquals(60.0 * (steps - 1) + 17, p.stream().mapToDouble(TimeSeriesPoint::step).sum(), 1e-6);
        for (int i = 1; i < p.size(); i++) {
            assertEquals(p.get(i - 1).time() + p.get(i - 1).step(), p.get(i).time(), 1e-6, "contiguous steps");
        }
    }
}
