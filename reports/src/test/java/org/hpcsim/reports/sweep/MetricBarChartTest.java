package org.hpcsim.reports.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.hpcsim.reports.compare.HeadlineMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.StatisticalCategoryDataset;
import org.junit.jupiter.api.Test;

/** A metric against a categorical parameter: a bar per value at the mean, the 95% interval as its error bar. */
class MetricBarChartTest {
    private static final HeadlineMetric WAIT = HeadlineMetric.MEAN_BOUNDED_SLOWDOWN;

    private static SweepTable policyByNodes() {
        return SweepFixtures.table("cat", List.of(
                SweepFixtures.point("policy", "fcfs", "nodes", 8).metric(WAIT, 60, 90, 30),
                SweepFixtures.point("policy", "easy", "nodes", 8).metric(WAIT, 20, 40),
                SweepFixtures.point("policy", "conservative", "nodes", 8).metric(WAIT, 50, 50),
                // No fcfs at 16 nodes: a blank, not a zero.
                SweepFixtures.point("policy", "easy", "nodes", 16).metric(WAIT, 10, 20),
                SweepFixtures.point("policy", "conservative", "nodes", 16).metric(WAIT, 30)));
    }

    private static StatisticalCategoryDataset data(JFreeChart c) {
        return (StatisticalCategoryDataset) c.getCategoryPlot().getDataset();
    }

    @Test
    void shouldPlaceTheValuesInOrderOfFirstAppearanceWithASeriesPerOtherCombination() {
        SweepTable t = policyByNodes();
        JFreeChart c = MetricBarChart.create(t, ParameterLevels.of(t, "policy"), WAIT);
        assertEquals(List.of("fcfs", "easy", "conservative"), data(c).getColumnKeys());
        assertEquals(List.of("nodes=8", "nodes=16"), data(c).getRowKeys());
        assertInstanceOf(StatisticalBarRenderer.class, c.getCategoryPlot().getRenderer());
        assertEquals("Mean bounded slowdown", c.getCategoryPlot().getRangeAxis().getLabel());
        assertEquals("policy", c.getCategoryPlot().getDomainAxis().getLabel());
    }

    @Test
    void shouldSpanTheConfidenceIntervalWithTheErrorBar() {
        SweepTable t = policyByNodes();
        StatisticalCategoryDataset d = data(MetricBarChart.create(t, ParameterLevels.of(t, "policy"), WAIT));
        for (SweepTable.Row row : t.rows()) {
            String series = "nodes=" + row.parameters().get("nodes");
            String value = row.parameters().get("policy");
            MetricSummary m = row.metric(WAIT);
            double mean = d.getMeanValue(series, value).doubleValue();
            double half = d.getStdDevValue(series, value).doubleValue();
            assertEquals(m.mean(), mean, 1e-12);
            assertEquals(m.low(), mean - half, 1e-9);
            assertEquals(m.high(), mean + half, 1e-9);
        }
        assertNull(d.getMeanValue("nodes=16", "fcfs"), "no point, no bar");
    }
}
