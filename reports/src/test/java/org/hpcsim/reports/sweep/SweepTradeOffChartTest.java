package org.hpcsim.reports.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.reports.charts.TradeOffChart;
import org.hpcsim.reports.compare.HeadlineMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** Mean cost against mean p95 wait, the Pareto front joined and labelled with its points' parameter values. */
class SweepTradeOffChartTest {
    private static SweepFixtures.Point point(int nodes, String policy, double cost, double p95) {
        return SweepFixtures.point("nodes", nodes, "policy", policy, "seed_mode", "common")
                .metric(HeadlineMetric.TOTAL_COST, cost - 1, cost + 1).metric(HeadlineMetric.P95_WAIT, p95, p95);
    }

    @Test
    void shouldJoinAndLabelExactlyThePointsNoOtherBeatsOnBoth() {
        // (cost, p95): D(5, 100) A(10, 50) B(20, 25) are the front; C(30, 30) is beaten by B,
        // E(20, 50) by A (cheaper at the same wait) and by B.
        SweepTable t = SweepFixtures.table("pareto", List.of(point(8, "fcfs", 10, 50), point(16, "fcfs", 20, 25),
                point(32, "fcfs", 30, 30), point(4, "easy", 5, 100), point(16, "easy", 20, 50)));
        JFreeChart c = SweepTradeOffChart.create(t);
        XYDataset d = c.getXYPlot().getDataset();
        assertEquals(TradeOffChart.FRONT, d.getSeriesKey(0));
        assertEquals(SweepTradeOffChart.OTHERS, d.getSeriesKey(1));
        assertEquals(List.of(5.0, 10.0, 20.0), xs(d, 0), "the front, left to right");
        assertEquals(List.of(100.0, 50.0, 25.0), ys(d, 0), "waits under 2 min drawn in seconds");
        assertEquals(List.of(30.0, 20.0), xs(d, 1));
        XYItemRenderer r = c.getXYPlot().getRenderer();
        XYItemLabelGenerator labels = r.getDefaultItemLabelGenerator();
        // seed_mode does not vary, so it is not in the labels.
        assertEquals(List.of("nodes=4, policy=easy", "nodes=8, policy=fcfs", "nodes=16, policy=fcfs"),
                List.of(labels.generateLabel(d, 0, 0), labels.generateLabel(d, 0, 1), labels.generateLabel(d, 0, 2)));
        assertTrue(r.isItemLabelVisible(0, 0));
        assertFalse(r.isItemLabelVisible(1, 0), "points off the front go unlabelled");
        assertEquals(TradeOffChart.COST_LABEL, c.getXYPlot().getDomainAxis().getLabel());
        assertEquals("P95 wait (s)", c.getXYPlot().getRangeAxis().getLabel());
    }

    @Test
    void shouldLeaveOutPointsWithoutACost() {
        SweepFixtures.Point unpriced = SweepFixtures.point("nodes", 64, "policy", "easy", "seed_mode", "common")
                .metric(HeadlineMetric.P95_WAIT, 1);
        SweepTable t = SweepFixtures.table("p", List.of(point(8, "fcfs", 10, 50), unpriced));
        assertTrue(SweepTradeOffChart.applies(t));
        XYDataset d = SweepTradeOffChart.create(t).getXYPlot().getDataset();
        assertEquals(1, d.getSeriesCount());
        assertEquals(1, d.getItemCount(0));
    }

    @Test
    void shouldNotApplyWithoutPricing() {
        SweepTable t = SweepFixtures.table("p",
                List.of(SweepFixtures.point("nodes", 8).metric(HeadlineMetric.P95_WAIT, 1)));
        assertFalse(SweepTradeOffChart.applies(t));
    }

    private static List<Double> xs(XYDataset d, int s) {
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < d.getItemCount(s); i++) {
            v.add(d.getXValue(s, i));
        }
        return v;
    }

    private static List<Double> ys(XYDataset d, int s) {
        List<Double> v = new ArrayList<>();
        for (int i = 0; i < d.getItemCount(s); i++) {
            v.add(d.getYValue(s, i));
        }
        return v;
    }
}
