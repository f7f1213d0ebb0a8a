package org.hpcsim.reports.charts;

import org.hpcsim.models.calibration.NumaMatrix;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** The NUMA bandwidth matrix as grouped bars: for each node's cores, the triad bandwidth from each node's memory. */
public final class NumaBandwidthChart {
    private NumaBandwidthChart() {}

    /** The chart of {@code m}; unmeasured pairs have no bar. */
    public static JFreeChart create(NumaMatrix m) {
        ChartStyle.ensureHeadless();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int j = 0; j < m.nodes().size(); j++) {
            for (int i = 0; i < m.nodes().size(); i++) {
                double v = m.bandwidth()[i][j];
                if (!Double.isNaN(v)) {
                    data.addValue(v / 1e9, "Memory on node " + m.nodes().get(j), "Cores on node " + m.nodes().get(i));
                }
            }
        }
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        ChartStyle.seriesPaints(bars, m.nodes().size(), 0);
        NumberAxis y = ChartStyle.numberAxis("Triad bandwidth (GB/s)");
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("CPU node"), y, bars);
        JFreeChart chart = ChartStyle.chart("NUMA memory bandwidth", plot, true);
        double remote = m.meanRemoteRatio();
        ChartStyle.subtitle(chart, Double.isNaN(remote) ? "Local bandwidth only"
                : "Remote memory gives " + ChartStyle.format("0").format(100 * remote) + " % of local bandwidth on average");
        return chart;
    }
}
