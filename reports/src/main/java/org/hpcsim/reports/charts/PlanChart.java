package org.hpcsim.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hpcsim.reports.compare.HeadlineMetric;
import org.hpcsim.reports.compare.MetricFormat;
import org.hpcsim.reports.plan.CombinationResult;
import org.hpcsim.reports.plan.Evaluation;
import org.hpcsim.reports.plan.PlanResult;
import org.hpcsim.reports.sweep.MetricSummary;
import org.hpcsim.scenarios.plan.PlanConstraint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts that justify a plan's answer: each constrained metric against the monotone dimension
 * (or the grid's combinations), one line per combination with 95% interval bars, the limit as a
 * dashed line and the recommended and rejected points marked; and the objective over the feasible
 * points.
 */
public final class PlanChart {
    /** Series key prefix of the recommended point. */
    public static final String RECOMMENDED = "Recommended";
    /** Series key prefix of the point just below it, which failed. */
    public static final String REJECTED = "Next smaller, rejected";

    private static final BasicStroke LIMIT = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {12f, 8f}, 0f);

    private PlanChart() {}

    /** Writes plan-METRIC for each constrained metric and plan-objective-METRIC into {@code dir}; gives the files. */
    public static List<Path> write(PlanResult result, Path dir) {
        List<Path> files = new ArrayList<>();
        for (String metric : constrainedMetrics(result)) {
            files.addAll(ChartFiles.write(constraint(result, metric), dir.resolve("plan-" + metric), ChartFiles.WIDTH,
                    ChartFiles.HEIGHT));
        }
        files.addAll(ChartFiles.write(objective(result), dir.resolve("plan-objective-" + result.objective().metric()),
                ChartFiles.WIDTH, ChartFiles.HEIGHT));
        return files;
    }

    /** The distinct metrics of the plan's constraints, in order. */
    static Set<String> constrainedMetrics(PlanResult result) {
        Set<String> metrics = new LinkedHashSet<>();
        for (PlanConstraint c : result.constraints()) {
            metrics.add(c.metric());
        }
        return metrics;
    }

    /** {@code metric} at every evaluated point, with the limits the plan puts on it. */
    public static JFreeChart constraint(PlanResult result, String metric) {
        List<Double> limits = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (PlanConstraint c : result.constraints()) {
            if (c.metric().equals(metric)) {
                limits.add(c.limit());
                kinds.add(c.kind());
            }
        }
        JFreeChart chart = chart(result, metric, false, limits, kinds,
                label(metric) + " against " + xName(result));
        ChartStyle.subtitle(chart, result.replications() < 2 ? "One replication per point, so no interval; a point"
                + " meets a limit when it is on the right side of the dashed line"
                : String.format(Locale.ROOT, "Mean of %d replications with its 95%% interval; a point meets a limit"
                + " only when its whole interval is on the right side of the dashed line", result.replications()));
        return chart;
    }

    /** The objective at every feasible point. */
    public static JFreeChart objective(PlanResult result) {
        String metric = result.objective().metric();
        JFreeChart chart = chart(result, metric, true, List.of(), List.of(),
                capitalized(result.objective().direction()) + " " + label(metric).toLowerCase(Locale.ROOT)
                        + ": feasible points");
        ChartStyle.subtitle(chart, "Points meeting every constraint, mean with its 95% interval; the recommendation"
                + (result.monotone() == null ? " has the best mean" : " is the smallest feasible " + result.monotone()
                + " of the combination with the best mean"));
        return chart;
    }

    private static JFreeChart chart(PlanResult result, String metric, boolean feasibleOnly, List<Double> limits,
                                    List<String> kinds, String title) {
        ChartStyle.ensureHeadless();
        HeadlineMetric m = HeadlineMetric.byKey(metric);
        Scale scale = Scale.of(m, span(result, metric, limits));
        boolean grid = result.monotone() == null;
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (CombinationResult c : result.combinations()) {
            YIntervalSeries s = new YIntervalSeries(grid || c.values().isEmpty() ? "Evaluated points" : c.label(),
                    true, false);
            for (Evaluation e : c.byLevel()) {
                MetricSummary v = summary(e, metric);
                if (v.n() > 0 && (!feasibleOnly || e.feasible())) {
                    s.add(x(result, e), scale.of(v.mean()), scale.of(v.low()), scale.of(v.high()));
                }
            }
            if (grid && data.getSeriesCount() > 0) {
                // A plain grid's points share one series: one point per combination, named on the axis.
                for (int i = 0; i < s.getItemCount(); i++) {
                    data.getSeries(0).add(s.getX(i).doubleValue(), s.getYValue(i), s.getYLowValue(i),
                            s.getYHighValue(i));
                }
            } else {
                data.addSeries(s);
            }
        }
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDefaultLinesVisible(!grid);
        r.setDefaultShapesVisible(true);
        r.setAutoPopulateSeriesStroke(false);
        r.setDefaultStroke(ChartStyle.LINE);
        r.setErrorStroke(new BasicStroke(2f));
        r.setCapLength(14);
        ChartStyle.seriesPaints(r, data.getSeriesCount(), 0);

        ValueAxis xa = xAxis(result);
        NumberAxis ya = ChartStyle.numberAxis(scale.label(m, metric));
        XYPlot plot = new XYPlot(data, xa, ya, r);
        plot.setDataset(1, marks(result, metric, scale, feasibleOnly));
        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        marks.setSeriesShape(0, ShapeUtils.createDiamond(14f));
        marks.setSeriesShapesFilled(0, false);
        marks.setSeriesPaint(0, ChartStyle.TEXT);
        marks.setSeriesShape(1, ShapeUtils.createDiagonalCross(9f, 1.5f));
        marks.setSeriesPaint(1, ChartStyle.TEXT);
        marks.setUseOutlinePaint(false);
        marks.setDrawOutlines(true);
        marks.setAutoPopulateSeriesOutlineStroke(false);
        marks.setDefaultOutlineStroke(new BasicStroke(3f));
        plot.setRenderer(1, marks);
        // The marks over the lines, and later combinations over earlier ones: combinations that
        // tie (Spot and On-Demand wait alike) would otherwise hide the recommended one's line.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        for (int i = 0; i < limits.size(); i++) {
            // Dark grey like the marks: the palette's colours are the combinations'.
            ValueMarker line = new ValueMarker(scale.of(limits.get(i)), ChartStyle.SUBTLE, LIMIT);
            line.setLabel(kinds.get(i) + " " + value(m, limits.get(i)));
            line.setLabelFont(ChartStyle.ITEM_LABEL);
            line.setLabelPaint(ChartStyle.SUBTLE);
            line.setLabelBackgroundColor(Color.WHITE);
            line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            line.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            line.setLabelOffset(new RectangleInsets(4, 4, 4, 8));
            plot.addRangeMarker(line);
        }
        fitRange(ya, data, limits, scale);
        return ChartStyle.chart(title, plot, true);
    }

    /** The recommended point and the rejected one below it, as a dataset of their own. */
    private static XYSeriesCollection marks(PlanResult result, String metric, Scale scale, boolean feasibleOnly) {
        XYSeriesCollection marks = new XYSeriesCollection();
        Evaluation best = result.recommendation();
        XYSeries rec = new XYSeries(best == null ? RECOMMENDED + ": none feasible" : RECOMMENDED + ": "
                + String.join(", ", best.values().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .toList()), false, true);
        if (best != null && summary(best, metric).n() > 0) {
            rec.add(x(result, best), scale.of(summary(best, metric).mean()));
        }
        marks.addSeries(rec);
        Evaluation below = best == null ? null : result.recommended().below();
        if (below != null && !feasibleOnly && summary(below, metric).n() > 0) {
            XYSeries rej = new XYSeries(REJECTED + ": " + result.monotone() + "=" + below.level(), false, true);
            rej.add(x(result, below), scale.of(summary(below, metric).mean()));
            marks.addSeries(rej);
        }
        return marks;
    }

    private static ValueAxis xAxis(PlanResult result) {
        if (result.monotone() != null) {
            NumberAxis a = ChartStyle.integerAxis(result.monotone());
            a.setAutoRangeIncludesZero(false);
            a.setLowerMargin(0.05);
            a.setUpperMargin(0.05);
            return a;
        }
        String[] labels = result.combinations().stream().map(CombinationResult::label).toArray(String[]::new);
        SymbolAxis a = new SymbolAxis("Combination", labels);
        a.setGridBandsVisible(false);
        return a;
    }

    private static double x(PlanResult result, Evaluation e) {
        return result.monotone() != null ? e.level() : e.point().combination();
    }

    private static String xName(PlanResult result) {
        return result.monotone() != null ? result.monotone() : "combination";
    }

    private static MetricSummary summary(Evaluation e, String metric) {
        HeadlineMetric m = HeadlineMetric.byKey(metric);
        return m != null ? e.metrics().get(m) : e.objective();
    }

    /** The largest magnitude drawn, which picks the time unit. */
    private static double span(PlanResult result, String metric, List<Double> limits) {
        double max = 0;
        for (Evaluation e : result.evaluations()) {
            MetricSummary s = summary(e, metric);
            if (s.n() > 0) {
                max = Math.max(max, Math.abs(s.high()));
            }
        }
        for (double l : limits) {
            max = Math.max(max, Math.abs(l));
        }
        return max;
    }

    /** The value axis from the lowest interval end to the highest, limits included (a marker does not widen it). */
    private static void fitRange(NumberAxis axis, YIntervalSeriesCollection data, List<Double> limits, Scale scale) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                lo = Math.min(lo, data.getStartYValue(s, i));
                hi = Math.max(hi, data.getEndYValue(s, i));
            }
        }
        for (double l : limits) {
            lo = Math.min(lo, scale.of(l));
            hi = Math.max(hi, scale.of(l));
        }
        if (!(lo <= hi)) {
            return;
        }
        double pad = hi > lo ? 0.08 * (hi - lo) : Math.max(1, Math.abs(hi)) * 0.5;
        axis.setRange(lo >= 0 ? Math.max(0, lo - pad) : lo - pad, hi + pad);
    }

    private static String label(String metric) {
        HeadlineMetric m = HeadlineMetric.byKey(metric);
        return m == null ? metric : capitalized(m.label());
    }

    private static String value(HeadlineMetric m, double v) {
        return m == null ? String.format(Locale.ROOT, "%.4g", v) : MetricFormat.value(m.unit(), v);
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** How a metric's base unit is drawn: times in a unit picked by size, fractions in percent. */
    private record Scale(double factor, String symbol) {
        static Scale of(HeadlineMetric m, double span) {
            if (m == null) {
                return new Scale(1, "");
            }
            switch (m.unit()) {
                case SECONDS:
                    TimeScale t = TimeScale.forSpan(span);
                    return new Scale(t.of(1), t.symbol());
                case FRACTION:
                    return new Scale(100, "%");
                case DOLLARS:
                    return new Scale(1, "US$");
                case JOBS_PER_HOUR:
                    return new Scale(1, "jobs/h");
                case CORE_HOURS:
                    return new Scale(1, "core-h");
                default:
                    return new Scale(1, "");
            }
        }

        double of(double v) {
            return v * factor;
        }

        String label(HeadlineMetric m, String metric) {
            String name = m == null ? metric : capitalized(m.label());
            return symbol.isEmpty() ? name : name + " (" + symbol + ")";
        }
    }
}
