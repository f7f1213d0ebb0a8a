package org.hpcsim.reports.charts;

import java.util.Arrays;
import java.util.List;
import org.hpcsim.reports.data.JobRow;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The empirical distribution function of job waits, on a linear or a log time axis. */
public final class WaitCdfChart {
    /** Series key of the distribution. */
    public static final String SERIES = "Wait CDF";
    /** On a log axis waits below this many seconds (zero above all) are drawn at it. */
    public static final double LOG_FLOOR_SECONDS = 1.0;
    /** Beyond this many distinct waits the curve is sampled at evenly spaced ranks. */
    static final int MAX_POINTS = 2000;

    private WaitCdfChart() {}

    /** The CDF of the waits of {@code jobs}, with waits in seconds on a log axis when {@code logX}. */
    public static JFreeChart create(List<JobRow> jobs, boolean logX) {
        ChartStyle.ensureHeadless();
        double[] waits = new double[jobs.size()];
        for (int i = 0; i < waits.length; i++) {
            double w = Math.max(0, jobs.get(i).waitTime());
            waits[i] = logX ? Math.max(LOG_FLOOR_SECONDS, w) : w;
        }
        Arrays.sort(waits);
        XYSeriesCollection data = new XYSeriesCollection(cdf(waits));
        ValueAxis x = logX ? logAxis(waits) : linearAxis();
        NumberAxis y = ChartStyle.numberAxis("Fraction of jobs waiting at most x");
        y.setRange(0, 1.01);
        y.setTickUnit(new NumberTickUnit(0.1, ChartStyle.format("0.0")));
        String title = "Wait-time distribution (CDF, " + waits.length + " jobs)";
        return ChartStyle.chart(title, new XYPlot(data, x, y, ChartStyle.pathRenderer(1)), false);
    }

    private static NumberAxis linearAxis() {
        NumberAxis a = ChartStyle.numberAxis("Wait (s)");
        a.setAutoRangeIncludesZero(true);
        a.setUpperMargin(0.02);
        return a;
    }

    /**
     * A log axis over whole decades around the data, ticked once a decade: JFreeChart's own
     * choice over a narrow range gives ticks like 0.562 and 0.631, and over a single value none.
     */
    private static LogAxis logAxis(double[] sorted) {
        LogAxis a = ChartStyle.logAxis("Wait (s, log scale; waits under 1 s drawn at 1 s)");
        double lo = sorted.length == 0 ? LOG_FLOOR_SECONDS : sorted[0];
        double hi = sorted.length == 0 ? 10 : sorted[sorted.length - 1];
        double low = Math.pow(10, Math.floor(Math.log10(lo)));
        double high = Math.max(Math.pow(10, Math.ceil(Math.log10(hi))), low * 10);
        a.setTickUnit(new NumberTickUnit(1.0, ChartStyle.format("#,##0.###")));
        // A little room beyond both end decades: a jump at the lowest is then not hidden under the
        // axis line, and the tick at the highest is not lost to rounding at the edge.
        a.setRange(low / 1.5, high * 1.05);
        a.setMinorTickMarksVisible(true);
        return a;
    }

    /**
     * The empirical CDF of {@code sorted} as the corners of its step line: from (first value, 0)
     * up to the fraction of values at most it, across to the next distinct value, up, and so on.
     * Beyond {@link #MAX_POINTS} distinct values it is sampled at evenly spaced ranks (always at
     * the last rank of a value, so no value is drawn below its true height).
     */
    static XYSeries cdf(double[] sorted) {
        XYSeries s = new XYSeries(SERIES, false, true);
        int n = sorted.length;
        if (n == 0) {
            return s;
        }
        int stride = Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
        double height = 0;
        int i = 0;
        while (i < n) {
            int next = Math.min(n - 1, i + stride - 1);
            while (next + 1 < n && sorted[next + 1] == sorted[next]) {
                next++;
            }
            s.add(sorted[next], height);
            height = (next + 1) / (double) n;
            s.add(sorted[next], height);
            i = next + 1;
        }
        return s;
    }
}
