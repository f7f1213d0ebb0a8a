package org.hpcsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.cloud.CostReport;
import org.hpcsim.models.run.TimeSeriesPoint;
import org.hpcsim.reports.data.RunOutput;
import org.hpcsim.reports.data.RunOutput.ClusterShape;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cost rate and the running cost of a static cluster, whole and held by jobs, priced by hand. */
class CostChartTest {
    @TempDir
    Path dir;

    // Three one-hour steps on 2 nodes x 4 cores, core allocation, at $2 per node-hour: the whole
    // cluster costs 2 x 2 = $4 an hour. Busy cores 8, 4, 0 hold 2, 1, 0 nodes: $4, $2, $0 an hour.
    // Over 3 hours: total $12, held by jobs 4 + 2 + 0 = $6, idle $6.
    private static final ClusterShape CLUSTER = new ClusterShape(2, 4, 0, "core");
    private static final List<TimeSeriesPoint> SERIES = List.of(
            new TimeSeriesPoint(0, 3600, 8, 0, 2, 0, 2),
            new TimeSeriesPoint(3600, 3600, 4, 0, 1, 1, 1),
            new TimeSeriesPoint(7200, 3600, 0, 0, 0, 0, 0));
    private static final CostReport COST = new CostReport("USD", 2, 2, false, 6, 3, 3, 12, 6, 6, List.of(),
            List.of());

    private static List<String> subtitles(JFreeChart chart) {
        return chart.getSubtitles().stream().filter(t -> t instanceof TextTitle).map(t -> ((TextTitle) t).getText())
                .toList();
    }

    @Test
    void shouldDrawTheWholeClustersRateFlatAndTheJobsRateAsSteps() {
        JFreeChart chart = CostChart.rate(SERIES, CLUSTER, COST);
        assertEquals(List.of(CostChart.TOTAL, CostChart.BUSY), ChartChecks.xyKeys(chart));
        assertEquals(List.of(2, 6), ChartChecks.xyCounts(chart), "one flat step; three steps of two corners");
        XYDataset d = chart.getXYPlot().getDataset();
        assertEquals(4.0, d.getYValue(0, 0), 1e-12);
        assertEquals(4.0, d.getYValue(0, 1), 1e-12);
        assertEquals(3.0, d.getXValue(0, 1), 1e-12, "three hours, in hours");
        assertEquals(List.of(4.0, 4.0, 2.0, 2.0, 0.0, 0.0), List.of(d.getYValue(1, 0), d.getYValue(1, 1),
                d.getYValue(1, 2), d.getYValue(1, 3), d.getYValue(1, 4), d.getYValue(1, 5)));
        assertEquals("Cost rate (US$ per hour)", chart.getXYPlot().getRangeAxis().getLabel());
        assertEquals("Time since first submission (h)", chart.getXYPlot().getDomainAxis().getLabel());
        assertEquals(List.of("2 nodes × $2.00 per node-hour = $4.00 per hour (On-Demand)"), subtitles(chart));
    }

    @Test
    void shouldPayForTheNodesUpWhenTheyVary() {
        // Autoscaling: 1 node up for an hour, then 2, at $2 per node-hour: $2/h then $4/h; $6 in all.
        List<TimeSeriesPoint> up = List.of(new TimeSeriesPoint(0, 3600, 4, 0, 1, 0, 1, 1),
                new TimeSeriesPoint(3600, 3600, 4, 0, 1, 0, 1, 2));
        XYDataset rate = CostChart.rate(up, CLUSTER, COST).getXYPlot().getDataset();
        assertEquals(CostChart.UP, rate.getSeriesKey(0));
        assertEquals(2.0, rate.getYValue(0, 0), 1e-12);
        assertEquals(4.0, rate.getYValue(0, 2), 1e-12);
        XYDataset total = CostChart.cumulative(up, CLUSTER, COST).getXYPlot().getDataset();
        assertEquals(6.0, total.getYValue(0, total.getItemCount(0) - 1), 1e-12);
    }

