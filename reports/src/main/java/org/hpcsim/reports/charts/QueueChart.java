package org.hpcsim.reports.charts;

import java.util.List;
import org.hpcsim.models.run.TimeSeriesPoint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/** Jobs waiting and jobs running over time. */
public final class QueueChart {
    /** Series key of waiting jobs. */
    public static final String QUEUED = "Queued jobs";
    /** Series key of running jobs. */
    public static final String RUNNING = "Running jobs";

    private QueueChart() {}

    /** The chart of {@code series}: queue length and running jobs, each averaged over its step. */
    public static JFreeChart create(List<TimeSeriesPoint> series) {
        ChartStyle.ensureHeadless();
        TimeSteps steps = new TimeSteps(series);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(steps.series(QUEUED, TimeSeriesPoint::queuedJobs));
        data.addSeries(steps.series(RUNNING, TimeSeriesPoint::runningJobs));

        NumberAxis x = ChartStyle.numberAxis(steps.axisLabel());
        x.setAutoRangeIncludesZero(true);
        x.setLowerMargin(0);
        x.setUpperMargin(0);
        NumberAxis y = ChartStyle.numberAxis("Jobs (average over each step)");
        y.setAutoRangeIncludesZero(true);
        y.setUpperMargin(0.05);

        XYLineAndShapeRenderer r = ChartStyle.pathRenderer(2);
        // Orange for the queue, blue for running: the first two palette colours read apart even in greyscale.
        r.setSeriesPaint(0, ChartStyle.color(1));
        r.setSeriesPaint(1, ChartStyle.color(0));
        return ChartStyle.chart("Queue length and running jobs", new XYPlot(data, x, y, r), true);
    }
}
