package org.hpcsim.reports.charts;

import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.hpcsim.reports.data.RunOutput;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Runs placed by a cost (x) against a lower-is-better metric (y), each labelled with its name,
 * with the Pareto front (runs no other run beats on both) marked and joined by a line.
 */
public final class TradeOffChart {
    /** Series key of the runs on the front. */
    public static final String FRONT = "Pareto front";
    /** Series key of the other runs (absent when every run is on the front). */
    public static final String DOMINATED = "Dominated runs";
    /** Axis label for {@link #nodeHours}. */
    public static final String NODE_HOURS_LABEL = "Node-hours provisioned (nodes \u00d7 makespan)";

    /** Axis label for {@link #totalCost}. */
    public static final String COST_LABEL = "Total cost (US$)";

    /**
     * How the points off the front are shown.
     *
     * @param key      their series key in the legend
     * @param labelled whether each is labelled with its name, as the front's points always are
     *                 (off for many points, whose labels would cover the chart)
     */
    public record Dominated(String key, boolean labelled) {}

    /** Runs off the front, each labelled: a comparison has a handful. */
    public static final Dominated RUNS = new Dominated(DOMINATED, true);

    private TradeOffChart() {}

    /** The cost of a run without pricing: nodes held for the whole makespan, in hours. */
    public static double nodeHours(RunOutput run) {
        return run.cluster().nodes() * run.metrics().makespan() / 3600.0;
    }

    /** What a run cost in US dollars, every node paid over the makespan; NaN for a run without pricing. */
    public static double totalCost(RunOutput run) {
        return run.cost() == null ? Double.NaN : run.cost().total();
    }

