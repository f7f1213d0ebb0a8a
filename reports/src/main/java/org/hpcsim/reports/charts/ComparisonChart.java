package org.hpcsim.reports.charts;

import java.util.List;
import org.hpcsim.reports.data.RunOutput;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * One headline metric across runs as bars, one bar per run. One chart per metric rather than one
 * grouped chart, because the metrics have different units and scales.
 */
public final class ComparisonChart {
    private ComparisonChart() {}

    /** The chart of {@code metric} for each of {@code runs}, in list order; runs without a value get no bar. */
    public static JFreeChart create(List<RunOutput> runs, ComparisonMetric metric) {
        ChartStyle.ensureHeadless();
        double max = 0;
        for (RunOutput r : runs) {
            double v = metric.of(r.metrics());
            if (Double.isFinite(v)) {
                max = Math.max(max, v);
            }
        }
        TimeScale scale = TimeScale.forSpan(max);
        List<String> labels = RunLabels.of(runs);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < runs.size(); i++) {
            double v = metric.of(runs.get(i).metrics());
            Double shown = Double.isFinite(v) ? (metric.isTime() ? scale.of(v) : v) : null;
            data.addValue(shown, metric.title(), labels.get(i));
        }

        CategoryAxis x = new CategoryAxis("Run");
        x.setMaximumCategoryLabelLines(3);
        x.setCategoryMargin(0.2);
        if (runs.size() > 8) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis y = ChartStyle.numberAxis(metric.axisLabel(scale));
        y.setAutoRangeIncludesZero(true);
        y.setUpperMargin(0.12);
        if (metric == ComparisonMetric.UTILIZATION) {
            // The whole 0-100 scale, so runs compared in different charts look alike; room above for labels.
            y.setRange(0, 108);
            y.setTickUnit(new NumberTickUnit(10, ChartStyle.format("0")));
        }
        BarRenderer r = Bars.renderer("#,##0.0");
        r.setMaximumBarWidth(0.15);
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        return ChartStyle.chart(metric.title() + " by run", plot, false);
    }
}
