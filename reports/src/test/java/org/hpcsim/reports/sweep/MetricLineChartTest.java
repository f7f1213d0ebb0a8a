package org.hpcsim.reports.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.reports.compare.HeadlineMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

/** A metric against a numeric parameter: means joined, the 95% interval as a band, a series per other combination. */
class MetricLineChartTest {
    private static final HeadlineMetric SLOWDOWN = HeadlineMetric.MEAN_BOUNDED_SLOWDOWN;

    /** nodes x policy, slowdown values chosen per point so that each point's interval differs. */
    private static SweepTable nodesByPolicy() {
        List<SweepFixtures.Point> points = new ArrayList<>();
        for (String policy : List.of("fcfs", "easy")) {
            // Point order 64, 16, 32: the series must still run left to right.
            for (int nodes : List.of(64, 16, 32)) {
                double base = 100.0 / nodes + (policy.equals("easy") ? 0 : 3);
                points.add(SweepFixtures.point("nodes", nodes, "policy", policy, "seed_mode", "common")
                        .metric(SLOWDOWN, base, base + nodes / 16.0, base + 1));
            }
        }
        return SweepFixtures.table("grid", points);
    }

    private static JFreeChart chart(SweepTable t, String parameter, HeadlineMetric m) {
        return MetricLineChart.create(t, ParameterLevels.of(t, parameter), m);
    }

    @Test
    void shouldDrawOneSeriesPerValueOfTheOtherVaryingParameters() {
        JFreeChart c = chart(nodesByPolicy(), "nodes", SLOWDOWN);
        IntervalXYDataset d = (IntervalXYDataset) c.getXYPlot().getDataset();
        // seed_mode takes one value, so it splits nothing and is not named.
        assertEquals(List.of("policy=fcfs", "policy=easy"), keys(d));
        for (int s = 0; s < 2; s++) {
            assertEquals(List.of(16.0, 32.0, 64.0), List.of(d.getXValue(s, 0), d.getXValue(s, 1), d.getXValue(s, 2)));
        }
        assertInstanceOf(DeviationRenderer.class, c.getXYPlot().getRenderer());
        assertTrue(c.getLegend() != null, "a legend tells the series apart");
    }

    @Test
    void shouldShadeEachPointsConfidenceIntervalAroundItsMean() {
        SweepTable t = nodesByPolicy();
        IntervalXYDataset d = (IntervalXYDataset) chart(t, "nodes", SLOWDOWN).getXYPlot().getDataset();
        for (SweepTable.Row row : t.rows()) {
            int s = row.parameters().get("policy").equals("fcfs") ? 0 : 1;
            int item = List.of(16.0, 32.0, 64.0).indexOf(row.number("nodes"));
            MetricSummary m = row.metric(SLOWDOWN);
            assertTrue(m.high() > m.low(), "a point with an interval of its own");
            assertEquals(m.mean(), d.getYValue(s, item), 1e-12);
            assertEquals(m.low(), d.getStartYValue(s, item), 1e-12);
            assertEquals(m.high(), d.getEndYValue(s, item), 1e-12);
        }
    }

    @Test
    void shouldDrawOneSeriesNamedForTheMetricWhenNothingElseVaries() {
        SweepTable t = SweepFixtures.table("one", List.of(
                SweepFixtures.point("nodes", 8).metric(SLOWDOWN, 2, 3),
                SweepFixtures.point("nodes", 16).metric(SLOWDOWN, 1, 2)));
        JFreeChart c = chart(t, "nodes", SLOWDOWN);
        assertEquals(List.of(SLOWDOWN.label()), keys((IntervalXYDataset) c.getXYPlot().getDataset()));
        assertEquals(null, c.getLegend(), "no legend for a single series");
        assertEquals("Mean bounded slowdown against nodes", c.getTitle().getText());
    }

    @Test
    void shouldDrawWaitsInAUnitChosenFromTheirSize() {
        SweepTable t = SweepFixtures.table("w", List.of(
                SweepFixtures.point("nodes", 8).metric(HeadlineMetric.P95_WAIT, 3000, 3600),
                SweepFixtures.point("nodes", 16).metric(HeadlineMetric.P95_WAIT, 1200, 1800)));
        JFreeChart c = chart(t, "nodes", HeadlineMetric.P95_WAIT);
        assertEquals("P95 wait (min)", c.getXYPlot().getRangeAxis().getLabel());
        assertEquals(3300.0 / 60, c.getXYPlot().getDataset().getYValue(0, 0), 1e-9);
        assertEquals(t.rows().get(0).metric(HeadlineMetric.P95_WAIT).high() / 60,
                ((IntervalXYDataset) c.getXYPlot().getDataset()).getEndYValue(0, 0), 1e-9);
    }

    @Test
    void shouldDrawUtilizationInPercent() {
        SweepTable t = SweepFixtures.table("u", List.of(
                SweepFixtures.point("nodes", 8).metric(HeadlineMetric.UTILIZATION, 0.5),
                SweepFixtures.point("nodes", 16).metric(HeadlineMetric.UTILIZATION, 0.25)));
        JFreeChart c = chart(t, "nodes", HeadlineMetric.UTILIZATION);
        assertEquals("Utilization (%)", c.getXYPlot().getRangeAxis().getLabel());
        assertEquals(50.0, c.getXYPlot().getDataset().getYValue(0, 0), 1e-9);
    }