    /**
     * The chart of {@code runs} with x = {@code cost} (labelled {@code costLabel}) and y =
     * {@code metric}; runs whose cost or metric is not a finite number are left out.
     *
     * @throws IllegalArgumentException if {@code metric} is one where higher is better
     */
    public static JFreeChart create(List<RunOutput> runs, ToDoubleFunction<RunOutput> cost, String costLabel,
                                    ComparisonMetric metric) {
        ChartStyle.ensureHeadless();
        if (!metric.lowerIsBetter()) {
            throw new IllegalArgumentException(metric.title() + " is better when higher; a trade-off chart needs a "
                    + "metric where lower is better");
        }
        double[] x = new double[runs.size()];
        double[] y = new double[runs.size()];
        double maxY = 0;
        for (int i = 0; i < x.length; i++) {
            x[i] = cost.applyAsDouble(runs.get(i));
            y[i] = metric.of(runs.get(i).metrics());
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                maxY = Math.max(maxY, y[i]);
            }
        }
        TimeScale scale = TimeScale.forSpan(maxY);
        if (metric.isTime()) {
            for (int i = 0; i < y.length; i++) {
                y[i] = scale.of(y[i]);
            }
        }
        XYPlot plot = plot(RunLabels.of(runs), x, y, costLabel, metric.axisLabel(scale), RUNS);
        JFreeChart chart = ChartStyle.chart("Trade-off: " + metric.title().toLowerCase() + " against cost", plot, true);
        ChartStyle.subtitle(chart,
                "Lower and further left is better; the front joins the runs no other run beats on both");
        return chart;
    }

    /**
     * The points named {@code names} at ({@code x}, {@code y}), lower being better on both axes and
     * the values drawn as given: the front as one series joined left to right, the points it
     * dominates as a second; points with a coordinate that is not a finite number are left out.
     */
    public static XYPlot plot(List<String> names, double[] x, double[] y, String xLabel, String yLabel,
                              Dominated dominated) {
        List<Integer> front = new ArrayList<>(ParetoFront.indices(x, y));
        // Left to right, so the line joining the front runs along it rather than zig-zagging.
        front.sort(Comparator.<Integer>comparingDouble(i -> x[i]).thenComparingDouble(i -> y[i]));
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i]) && !front.contains(i)) {
                others.add(i);
            }
        }

        XYSeriesCollection data = new XYSeriesCollection();
        List<List<String>> labels = new ArrayList<>();
        data.addSeries(series(FRONT, front, x, y));
        labels.add(front.stream().map(names::get).toList());
        if (!others.isEmpty()) {
            data.addSeries(series(dominated.key(), others, x, y));
            labels.add(dominated.labelled() ? others.stream().map(names::get).toList() : null);
        }

        NumberAxis xa = ChartStyle.numberAxis(xLabel);
        xa.setAutoRangeIncludesZero(false);
        xa.setLowerMargin(0.08);
        xa.setUpperMargin(0.08);
        NumberAxis ya = ChartStyle.numberAxis(yLabel);
        ya.setAutoRangeIncludesZero(false);
        // Not stuck at zero: a run that never waited would sit half under the axis line.
        ya.setAutoRangeStickyZero(false);
        ya.setLowerMargin(0.05);
        ya.setUpperMargin(0.15);
        widenIfFlat(xa, data, true);
        widenIfFlat(ya, data, false);
        XYPlot plot = new XYPlot(data, xa, ya, null);

        // The axes have their ranges once in a plot, and the labels are placed to stay within them.
        XYLineAndShapeRenderer r = new NamedPoints(labels, placeLabels(data, labels, xa.getRange(), ya.getRange()));
        r.setSeriesLinesVisible(0, true);
        r.setSeriesPaint(0, ChartStyle.color(3));
        r.setSeriesStroke(0, ChartStyle.LINE);
        r.setSeriesShape(0, ShapeUtils.createDiamond(10f));
        r.setSeriesPaint(1, ChartStyle.color(0));
        r.setSeriesShape(1, new Ellipse2D.Double(-7, -7, 14, 14));
        r.setDefaultItemLabelsVisible(true);
        r.setSeriesItemLabelsVisible(1, dominated.labelled());
        r.setDefaultItemLabelFont(ChartStyle.ITEM_LABEL);
        r.setDefaultItemLabelPaint(ChartStyle.TEXT);
        r.setItemLabelInsets(new RectangleInsets(8, 8, 8, 8));
        plot.setRenderer(r);
        return plot;
    }

    private static XYSeries series(String key, List<Integer> which, double[] x, double[] y) {
        XYSeries s = new XYSeries(key, false, true);
        for (int i : which) {
            s.add(x[i], y[i]);
        }
        return s;
    }

    /**
     * Runs that tie on an axis (Spot against On-Demand: the same waits, another price) would have
     * it zoom into a sliver around their one value, every tick reading the same; from 0 to twice
     * the value instead, they sit in the middle.
     */
    private static void widenIfFlat(NumberAxis axis, XYSeriesCollection data, boolean x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                double v = x ? data.getXValue(s, i) : data.getYValue(s, i);
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo <= hi && hi - lo <= 1e-9 * Math.max(1, Math.abs(hi))) {
            axis.setRange(Math.min(0, 2 * lo), hi > 0 ? 2 * hi : 1);
        }
    }

    /**
     * Per series and item, the side of the point its label goes on (see {@link LabelPlacer}); a
     * series without labels takes no room.
     */
    private static LabelPlacer.Side[][] placeLabels(XYSeriesCollection data, List<List<String>> labels, Range xAxis,
                                                   Range yAxis) {
        List<double[]> xy = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            if (labels.get(s) == null) {
                continue;
            }
            for (int i = 0; i < data.getItemCount(s); i++) {
                xy.add(new double[] {data.getXValue(s, i), data.getYValue(s, i)});
                text.add(labels.get(s).get(i));
            }
        }
        double[] x = xy.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = xy.stream().mapToDouble(p -> p[1]).toArray();
        LabelPlacer.Side[] flat = LabelPlacer.place(x, y, text, xAxis, yAxis);
        LabelPlacer.Side[][] out = new LabelPlacer.Side[data.getSeriesCount()][];
        int k = 0;
        for (int s = 0; s < out.length; s++) {
            out[s] = new LabelPlacer.Side[data.getItemCount(s)];
            for (int i = 0; i < out[s].length; i++) {
                out[s][i] = labels.get(s) == null ? LabelPlacer.Side.ABOVE : flat[k++];
            }
        }
        return out;
    }

    /** Points labelled with their names, each label on the side placed for it. */
    private static final class NamedPoints extends XYLineAndShapeRenderer {
        private static final ItemLabelPosition ABOVE =
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);
        private static final ItemLabelPosition BELOW =
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER);
        private static final ItemLabelPosition RIGHT =
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
        private static final ItemLabelPosition LEFT =
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT);
        private final LabelPlacer.Side[][] side;

        NamedPoints(List<List<String>> names, LabelPlacer.Side[][] side) {
            super(false, true);
            this.side = side;
            setDefaultItemLabelGenerator((XYItemLabelGenerator) (dataset, series, item) ->
                    names.get(series) == null ? null : names.get(series).get(item));
        }

        @Override
        public ItemLabelPosition getPositiveItemLabelPosition(int series, int item) {
            switch (side[series][item]) {
                case BELOW:
                    return BELOW;
                case RIGHT:
                    return RIGHT;
                case LEFT:
                    return LEFT;
                default:
                    return ABOVE;
            }
        }

        @Override
        public ItemLabelPosition getNegativeItemLabelPosition(int series, int item) {
            return getPositiveItemLabelPosition(series, item);
        }
    }
}
