package org.hpcsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.run.TimeSeriesPoint;
import org.hpcsim.reports.data.RunOutput.ClusterShape;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Busy resources as percentages of the cluster, drawn as steps on a time axis in a fitting unit. */
class UtilizationChartTest {
    @TempDir
    Path dir;

    // Three hours of one-hour steps on 4 nodes x 8 cores x 2 GPUs: 32 cores, 8 GPUs.
    private static final List<TimeSeriesPoint> SERIES = List.of(
            new TimeSeriesPoint(1000, 3600, 16, 2, 2, 3, 1),
            new TimeSeriesPoint(4600, 3600, 32, 8, 4, 1, 2),
            new TimeSeriesPoint(8200, 3600, 8, 0, 1, 0, 1));

    @Test
    void shouldDrawCoresAndGpusAsPercentagesWithWholeNodes() {
        JFreeChart chart = UtilizationChart.create(SERIES, new ClusterShape(4, 8, 2, "node"));
        assertEquals(List.of(UtilizationChart.CORES, UtilizationChart.GPUS), ChartChecks.xyKeys(chart));
        assertEquals(List.of(6, 6), ChartChecks.xyCounts(chart), "two corners per step");
        XYDataset d = chart.getXYPlot().getDataset();
        assertEquals(50.0, d.getYValue(0, 0), 1e-9);
        assertEquals(100.0, d.getYValue(0, 2), 1e-9);
        assertEquals(25.0, d.getYValue(1, 0), 1e-9);
        assertEquals(0.0, d.getXValue(0, 0), 1e-9, "time starts at the first step");
        assertEquals(3.0, d.getXValue(0, 5), 1e-9, "three hours, drawn in hours");
        assertTrue(chart.getXYPlot().getDomainAxis().getLabel().contains("(h)"));
        assertEquals(0.0, chart.getXYPlot().getRangeAxis().getLowerBound());
        assertTrue(chart.getLegend() != null, "two series need a legend");
    }

    @Test
    void shouldLeaveOutGpusWithoutGpusAndAddNodesWhenJobsShareNodes() {
        JFreeChart chart = UtilizationChart.create(SERIES, new ClusterShape(4, 8, 0, "core"));
        assertEquals(List.of(UtilizationChart.CORES, UtilizationChart.NODES), ChartChecks.xyKeys(chart));
    }

    @Test
    void shouldAddNodesUpAsAPercentageOfAllNodesWhenItVaries() {
        // 4 nodes in all (static + dynamic): 1 up, then 4, then 2 = 25 %, 100 %, 50 %.
        List<TimeSeriesPoint> autoscaled = List.of(new TimeSeriesPoint(0, 3600, 8, 0, 1, 0, 1, 1),
                new TimeSeriesPoint(3600, 3600, 32, 0, 4, 0, 2, 4), new TimeSeriesPoint(7200, 3600, 8, 0, 1, 0, 1, 2));
        JFreeChart chart = UtilizationChart.create(autoscaled, new ClusterShape(4, 8, 0, "node"));
        assertEquals(List.of(UtilizationChart.CORES, UtilizationChart.NODES_UP), ChartChecks.xyKeys(chart));
        XYDataset d = chart.getXYPlot().getDataset();
        assertEquals(25.0, d.getYValue(1, 0), 1e-9);
        assertEquals(100.0, d.getYValue(1, 2), 1e-9);
        assertEquals(50.0, d.getYValue(1, 4), 1e-9);
    }

    @Test
    void shouldLeaveOutNodesUpWhenAllNodesAreAlwaysUp() {
        List<TimeSeriesPoint> fixed = List.of(new TimeSeriesPoint(0, 3600, 8, 0, 1, 0, 1, 4),
                new TimeSeriesPoint(3600, 3600, 32, 0, 4, 0, 2, 4));
        JFreeChart chart = UtilizationChart.create(fixed, new ClusterShape(4, 8, 0, "node"));
        assertEquals(List.of(UtilizationChart.CORES), ChartChecks.xyKeys(chart));
    }

    @Test
    void shouldHaveNoLegendForOneSeries() {
        JFreeChart chart = UtilizationChart.create(SERIES, new ClusterShape(4, 8, 0, "node"));
        assertEquals(List.of(UtilizationChart.CORES), ChartChecks.xyKeys(chart));
        assertEquals(null, chart.getLegend());
    }

    @Test
    void shouldMergeStepsAtTheSameLevel() {
        List<TimeSeriesPoint> flat = List.of(new TimeSeriesPoint(0, 600, 8, 0, 1, 0, 1),
                new TimeSeriesPoint(600, 600, 8, 0, 1, 0, 1), new TimeSeriesPoint(1200, 300, 8, 0, 1, 0, 1));
        JFreeChart chart = UtilizationChart.create(flat, new ClusterShape(4, 8, 0, "node"));
        assertEquals(List.of(2), ChartChecks.xyCounts(chart));
        assertEquals(1500.0 / 60, chart.getXYPlot().getDataset().getXValue(0, 1), 1e-9, "25 minutes");
    }

    @Test
    void shouldRefuseAnEmptySeriesOrACoreLessCluster() {
        assertThrows(IllegalArgumentException.class,
                () -> UtilizationChart.create(List.of(), new ClusterShape(4, 8, 0, "node")));
        assertThrows(IllegalArgumentException.class,
                () -> UtilizationChart.create(SERIES, new ClusterShape(0, 8, 0, "node")));
    }

    @Test
    void shouldWritePngAndSvgAtFullSize() {
        var run = ChartFixtures.run("u", "fcfs", 16, 2, 200, 5);
        List<Path> files = ChartChecks.write(UtilizationChart.create(run.series(), run.cluster()), dir, "utilization");
        assertEquals(List.of(dir.resolve("utilization.png"), dir.resolve("utilization.svg")), files);
        ChartChecks.assertWritten(files);
    }
}
