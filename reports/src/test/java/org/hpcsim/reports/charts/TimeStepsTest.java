package org.hpcsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.run.TimeSeriesPoint;
import org.junit.jupiter.api.Test;

/** Long series are merged into fewer steps without changing their time-weighted averages; units fit the span. */
class TimeStepsTest {
    @Test
    void shouldKeepShortSeriesAsTheyAre() {
        List<TimeSeriesPoint> points = List.of(new TimeSeriesPoint(0, 60, 1, 0, 1, 0, 1));
        assertSame(points, TimeSteps.coarsen(points, 10));
    }

    @Test
    void shouldMergeLongSeriesPreservingAreaAndSpan() {
        List<TimeSeriesPoint> points = new ArrayList<>();
        for (int i = 0; i < 4001; i++) {
            double step = i == 4000 ? 17 : 60;
            points.add(new TimeSeriesPoint(i * 60.0, step, i % 7, i % 3, i % 5, i % 11, i % 13));
        }
        List<TimeSeriesPoint> merged = TimeSteps.coarsen(points, TimeSteps.MAX_STEPS);
        assertTrue(merged.size() <= TimeSteps.MAX_STEPS, merged.size() + " steps");
        assertEquals(area(points), area(merged), 1e-6);
        TimeSeriesPoint last = merged.get(merged.size() - 1);
        assertEquals(4000 * 60.0 + 17, last.time() + last.step(), 1e-9);
    }

    @Test
    void shouldRunUpTheSameTotalAfterMergingSteps() {
        List<TimeSeriesPoint> points = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < 4001; i++) {
            double step = i == 4000 ? 17 : 60;
            points.add(new TimeSeriesPoint(i * 60.0, step, i % 7, 0, 0, 0, 0));
            total += (i % 7) * step / 3600;
        }
        var s = new TimeSteps(points).cumulative("c", TimeSeriesPoint::busyCores);
        assertTrue(s.getItemCount() <= TimeSteps.MAX_STEPS + 1, s.getItemCount() + " points");
        assertEquals(0.0, s.getY(0).doubleValue(), 0);
        assertEquals(total, s.getY(s.getItemCount() - 1).doubleValue(), 1e-9 * total);
        // A constant rate is a straight line: its first and last points only.
        assertEquals(2, new TimeSteps(points).cumulative("flat", p -> 2.5).getItemCount());
    }

    private static double area(List<TimeSeriesPoint> ps) {
        return ps.stream().mapToDouble(p -> (p.busyCores() + p.queuedJobs() + p.runningJobs()) * p.step()).sum();
    }

    @Test
    void shouldChooseTheTimeUnitFromTheSpan() {
        assertEquals(TimeScale.SECONDS, TimeScale.forSpan(90));
        assertEquals(TimeScale.MINUTES, TimeScale.forSpan(5400));
        assertEquals(TimeScale.HOURS, TimeScale.forSpan(30 * 3600));
        assertEquals(TimeScale.HOURS, TimeScale.forSpan(3 * 86_400));
        assertEquals(TimeScale.DAYS, TimeScale.forSpan(3 * 86_400 + 1));
        assertEquals(TimeScale.SECONDS, TimeScale.forSpan(Double.NaN));
    }
}
