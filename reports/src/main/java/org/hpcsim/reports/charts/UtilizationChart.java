package org.hpcsim.reports.charts;

import java.util.List;
import org.hpcsim.models.run.TimeSeriesPoint;
import org.hpcsim.reports.data.RunOutput.ClusterShape;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/** Busy cores, GPUs and nodes as a percentage of the cluster, over time. */
public final class UtilizationChart {
    /** Series key of busy cores. */
    public static final String CORES = "Cores";
    /** Series key of busy GPUs (only when the cluster has GPUs). */
    public static final String GPUS = "GPUs";
    /** Series key of busy nodes (only with core allocation, where it differs from cores). */
    public static final String NODES = "Nodes";
    /** Series key of powered-up nodes (only when it varies: an autoscaling cluster). */
    public static final String NODES_UP = "Nodes up (% of max)";

    private UtilizationChart() {}

    /**
     * The chart of {@code series} on {@code cluster}: cores always, GPUs when the cluster has any,
     * nodes when jobs share nodes (with whole-node allocation busy nodes equal busy cores), nodes up
     * when it varies.
     */
    public static JFreeChart create(List<TimeSeriesPoint> series, ClusterShape cluster) {
        ChartStyle.ensureHeadless();
        if (cluster.cores() <= 0) {
            throw new IllegalArgumentException("the cluster has no cores, so utilization is undefined");
        }
        TimeSteps steps = new TimeSteps(series);
        XYSeriesCollection data = new XYSeriesCollection();
        double cores = cluster.cores();
        data.addSeries(steps.series(CORES, p -> 100 * p.busyCores() / cores));
        if (cluster.gpus() > 0) {
            double gpus = cluster.gpus();
            data.addSeries(steps.series(GPUS, p -> 100 * p.busyGpus() / gpus));
        }
        if (!"node".equalsIgnoreCase(cluster.allocation()) && cluster.nodes() > 0) {
            double nodes = cluster.nodes();
            data.addSeries(steps.series(NODES, p -> 100 * p.busyNodes() / nodes));
        }
        if (TimeSteps.nodesUpVaries(series) && cluster.nodes() > 0) {
            double nodes = cluster.nodes();
            data.addSeries(steps.series(NODES_UP, p -> 100 * p.nodesUp() / nodes));
        }

        NumberAxis x = ChartStyle.numberAxis(steps.axisLabel());
        x.setAutoRangeIncludesZero(true);
        x.setLowerMargin(0);
        x.setUpperMargin(0);
        NumberAxis y = ChartStyle.numberAxis("Busy (% of cluster)");
        // A hair above 100 so a fully busy line is not half hidden under the plot's top edge.
        y.setRange(0, 101);
        y.setTickUnit(new NumberTickUnit(10, ChartStyle.format("0")));

        XYLineAndShapeRenderer r = ChartStyle.pathRenderer(data.getSeriesCount());
        XYPlot plot = new XYPlot(data, x, y, r);
        return ChartStyle.chart("Cluster utilization", plot, data.getSeriesCount() > 1);
    }
}
