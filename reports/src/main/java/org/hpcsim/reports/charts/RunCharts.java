package org.hpcsim.reports.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.reports.data.RunOutput;
import org.jfree.chart.JFreeChart;

/** Writes every chart that applies to one run into its {@code charts/} folder. */
public final class RunCharts {
    /** The folder, under the run's output folder, that the charts go into. */
    public static final String FOLDER = "charts";

    private RunCharts() {}

    /**
     * Writes into {@code dir}/charts/, as PNG and SVG: utilization and queue (when the run has a
     * time series), cost rate and cumulative cost (when it has a time series and a cost), the wait
     * CDF on a log axis and slowdown by size (when it has jobs), and the Gantt chart (when it has
     * jobs and {@link GanttChart#fits} them). Returns the files written, in that order, PNG before
     * SVG.
     */
    public static List<Path> writeAll(RunOutput run, Path dir) {
        Path out = dir.resolve(FOLDER);
        List<Path> files = new ArrayList<>();
        String subtitle = run.name() + " (" + run.policy() + ")";
        if (!run.series().isEmpty()) {
            if (run.cluster().cores() > 0) {
                files.addAll(write(UtilizationChart.create(run.series(), run.cluster()), subtitle, out, "utilization"));
            }
            files.addAll(write(QueueChart.create(run.series()), subtitle, out, "queue"));
            if (run.cost() != null && run.cluster().cores() > 0) {
                files.addAll(write(CostChart.rate(run.series(), run.cluster(), run.cost()), subtitle, out,
                        "cost-rate"));
                files.addAll(write(CostChart.cumulative(run.series(), run.cluster(), run.cost()), subtitle, out,
                        "cost-cumulative"));
            }
        }
        if (!run.jobs().isEmpty()) {
            files.addAll(write(WaitCdfChart.create(run.jobs(), true), subtitle, out, "wait-cdf"));
            files.addAll(write(SlowdownBySizeChart.create(run.jobs()), subtitle, out, "slowdown-by-size"));
            if (GanttChart.fits(run.cluster(), run.jobs())) {
                files.addAll(write(GanttChart.create(run.jobs(), run.cluster()), subtitle, out, "gantt"));
            }
        }
        return files;
    }

    private static List<Path> write(JFreeChart chart, String subtitle, Path dir, String name) {
        ChartStyle.subtitle(chart, subtitle);
        return ChartFiles.write(chart, dir.resolve(name), ChartFiles.WIDTH, ChartFiles.HEIGHT);
    }
}