    @Test
    void shouldUseALogAxisOnlyForPositiveValuesSpanningTwoDecades() {
        assertInstanceOf(LogAxis.class, xAxisFor(1, 10, 100));
        assertInstanceOf(NumberAxis.class, xAxisFor(2, 10, 150), "75 times is under two decades");
        assertInstanceOf(NumberAxis.class, xAxisFor(0, 10, 1000), "zero has no place on a log axis");
        assertInstanceOf(NumberAxis.class, xAxisFor(-1, 10, 1000));
    }

    private static Object xAxisFor(double... values) {
        List<SweepFixtures.Point> points = new ArrayList<>();
        for (double v : values) {
            points.add(SweepFixtures.point("bf_window", v).metric(SLOWDOWN, 1, 2));
        }
        Object axis = chart(SweepFixtures.table("log", points), "bf_window", SLOWDOWN).getXYPlot().getDomainAxis();
        assertEquals("bf_window", ((org.jfree.chart.axis.Axis) axis).getLabel());
        return axis;
    }

    @Test
    void shouldDrawTheFirstEightCombinationsAndSaySoInTheSubtitle() {
        List<SweepFixtures.Point> points = new ArrayList<>();
        // Ten values of bf_window, given in a shuffled order; the series follow point order.
        int[] windows = {90, 10, 80, 20, 70, 30, 60, 40, 50, 100};
        for (int w : windows) {
            for (int nodes : List.of(8, 16)) {
                points.add(SweepFixtures.point("nodes", nodes, "bf_window", w).metric(SLOWDOWN, w, w + 1));
            }
        }
        JFreeChart c = chart(SweepFixtures.table("many", points), "nodes", SLOWDOWN);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < PointGroups.MAX_SERIES; i++) {
            expected.add("bf_window=" + windows[i]);
        }
        assertEquals(expected, keys((IntervalXYDataset) c.getXYPlot().getDataset()));
        assertTrue(subtitles(c).stream().anyMatch(s -> s.contains("first 8 of 10 combinations of bf_window")),
                subtitles(c).toString());
    }

    @Test
    void shouldNotMentionACapThatWasNotReached() {
        assertFalse(subtitles(chart(nodesByPolicy(), "nodes", SLOWDOWN)).stream().anyMatch(s -> s.contains("first")));
    }

    @Test
    void shouldLeaveOutPointsWithoutTheMetric() {
        SweepTable t = SweepFixtures.table("c", List.of(
                SweepFixtures.point("nodes", 8).metric(HeadlineMetric.TOTAL_COST, 10),
                SweepFixtures.point("nodes", 16).metric(SLOWDOWN, 1)));
        assertEquals(1, chart(t, "nodes", HeadlineMetric.TOTAL_COST).getXYPlot().getDataset().getItemCount(0));
    }

    @Test
    void shouldRefuseAParameterThatIsNotNumeric() {
        SweepTable t = nodesByPolicy();
        assertThrows(IllegalArgumentException.class, () -> chart(t, "policy", SLOWDOWN));
    }

    static List<String> keys(org.jfree.data.general.SeriesDataset d) {
        List<String> keys = new ArrayList<>();
        for (int s = 0; s < d.getSeriesCount(); s++) {
            keys.add(d.getSeriesKey(s).toString());
        }
        return keys;
    }

    static List<String> subtitles(JFreeChart c) {
        List<String> text = new ArrayList<>();
        for (int i = 0; i < c.getSubtitleCount(); i++) {
            if (c.getSubtitle(i) instanceof TextTitle t) {
                text.add(t.getText());
            }
        }
        return text;
    }

    @Test
    void shouldDrawEveryPointOfASampledDesignAsOneSeriesWithErrorBars() {
        List<SweepFixtures.Point> points = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // A Latin-hypercube-like design: load and nodes both differ at every point.
            points.add(SweepFixtures.point("load", 0.5 + i * 0.02, "nodes", 40 - i)
                    .metric(SLOWDOWN, i, i + 1, i + 2));
        }
        JFreeChart c = chart(SweepFixtures.table("lhs", points), "load", SLOWDOWN);
        IntervalXYDataset d = (IntervalXYDataset) c.getXYPlot().getDataset();
        assertEquals(1, d.getSeriesCount(), "one series, not 20 single points cut to 8");
        assertEquals(20, d.getItemCount(0));
        assertInstanceOf(org.jfree.chart.renderer.xy.XYErrorRenderer.class, c.getXYPlot().getRenderer());
        assertTrue(subtitles(c).stream().anyMatch(t -> t.contains("a sampled design")), subtitles(c).toString());
    }

    @Test
    void shouldKeepSeriesPerCombinationWhenCombinationsRepeat() {
        List<SweepFixtures.Point> points = new ArrayList<>();
        for (int policy = 0; policy < 10; policy++) {
            for (int nodes : List.of(8, 16, 32)) {
                points.add(SweepFixtures.point("nodes", nodes, "policy", "p" + policy).metric(SLOWDOWN, nodes, nodes + 1));
            }
        }
        JFreeChart c = chart(SweepFixtures.table("grid", points), "nodes", SLOWDOWN);
        assertEquals(PointGroups.MAX_SERIES, c.getXYPlot().getDataset().getSeriesCount(), "a grid is capped, not pooled");
    }
}
