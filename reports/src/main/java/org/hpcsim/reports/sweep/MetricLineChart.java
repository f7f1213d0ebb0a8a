package org.hpcsim.reports.sweep;

import java.awt.geom.Ellipse2D;
import org.hpcsim.reports.charts.ChartStyle;
import org.hpcsim.reports.compare.HeadlineMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A headline metric against a numeric parameter: each point's mean over its replications as a
 * line with markers and its 95% confidence interval as a shaded band, one series per combination
 * of the other varying parameters.
 */
final class MetricLineChart {
    // The band of a single series; overlapping bands darken each other, so with more series each
    // is fainter, lest the lines be lost under them.
    private static final float BAND_ALPHA = 0.25f;

    private MetricLineChart() {}

    /** The chart of {@code metric} against {@code x}, which must be numeric. */
    static JFreeChart create(SweepTable table, ParameterLevels x, HeadlineMetric metric) {
        if (!x.numeric()) {
            throw new IllegalArgumentException(x.name() + " has values that are not numbers");
        }
        ChartStyle.ensureHeadless();
        PointGroups groups = PointGroups.of(table, x.name(), metric, true);
        MetricAxis axis = MetricAxis.of(metric, groups.largestHigh(metric));
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (PointGroups.Group g : groups.groups()) {
            YIntervalSeries s = new YIntervalSeries(g.label().isEmpty() ? metric.label() : g.label());
            for (SweepTable.Row row : g.rows()) {
                MetricSummary m = row.metric(metric);
                s.add(row.number(x.name()), axis.shown(m.mean()), axis.shown(m.low()), axis.shown(m.high()));
            }
            data.addSeries(s);
        }

        XYLineAndShapeRenderer r;
        if (groups.pooled()) {
            // Points of a sampled design in order of x would zigzag as the other parameters change:
            // each is drawn alone, its interval as an error bar.
            XYErrorRenderer bars = new XYErrorRenderer();
            bars.setDrawXError(false);
            bars.setDefaultLinesVisible(false);
            r = bars;
        } else {
            DeviationRenderer band = new DeviationRenderer(true, true);
            band.setAlpha(BAND_ALPHA / (float) Math.sqrt(Math.max(1, data.getSeriesCount())));
            r = band;
        }
        r.setAutoPopulateSeriesStroke(false);
        r.setDefaultStroke(ChartStyle.LINE);
        r.setAutoPopulateSeriesShape(false);
        r.setDefaultShape(new Ellipse2D.Double(-6, -6, 12, 12));
        for (int i = 0; i < data.getSeriesCount(); i++) {
            r.setSeriesPaint(i, ChartStyle.color(i));
            // The band is filled with the series' fill paint, which is otherwise the renderer's white.
            r.setSeriesFillPaint(i, ChartStyle.color(i));
        }
        ValueAxis xa = x.logScale() ? ChartStyle.logAxis(x.name()) : numberAxis(x.name());
        NumberAxis ya = numberAxis(axis.label());
        JFreeChart chart = ChartStyle.chart(MetricAxis.title(metric) + " against " + x.name(),
                new XYPlot(data, xa, ya, r), data.getSeriesCount() > 1);
        groups.describe(chart, table.name(), groups.pooled() ? "error bars" : "shaded");
        return chart;
    }

    // Sweeps rarely start at zero, and a band near the top would be squashed by an axis that did.
    private static NumberAxis numberAxis(String label) {
        NumberAxis a = ChartStyle.numberAxis(label);
        a.setAutoRangeIncludesZero(false);
        return a;
    }
}