    @Test
    void shouldPriceJobsByTheCoresTheyHoldNotByTheNodesTheyTouch() {
        // One busy core on a node of 4 is a quarter of the node, though the node counts as busy.
        List<TimeSeriesPoint> one = List.of(new TimeSeriesPoint(0, 3600, 1, 0, 1, 0, 1));
        JFreeChart chart = CostChart.rate(one, CLUSTER, COST);
        assertEquals(0.5, chart.getXYPlot().getDataset().getYValue(1, 0), 1e-12, "1/4 node x $2");
    }

    @Test
    void shouldRunTheTotalsUpToTheReportsTotalAndBusyCost() {
        JFreeChart chart = CostChart.cumulative(SERIES, CLUSTER, COST);
        assertEquals(List.of(CostChart.TOTAL, CostChart.BUSY), ChartChecks.xyKeys(chart));
        // The whole cluster at a constant rate is one straight line; jobs: 0, 4, 6, 6.
        assertEquals(List.of(2, 4), ChartChecks.xyCounts(chart));
        XYDataset d = chart.getXYPlot().getDataset();
        assertEquals(0.0, d.getYValue(0, 0), 0);
        assertEquals(12.0, d.getYValue(0, 1), 1e-12);
        assertEquals(List.of(0.0, 4.0, 6.0, 6.0), List.of(d.getYValue(1, 0), d.getYValue(1, 1), d.getYValue(1, 2),
                d.getYValue(1, 3)));
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0), List.of(d.getXValue(1, 0), d.getXValue(1, 1), d.getXValue(1, 2),
                d.getXValue(1, 3)));
        LegendItemCollection legend = chart.getXYPlot().getLegendItems();
        assertEquals(3, legend.getItemCount());
        assertEquals(CostChart.IDLE, legend.get(2).getLabel());
        assertEquals(List.of("Total $12.00 = held by jobs $6.00 + idle $6.00 (50.0 %)"), subtitles(chart));
    }

    @Test
    void shouldEndAtTheCostOfAScheduledRun() {
        RunOutput run = ChartFixtures.priced(ChartFixtures.run("c", "fcfs", 16, 0, 300, 3), 3.888, 0);
        XYDataset d = CostChart.cumulative(run.series(), run.cluster(), run.cost()).getXYPlot().getDataset();
        assertEquals(run.cost().total(), d.getYValue(0, d.getItemCount(0) - 1), 1e-9 * run.cost().total());
        assertEquals(run.cost().busy(), d.getYValue(1, d.getItemCount(1) - 1), 1e-9 * run.cost().busy());
    }

    @Test
    void shouldSayHowSpotIsPriced() {
        CostReport spot = new CostReport("USD", 1.3608, 3.888, true, 1, 1, 0, 1.3608, 1.3608, 0, List.of(),
                List.of());
        assertEquals(List.of("8 nodes × $1.3608 per node-hour = $10.89 per hour (Spot, 65.0 % off On-Demand $3.888)"),
                subtitles(CostChart.rate(SERIES, new ClusterShape(8, 36, 0, "core"), spot)));
        CostReport one = new CostReport("USD", 2, 2, false, 1, 1, 0, 2, 2, 0, List.of(), List.of());
        assertTrue(subtitles(CostChart.rate(SERIES, new ClusterShape(1, 4, 0, "node"), one)).get(0)
                .startsWith("1 node × $2.00 per node-hour"));
    }

    @Test
    void shouldRefuseAnEmptySeriesOrANodeLessCluster() {
        assertThrows(IllegalArgumentException.class, () -> CostChart.rate(List.of(), CLUSTER, COST));
        assertThrows(IllegalArgumentException.class, () -> CostChart.cumulative(List.of(), CLUSTER, COST));
        assertThrows(IllegalArgumentException.class,
                () -> CostChart.rate(SERIES, new ClusterShape(0, 4, 0, "core"), COST));
    }

    @Test
    void shouldWritePngAndSvgAtFullSize() {
        RunOutput run = ChartFixtures.priced(ChartFixtures.run("c", "fcfs", 16, 0, 200, 5), 2.5, 0.7);
        ChartChecks.assertWritten(ChartChecks.write(CostChart.rate(run.series(), run.cluster(), run.cost()), dir,
                "cost-rate"));
        ChartChecks.assertWritten(ChartChecks.write(CostChart.cumulative(run.series(), run.cluster(), run.cost()), dir,
                "cost-cumulative"));
    }
}
