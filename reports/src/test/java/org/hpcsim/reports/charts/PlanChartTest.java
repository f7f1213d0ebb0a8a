package org.hpcsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hpcsim.reports.plan.PlanFixtures;
import org.hpcsim.reports.plan.PlanResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan's charts: the constrained metric per combination with intervals, the limit, and the answer marked. */
class PlanChartTest {
    @TempDir
    Path dir;

    @Test
    void shouldDrawEachCombinationWithTheLimitAndMarkTheAnswer() {
        PlanResult r = PlanFixtures.twoCapacities();
        JFreeChart chart = PlanChart.constraint(r, "p95Wait");
        assertEquals(List.of("capacity=ondemand", "capacity=spot"), ChartChecks.xyKeys(chart));
        assertEquals(List.of(4, 4), ChartChecks.xyCounts(chart));
        IntervalXYDataset data = (IntervalXYDataset) chart.getXYPlot().getDataset();
        assertEquals(2.0, data.getXValue(0, 0), 0.0, "by increasing nodes");
        assertEquals(120.0, data.getYValue(0, 0), 1e-9, "waits up to 2 h drawn in minutes");
        ValueMarker limit = (ValueMarker) chart.getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)
                .iterator().next();
        assertEquals(60.0, limit.getValue(), 1e-9, "the one-hour limit");
        assertEquals("max 60.0 min", limit.getLabel());
        XYDataset marks = chart.getXYPlot().getDataset(1);
        assertEquals(PlanChart.RECOMMENDED + ": nodes=4, capacity=spot", marks.getSeriesKey(0));
        assertEquals(4.0, marks.getXValue(0, 0), 0.0);
        assertEquals(PlanChart.REJECTED + ": nodes=3", marks.getSeriesKey(1));
        assertEquals("P95 wait (min)", chart.getXYPlot().getRangeAxis().getLabel());
        assertTrue(chart.getXYPlot().getRangeAxis().getRange().contains(60.0));
    }

    @Test
    void shouldDrawTheObjectiveAtFeasiblePointsOnly() {
        JFreeChart chart = PlanChart.objective(PlanFixtures.twoCapacities());
        assertEquals(List.of(2, 2), ChartChecks.xyCounts(chart), "4 and 8 nodes meet the limit; 2 and 3 do not");
        assertEquals(1, chart.getXYPlot().getDataset(1).getSeriesCount(), "no rejected mark: it is not feasible");
    }

    @Test
    void shouldWriteOneChartPerConstrainedMetricAndOneOfTheObjective() {
        List<Path> files = PlanChart.write(PlanFixtures.twoCapacities(), dir);
        assertEquals(List.of("plan-p95Wait.png", "plan-p95Wait.svg", "plan-objective-totalCost.png",
                "plan-objective-totalCost.svg"), files.stream().map(f -> f.getFileName().toString()).toList());
        ChartChecks.assertWritten(files);
    }
}
