package org.hpcsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.hpcsim.reports.data.RunOutput;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bar per run for each headline metric, runs told apart even when they share a name. */
class ComparisonChartTest {
    @TempDir
    Path dir;

    private static final List<RunOutput> RUNS = List.of(TradeOffChartTest.run("a", 10, 7200, 1800),
            TradeOffChartTest.run("b", 20, 3600, Double.NaN), TradeOffChartTest.run("a", 10, 3600, 60));

    @Test
    void shouldHaveOneBarPerRunInListOrder() {
        for (ComparisonMetric m : ComparisonMetric.values()) {
            CategoryDataset d = ComparisonChart.create(RUNS, m).getCategoryPlot().getDataset();
            assertEquals(List.of(m.title()), d.getRowKeys(), m.name());
            assertEquals(List.of("a (fcfs)", "b", "a (fcfs) #2"), d.getColumnKeys(), m.name());
        }
    }

    @Test
    void shouldScaleTimesAndPercentages() {
        JFreeChart wait = ComparisonChart.create(RUNS, ComparisonMetric.MEAN_WAIT);
        CategoryDataset d = wait.getCategoryPlot().getDataset();
        assertEquals(30.0, d.getValue(0, 0).doubleValue(), 1e-9, "1800 s in minutes");
        assertNull(d.getValue(0, 1), "a run without a mean wait gets no bar");
        assertEquals("Mean wait (min)", wait.getCategoryPlot().getRangeAxis().getLabel());
        CategoryDataset util = ComparisonChart.create(RUNS, ComparisonMetric.UTILIZATION).getCategoryPlot().getDataset();
        assertEquals(50.0, util.getValue(0, 2).doubleValue(), 1e-9);
        CategoryDataset span = ComparisonChart.create(RUNS, ComparisonMetric.MAKESPAN).getCategoryPlot().getDataset();
        assertEquals(120.0, span.getValue(0, 0).doubleValue(), 1e-9, "up to two hours stay in minutes");
    }

    @Test
    void shouldWritePngAndSvgAtFullSize() {
        ChartChecks.assertWritten(ChartChecks.write(
                ComparisonChart.create(ChartFixtures.comparison(), ComparisonMetric.P95_WAIT), dir, "p95"));
    }
}
