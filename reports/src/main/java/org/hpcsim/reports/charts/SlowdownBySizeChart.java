package org.hpcsim.reports.charts;

import java.util.List;
import java.util.TreeMap;
import org.hpcsim.reports.data.JobRow;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;

/** Mean bounded slowdown of jobs grouped into power-of-two size classes, as bars. */
public final class SlowdownBySizeChart {
    /** Row (series) key of the bars. */
    public static final String SERIES = "Mean bounded slowdown";

    private SlowdownBySizeChart() {}

    /**
     * One bar per size class that has jobs, in size order, labelled with the class's processor
     * range and its job count.
     */
    public static JFreeChart create(List<JobRow> jobs) {
        ChartStyle.ensureHeadless();
        TreeMap<Integer, double[]> classes = new TreeMap<>();
        for (JobRow j : jobs) {
            double[] sumCount = classes.computeIfAbsent(SizeClass.of(j.processors()), k -> new double[2]);
            sumCount[0] += j.boundedSlowdown();
            sumCount[1]++;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        classes.forEach((k, sc) -> data.addValue(sc[0] / sc[1], SERIES, label(k, (long) sc[1])));

        CategoryAxis x = new CategoryAxis("Job size (processors), with job count");
        x.setMaximumCategoryLabelLines(2);
        x.setCategoryMargin(0.25);
        if (classes.size() > 12) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis y = ChartStyle.numberAxis("Mean bounded slowdown (10 s floor)");
        y.setAutoRangeIncludesZero(true);
        y.setUpperMargin(0.12);
        CategoryPlot plot = new CategoryPlot(data, x, y, Bars.renderer("0.0"));
        return ChartStyle.chart("Mean bounded slowdown by job size", plot, false);
    }

    // The space lets the axis wrap the count onto a second line when the bars are narrow.
    static String label(int sizeClass, long jobs) {
        return SizeClass.label(sizeClass) + " (n=" + jobs + ")";
    }
}
