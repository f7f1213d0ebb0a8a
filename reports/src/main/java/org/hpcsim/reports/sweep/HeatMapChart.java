package org.hpcsim.reports.sweep;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.reports.charts.ChartStyle;
import org.hpcsim.reports.compare.HeadlineMetric;
import org.hpcsim.reports.compare.MetricFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A headline metric over the grid of a sweep's first two parameters: one cell per pair of values,
 * coloured by the mean over the cell's points (averaged over the other parameters' values when
 * those vary), with a colour legend and, on a small grid, each cell's value written on it. Values
 * sit on the axes by position, numbers ascending, so numeric and categorical values read alike.
 */
final class HeatMapChart {
    /** Values an axis may have: past this the cells are too thin to read. */
    static final int MAX_SIDE = 50;
    /** Values an axis may have for each cell to carry its value as text. */
    static final int ANNOTATED_SIDE = 12;

    private HeatMapChart() {}

    /**
     * Whether {@code table} has a grid to draw: two parameters or more, the first two each taking
     * two to {@value #MAX_SIDE} values.
     */
    static boolean applies(SweepTable table) {
        if (table.parameters().size() < 2) {
            return false;
        }
        ParameterLevels x = ParameterLevels.of(table, table.parameters().get(0));
        ParameterLevels y = ParameterLevels.of(table, table.parameters().get(1));
        return x.varies() && y.varies() && x.values().size() <= MAX_SIDE && y.values().size() <= MAX_SIDE;
    }

    /** The heat map of {@code metric}; cells without a point with a value are left blank. */
    static JFreeChart create(SweepTable table, HeadlineMetric metric) {
        ChartStyle.ensureHeadless();
        ParameterLevels x = ParameterLevels.of(table, table.parameters().get(0));
        ParameterLevels y = ParameterLevels.of(table, table.parameters().get(1));
        double[][] cells = cells(table, x, y, metric);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        List<double[]> filled = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            for (int j = 0; j < cells[i].length; j++) {
                if (!Double.isNaN(cells[i][j])) {
                    filled.add(new double[] {i, j, cells[i][j]});
                    low = Math.min(low, cells[i][j]);
                    high = Math.max(high, cells[i][j]);
                }
            }
        }
        MetricAxis axis = MetricAxis.of(metric, filled.isEmpty() ? 0 : high);
        double[][] xyz = new double[3][filled.size()];
        for (int k = 0; k < filled.size(); k++) {
            xyz[0][k] = filled.get(k)[0];
            xyz[1][k] = filled.get(k)[1];
            xyz[2][k] = axis.shown(filled.get(k)[2]);
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(metric.label(), xyz);

        HeatScale scale = filled.isEmpty() ? HeatScale.over(0, 1) : HeatScale.over(axis.shown(low), axis.shown(high));
        XYBlockRenderer r = new XYBlockRenderer();
        r.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, valueAxis(x), valueAxis(y), r);
        if (x.values().size() <= ANNOTATED_SIDE && y.values().size() <= ANNOTATED_SIDE) {
            for (double[] c : filled) {
                XYTextAnnotation a = new XYTextAnnotation(MetricFormat.value(metric.unit(), c[2]), c[0], c[1]);
                a.setFont(ChartStyle.ITEM_LABEL);
                a.setPaint(scale.dark(axis.shown(c[2])) ? Color.WHITE : ChartStyle.TEXT);
                plot.addAnnotation(a);
            }
        }
        JFreeChart chart = ChartStyle.chart(MetricAxis.title(metric) + " over " + x.name() + " and " + y.name(),
                plot, false);
        ChartStyle.subtitle(chart, table.name() + ": mean over each point's replications" + averagedOver(table));
        chart.addSubtitle(legend(scale, axis.label()));
        return chart;
    }

    /** Per x and y position, the mean of the points' means there; NaN where no point has a value. */
    static double[][] cells(SweepTable table, ParameterLevels x, ParameterLevels y, HeadlineMetric metric) {
        double[][] sum = new double[x.values().size()][y.values().size()];
        int[][] count = new int[sum.length][sum[0].length];
        for (SweepTable.Row row : table.rows()) {
            MetricSummary m = row.metric(metric);
            int i = x.indexOf(row.parameters().get(x.name()));
            int j = y.indexOf(row.parameters().get(y.name()));
            if (m.n() > 0 && i >= 0 && j >= 0) {
                sum[i][j] += m.mean();
                count[i][j]++;
            }
        }
        for (int i = 0; i < sum.length; i++) {
            for (int j = 0; j < sum[i].length; j++) {
                sum[i][j] = count[i][j] == 0 ? Double.NaN : sum[i][j] / count[i][j];
            }
        }
        return sum;
    }

    private static String averagedOver(SweepTable table) {
        List<String> others = PointGroups.varying(table);
        others.removeAll(table.parameters().subList(0, 2));
        return others.isEmpty() ? "" : "; each cell averaged over its points' values of " + String.join(", ", others);
    }

    /** An axis of the values by position, each tick labelled with its value. */
    private static SymbolAxis valueAxis(ParameterLevels levels) {
        SymbolAxis a = new SymbolAxis(levels.name(), levels.values().toArray(new String[0]));
        a.setGridBandsVisible(false);
        // Half a cell beyond the first and last values, so the edge cells are whole.
        a.setRange(-0.5, levels.values().size() - 0.5);
        return a;
    }

    private static PaintScaleLegend legend(HeatScale scale, String label) {
        NumberAxis a = ChartStyle.numberAxis(label);
        // A legend's axis is not the plot's, so the theme has not reached it.
        ChartStyle.axis(a);
        a.setRange(scale.getLowerBound(), scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, a);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setStripWidth(24);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setMargin(new RectangleInsets(8, 16, 8, 0));
        return legend;
    }
}
