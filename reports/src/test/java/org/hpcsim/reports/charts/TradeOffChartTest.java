package org.hpcsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.run.RunMetrics;
import org.hpcsim.reports.data.RunOutput;
import org.hpcsim.reports.data.RunOutput.ClusterShape;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs placed by cost and a lower-is-better metric, the Pareto front marked as its own series and labelled. */
class TradeOffChartTest {
    @TempDir
    Path dir;

    static RunOutput run(String name, int nodes, double makespan, double meanWait) {
        RunMetrics m = new RunMetrics(10, 0, 0, makespan, makespan, 0.5, meanWait, meanWait, meanWait, meanWait, 1.5,
                1, 0, 0, 1);
        return new RunOutput(Path.of(name), name, "fcfs", new ClusterShape(nodes, 8, 0, "node"), Map.of(), Map.of(), m,
                List.of(), List.of());
    }

    @Test
    void shouldSplitFrontFromDominatedRunsAndLabelEachPoint() {
        List<RunOutput> runs = List.of(run("big", 100, 36_000, 60), run("small", 10, 36_000, 3600),
                run("worse", 50, 72_000, 4000), run("mid", 40, 36_000, 600));
        Map<String, Double> cost = Map.of("big", 5.0, "small", 1.0, "worse", 4.0, "mid", 2.0);
        JFreeChart chart = TradeOffChart.create(runs, r -> cost.get(r.name()), "Cost", ComparisonMetric.MEAN_WAIT);
        assertEquals(List.of(TradeOffChart.FRONT, TradeOffChart.DOMINATED), ChartChecks.xyKeys(chart));
        assertEquals(List.of(3, 1), ChartChecks.xyCounts(chart));
        XYDataset d = chart.getXYPlot().getDataset();
        XYItemLabelGenerator labels = chart.getXYPlot().getRenderer().getDefaultItemLabelGenerator();
        List<String> front = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            front.add(labels.generateLabel(d, 0, i));
        }
        assertEquals(List.of("small", "mid", "big"), front, "front ordered by cost, so its line runs left to right");
        assertEquals("worse", labels.generateLabel(d, 1, 0));
        assertEquals(60.0, d.getYValue(0, 0), 1e-9, "waits up to 4000 s drawn in minutes");
        assertEquals("Cost", chart.getXYPlot().getDomainAxis().getLabel());
        assertEquals("Mean wait (min)", chart.getXYPlot().getRangeAxis().getLabel());
    }

    @Test
    void shouldLeaveOutTheDominatedSeriesWhenEveryRunIsOnTheFront() {
        List<RunOutput> runs = List.of(run("a", 10, 3600, 100), run("b", 20, 3600, 50));
        JFreeChart chart = TradeOffChart.create(runs, TradeOffChart::nodeHours, TradeOffChart.NODE_HOURS_LABEL,
                ComparisonMetric.MEAN_WAIT);
        assertEquals(List.of(TradeOffChart.FRONT), ChartChecks.xyKeys(chart));
        assertEquals(List.of(2), ChartChecks.xyCounts(chart));
    }

    @Test
    void shouldPriceNodeHoursAsNodesTimesMakespan() {
        assertEquals(20.0, TradeOffChart.nodeHours(run("a", 10, 7200, 0)), 1e-12);
    }

    @Test
    void shouldPlaceRunsByTotalCostInDollars() {
        // Same makespan and nodes, so node-hours tie; only the price tells the runs apart.
        RunOutput onDemand = ChartFixtures.priced(run("on-demand", 8, 36_000, 600), 3.888, 0);
        RunOutput spot = ChartFixtures.priced(run("spot", 8, 36_000, 600), 3.888 * 0.35, 0.65);
        // 8 nodes x 10 h = 80 node-hours: $311.04 On-Demand, $108.864 Spot.
        assertEquals(311.04, TradeOffChart.totalCost(onDemand), 1e-9);
        assertEquals(108.864, TradeOffChart.totalCost(spot), 1e-9);
        assertEquals(Double.NaN, TradeOffChart.totalCost(run("unpriced", 8, 36_000, 600)));
        JFreeChart chart = TradeOffChart.create(List.of(onDemand, spot), TradeOffChart::totalCost,
                TradeOffChart.COST_LABEL, ComparisonMetric.MEAN_WAIT);
        assertEquals(List.of(TradeOffChart.FRONT, TradeOffChart.DOMINATED), ChartChecks.xyKeys(chart));
        XYDataset d = chart.getXYPlot().getDataset();
        assertEquals(108.864, d.getXValue(0, 0), 1e-9, "Spot alone on the front: as fast, cheaper");
        assertEquals(311.04, d.getXValue(1, 0), 1e-9);
        assertEquals("Total cost (US$)", chart.getXYPlot().getDomainAxis().getLabel());
        // Both wait 10 min: the axis runs from 0 to 20 min rather than zooming into one value.
        assertEquals(0.0, chart.getXYPlot().getRangeAxis().getLowerBound(), 0);
        assertEquals(20.0, chart.getXYPlot().getRangeAxis().getUpperBound(), 1e-9);
    }

    @Test
    void shouldRefuseAMetricWhereHigherIsBetter() {
        assertThrows(IllegalArgumentException.class, () -> TradeOffChart.create(List.of(run("a", 1, 1, 1)),
                TradeOffChart::nodeHours, "x", ComparisonMetric.UTILIZATION));
    }

    @Test
    void shouldWritePngAndSvgAtFullSize() {
        JFreeChart chart = TradeOffChart.create(ChartFixtures.comparison(), TradeOffChart::nodeHours,
                TradeOffChart.NODE_HOURS_LABEL, ComparisonMetric.MEAN_WAIT);
        ChartChecks.assertWritten(ChartChecks.write(chart, dir, "tradeoff"));
    }

    @Test
    void shouldMoveALabelThatWouldCoverItsNeighbour() {
        Range axis = new Range(-0.5, 1.5);
        LabelPlacer.Side[] sides = LabelPlacer.place(new double[] {0, 0.02, 0.5}, new double[] {0, 0, 0.5},
                List.of("a long run name", "another long name", "far"), axis, axis);
        assertEquals(LabelPlacer.Side.ABOVE, sides[0]);
        assertEquals(LabelPlacer.Side.RIGHT, sides[1]);
        assertEquals(LabelPlacer.Side.ABOVE, sides[2]);
    }

    @Test
    void shouldKeepALabelNearAnEdgeInsideThePlot() {
        Range axis = new Range(0, 1);
        LabelPlacer.Side[] sides = LabelPlacer.place(new double[] {0.01, 0.99, 0.5}, new double[] {0.5, 0.5, 0.99},
                List.of("by the left edge", "by the right edge", "at the top"), axis, axis);
        assertEquals(LabelPlacer.Side.RIGHT, sides[0], "centred above, it would start left of the plot");
        assertEquals(LabelPlacer.Side.LEFT, sides[1]);
        assertEquals(LabelPlacer.Side.BELOW, sides[2], "above it, or beside it, the label would run off the top");
    }
}
