package org.hpcsim.reports.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.reports.compare.HeadlineMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

/** A metric over the grid of the first two parameters: one cell per pair of values, averaged over the rest. */
class HeatMapChartTest {
    private static final HeadlineMetric P95 = HeadlineMetric.P95_WAIT;

    @Test
    void shouldColourEachCellByItsPointsMeanWithValuesPlacedByPosition() {
        // nodes given out of order, so the axis must sort them; policy keeps its first-appearance order.
        SweepTable t = SweepFixtures.table("grid", List.of(
                SweepFixtures.point("nodes", 32, "policy", "fcfs").metric(P95, 10, 20),
                SweepFixtures.point("nodes", 8, "policy", "fcfs").metric(P95, 40, 50),
                SweepFixtures.point("nodes", 32, "policy", "easy").metric(P95, 5, 7),
                SweepFixtures.point("nodes", 8, "policy", "easy").metric(P95, 30)));
        JFreeChart c = HeatMapChart.create(t, P95);
        SymbolAxis x = (SymbolAxis) c.getXYPlot().getDomainAxis();
        SymbolAxis y = (SymbolAxis) c.getXYPlot().getRangeAxis();
        assertArrayEquals(new String[] {"8", "32"}, x.getSymbols());
        assertArrayEquals(new String[] {"fcfs", "easy"}, y.getSymbols());
        double[][] expected = {{45, 30}, {15, 6}};
        assertEquals(expected.length * expected[0].length, c.getXYPlot().getDataset().getItemCount(0));
        assertArrayEquals(expected[0], cellsOf(c, 2, 2)[0], 1e-12);
        assertArrayEquals(expected[1], cellsOf(c, 2, 2)[1], 1e-12);
        assertInstanceOf(XYBlockRenderer.class, c.getXYPlot().getRenderer());
        assertTrue(c.getSubtitles().stream().anyMatch(s -> s instanceof PaintScaleLegend), "a colour legend");
        assertEquals(List.of("45 s", "30 s", "15 s", "6 s"), annotations(c),
                "every cell of a small grid carries its value");
    }

    @Test
    void shouldAverageOverTheOtherParametersAndSaySo() {
        List<SweepFixtures.Point> points = new ArrayList<>();
        for (int nodes : List.of(8, 16)) {
            for (String policy : List.of("fcfs", "easy")) {
                for (int window : List.of(10, 20, 30)) {
                    // The cell's mean over the three windows is nodes + policy offset + 20, under
                    // two minutes, so drawn in seconds.
                    double v = nodes + (policy.equals("easy") ? 50 : 0) + window;
                    points.add(SweepFixtures.point("nodes", nodes, "policy", policy, "bf_window", window)
                            .metric(P95, v - 1, v + 1));
                }
            }
        }
        JFreeChart c = HeatMapChart.create(SweepFixtures.table("three", points), P95);
        double[][] cells = cellsOf(c, 2, 2);
        assertArrayEquals(new double[] {8 + 20, 8 + 70}, cells[0], 1e-9);
        assertArrayEquals(new double[] {16 + 20, 16 + 70}, cells[1], 1e-9);
        List<String> subtitles = MetricLineChartTest.subtitles(c);
        assertTrue(subtitles.stream().anyMatch(s -> s.contains("averaged over its points' values of bf_window")),
                subtitles.toString());
    }

    @Test
    void shouldLeaveACellWithoutPointsBlank() {
        SweepTable t = SweepFixtures.table("holes", List.of(
                SweepFixtures.point("a", 1, "b", "x").metric(P95, 10),
                SweepFixtures.point("a", 2, "b", "y").metric(P95, 20)));
        XYZDataset d = (XYZDataset) HeatMapChart.create(t, P95).getXYPlot().getDataset();
        assertEquals(2, d.getItemCount(0), "two of the four cells have a point");
    }

    @Test
    void shouldWriteCellValuesOnlyOnAGridOfTwelveByTwelveOrLess() {
        assertEquals(12 * 2, annotations(HeatMapChart.create(grid(12, 2), P95)).size());
        assertEquals(0, annotations(HeatMapChart.create(grid(13, 2), P95)).size());
    }

    @Test
    void shouldApplyOnlyWhenTheFirstTwoParametersBothVary() {
        assertTrue(HeatMapChart.applies(grid(3, 2)));
        assertFalse(HeatMapChart.applies(grid(3, 1)), "one value of b: a single row, not a grid");
        assertFalse(HeatMapChart.applies(grid(HeatMapChart.MAX_SIDE + 1, 2)), "too many values to read the cells");
        assertFalse(HeatMapChart.applies(SweepFixtures.table("one", List.of(
                SweepFixtures.point("a", 1).metric(P95, 1), SweepFixtures.point("a", 2).metric(P95, 2)))));
    }

    @Test
    void shouldDrawTotalCostInDollars() {
        SweepTable t = SweepFixtures.table("cost", List.of(
                SweepFixtures.point("a", 1, "b", "x").metric(HeadlineMetric.TOTAL_COST, 1234.5),
                SweepFixtures.point("a", 2, "b", "y").metric(HeadlineMetric.TOTAL_COST, 10)));
        JFreeChart c = HeatMapChart.create(t, HeadlineMetric.TOTAL_COST);
        assertEquals(List.of("$1,234.50", "$10.00"), annotations(c));
        PaintScaleLegend legend = (PaintScaleLegend) c.getSubtitles().stream()
                .filter(s -> s instanceof PaintScaleLegend).findFirst().orElseThrow();
        assertEquals("Total cost (US$)", legend.getAxis().getLabel());
        assertEquals(10.0, legend.getScale().getLowerBound(), 0);
        assertEquals(1234.5, legend.getScale().getUpperBound(), 0);
    }

    /** a takes {@code na} values, b {@code nb}; p95 = 10 a + b. */
    private static SweepTable grid(int na, int nb) {
        List<SweepFixtures.Point> points = new ArrayList<>();
        for (int a = 0; a < na; a++) {
            for (int b = 0; b < nb; b++) {
                points.add(SweepFixtures.point("a", a, "b", "v" + b).metric(P95, 10 * a + b));
            }
        }
        return SweepFixtures.table("g", points);
    }

    /** The dataset's z values by x and y position, NaN where no cell is drawn. */
    private static double[][] cellsOf(JFreeChart c, int nx, int ny) {
        XYZDataset d = (XYZDataset) c.getXYPlot().getDataset();
        double[][] cells = new double[nx][ny];
        for (double[] row : cells) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        for (int i = 0; i < d.getItemCount(0); i++) {
            cells[(int) d.getXValue(0, i)][(int) d.getYValue(0, i)] = d.getZValue(0, i);
        }
        return cells;
    }

    private static List<String> annotations(JFreeChart c) {
        List<String> text = new ArrayList<>();
        for (Object a : c.getXYPlot().getAnnotations()) {
            text.add(((XYTextAnnotation) a).getText());
        }
        return text;
    }
}
