package org.hpcsim.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import org.hpcsim.reports.data.JobRow;
import org.hpcsim.reports.data.RunOutput.ClusterShape;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/** Which job held which node (or core) when: one row per unit, one bar per job on each run of its units. */
public final class GanttChart {
    /** Most units (rows) drawn; beyond this the rows are thinner than a pixel at 900 high. */
    public static final int MAX_UNITS = 512;
    /** Most jobs drawn; beyond this the bars are too short to tell apart. */
    public static final int MAX_JOBS = 5000;
    /** Series key of the bars. */
    public static final String SERIES = "Jobs";

    private GanttChart() {}

    /** Units the chart has rows for: cores with core allocation, nodes otherwise. */
    public static long units(ClusterShape cluster) {
        return "core".equalsIgnoreCase(cluster.allocation()) ? cluster.cores() : cluster.nodes();
    }

    /** Whether {@code jobs} on {@code cluster} are small enough to draw (and the cluster has any units). */
    public static boolean fits(ClusterShape cluster, List<JobRow> jobs) {
        long units = units(cluster);
        return units >= 1 && units <= MAX_UNITS && jobs.size() <= MAX_JOBS;
    }

    /**
     * The chart of {@code jobs} on {@code cluster}, with units assigned by {@link GanttAssignment}.
     *
     * @throws IllegalArgumentException above {@link #MAX_UNITS} units or {@link #MAX_JOBS} jobs, or
     *                                  when the jobs need more units at once than the cluster has
     */
    public static JFreeChart create(List<JobRow> jobs, ClusterShape cluster) {
        ChartStyle.ensureHeadless();
        long units = units(cluster);
        if (units > MAX_UNITS) {
            throw new IllegalArgumentException("a Gantt chart draws at most " + MAX_UNITS + " units (rows); this cluster has "
                    + units);
        }
        if (jobs.size() > MAX_JOBS) {
            throw new IllegalArgumentException("a Gantt chart draws at most " + MAX_JOBS + " jobs; this run has "
                    + jobs.size());
        }
        List<GanttAssignment.Placement> placements = GanttAssignment.assign(jobs, (int) units);
        double origin = jobs.stream().mapToDouble(JobRow::submit).min().orElse(0);
        double last = jobs.stream().mapToDouble(JobRow::end).max().orElse(origin);
        TimeScale scale = TimeScale.forSpan(last - origin);

        XYIntervalSeries bars = new XYIntervalSeries(SERIES);
        int[] colour = new int[countBars(placements)];
        int bar = 0;
        for (int j = 0; j < placements.size(); j++) {
            GanttAssignment.Placement p = placements.get(j);
            double x0 = scale.of(p.job().start() - origin);
            double x1 = scale.of(p.job().end() - origin);
            int[] u = p.units();
            // One bar per run of consecutive units, so a job on nodes 3-9 is one block, not seven.
            for (int from = 0; from < u.length; ) {
                int to = from;
                while (to + 1 < u.length && u[to + 1] == u[to] + 1) {
                    to++;
                }
                bars.add(x0, x0, x1, (u[from] + u[to]) / 2.0, u[from] - 0.45, u[to] + 0.45);
                colour[bar++] = j;
                from = to + 1;
            }
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(bars);

        String unitName = "core".equalsIgnoreCase(cluster.allocation()) ? "Core" : "Node";
        NumberAxis x = ChartStyle.numberAxis("Time since first submission (" + scale.symbol() + ")");
        x.setAutoRangeIncludesZero(true);
        NumberAxis y = ChartStyle.integerAxis(unitName + " index");
        y.setRange(-0.5, Math.max(1, units) - 0.5);
        y.setInverted(true);

        XYBarRenderer r = new JobColours(colour);
        r.setUseYInterval(true);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        // Thin white edges keep neighbouring jobs apart while rows are tall enough to spare them.
        r.setDrawBarOutline(units <= 128);
        r.setDefaultOutlinePaint(Color.WHITE);
        r.setDefaultOutlineStroke(new BasicStroke(1f));
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setDomainGridlinesVisible(true);
        plot.setRangeGridlinesVisible(false);
        String title = "Allocation of " + jobs.size() + " jobs to " + units + " " + unitName.toLowerCase() + "s";
        return ChartStyle.chart(title, plot, false);
    }

    private static int countBars(List<GanttAssignment.Placement> placements) {
        int n = 0;
        for (GanttAssignment.Placement p : placements) {
            int[] u = p.units();
            for (int i = 0; i < u.length; i++) {
                if (i == 0 || u[i] != u[i - 1] + 1) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Colours each bar by its job, cycling the palette, so adjacent jobs differ. */
    private static final class JobColours extends XYBarRenderer {
        private final int[] jobOfBar;

        JobColours(int[] jobOfBar) {
            this.jobOfBar = jobOfBar;
        }

        @Override
        public Paint getItemPaint(int series, int item) {
            // Skip black (the palette's last): it would hide the white edges and read as a gap.
            return ChartStyle.color(jobOfBar[item] % (ChartStyle.paletteSize() - 1));
        }
    }
}
