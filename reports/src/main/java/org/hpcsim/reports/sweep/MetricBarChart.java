package org.hpcsim.reports.sweep;

import org.hpcsim.reports.charts.Bars;
import org.hpcsim.reports.charts.ChartStyle;
import org.hpcsim.reports.compare.HeadlineMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * A headline metric against a parameter whose values are not numbers (a policy, a node type):
 * one bar per value, its height the mean over the point's replications and its error bar the
 * 95% confidence interval, grouped by combination of the other varying parameters.
 */
final class MetricBarChart {
    /** Past this many values the category labels are turned to fit. */
    private static final int UPRIGHT_LABELS = 8;

    private MetricBarChart() {}

    /** The chart of {@code metric} for each value of {@code x}. */
    static JFreeChart create(SweepTable table, ParameterLevels x, HeadlineMetric metric) {
        ChartStyle.ensureHeadless();
        PointGroups groups = PointGroups.of(table, x.name(), metric, false);
        MetricAxis axis = MetricAxis.of(metric, groups.largestHigh(metric));
        // The renderer draws mean ± "standard deviation"; given the interval's half width, the
        // error bar is the t interval itself, which is symmetric about the mean.
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (PointGroups.Group g : groups.groups()) {
            String key = g.label().isEmpty() ? metric.label() : g.label();
            // Every value of every series, in the parameter's order, so that the categories come
            // in that order whichever series reaches a value first; a missing one draws no bar.
            for (String value : x.values()) {
                data.add(null, null, key, value);
            }
            for (SweepTable.Row row : g.rows()) {
                MetricSummary m = row.metric(metric);
                data.add(axis.shown(m.mean()), axis.shown(m.halfWidth()), key, row.parameters().get(x.name()));
            }
        }

        CategoryAxis xa = new CategoryAxis(x.name());
        xa.setMaximumCategoryLabelLines(2);
        if (x.values().size() > UPRIGHT_LABELS) {
            xa.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis ya = ChartStyle.numberAxis(axis.label());
        ya.setAutoRangeIncludesZero(true);
        ya.setUpperMargin(0.1);
        StatisticalBarRenderer r = Bars.flat(new StatisticalBarRenderer());
        r.setErrorIndicatorPaint(ChartStyle.TEXT);
        JFreeChart chart = ChartStyle.chart(MetricAxis.title(metric) + " by " + x.name(),
                new CategoryPlot(data, xa, ya, r), data.getRowCount() > 1);
        groups.describe(chart, table.name(), "error bars");
        return chart;
    }
}
