package org.hpcsim.reports.charts;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.hpcsim.models.cloud.CostReport;
import org.hpcsim.models.run.TimeSeriesPoint;
import org.hpcsim.reports.data.RunOutput.ClusterShape;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * What a cluster costs over time, in US dollars: the rate per hour and the running total, each
 * for the nodes up (every node on a static cluster, paid whether used or not) and for the
 * node-hours held by jobs, so the gap between the two is the idle cost.
 */
public final class CostChart {
    /** Series key of the whole cluster: every node up at the price per node-hour. */
    public static final String TOTAL = "Whole cluster (all nodes up)";
    /** Series key of the nodes up on an autoscaling cluster, where it varies. */
    public static final String UP = "Nodes up (paid)";
    /** Series key of the node-hours held by jobs. */
    public static final String BUSY = "Held by jobs";
    /** Legend entry of the shaded gap between the running totals. */
    public static final String IDLE = "Idle (paid, not held)";

    // The palette's orange, a third opaque, between the running totals: the idle cost, light
    // enough that the grid shows through.
    private static final Color IDLE_FILL = new Color(0xE6, 0x9F, 0x00, 0x55);

    private CostChart() {}

    /**
     * Dollars per hour over time: nodes up x price (constant on a static cluster, as every node
     * stays up), and for jobs the node-hours they held per hour x price. Jobs hold busy cores / cores per
     * node of a node, as {@link CostReport} counts them, so with core allocation this is below busy
     * nodes x price (a node with one busy core is not all paid for by jobs).
     */
    public static JFreeChart rate(List<TimeSeriesPoint> series, ClusterShape cluster, CostReport cost) {
        ChartStyle.ensureHeadless();
        check(cluster);
        TimeSteps steps = new TimeSteps(series);
        double price = cost.perNodeHour();
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(steps.series(paidKey(series), p -> paidRate(p, cluster, price)));
        data.addSeries(steps.series(BUSY, p -> p.busyCores() / cluster.coresPerNode() * priceIn(p, price)));

        NumberAxis y = ChartStyle.numberAxis("Cost rate (US$ per hour)");
        y.setAutoRangeIncludesZero(true);
        // Room above the whole cluster's flat line, which would otherwise sit on the plot's edge.
        y.setUpperMargin(0.08);
        XYLineAndShapeRenderer r = ChartStyle.pathRenderer(2);
        r.setSeriesPaint(0, ChartStyle.color(0));
        r.setSeriesPaint(1, ChartStyle.color(2));
        JFreeChart chart = ChartStyle.chart("Cost rate", new XYPlot(data, timeAxis(steps), y, r), true);
        ChartStyle.subtitle(chart, price(cluster, cost));
        return chart;
    }

    /**
     * The running total in dollars: the whole cluster's and the jobs' (ending at the report's total
     * and busy cost), the idle cost shaded between them.
     */
    public static JFreeChart cumulative(List<TimeSeriesPoint> series, ClusterShape cluster, CostReport cost) {
        ChartStyle.ensureHeadless();
        check(cluster);
        TimeSteps steps = new TimeSteps(series);
        double price = cost.perNodeHour();
        XYSeries all = steps.cumulative(paidKey(series), p -> paidRate(p, cluster, price));
        XYSeries busy = steps.cumulative(BUSY, p -> p.busyCores() / cluster.coresPerNode() * priceIn(p, price));
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(all);
        data.addSeries(busy);

        NumberAxis y = ChartStyle.numberAxis("Cumulative cost (US$)");
        y.setAutoRangeIncludesZero(true);
        y.setUpperMargin(0.05);
        XYLineAndShapeRenderer r = ChartStyle.pathRenderer(2);
        r.setSeriesPaint(0, ChartStyle.color(0));
        r.setSeriesPaint(1, ChartStyle.color(2));
        // The gap as one polygon under the lines: one SVG path, where a difference renderer draws
        // a line element per data point.
        r.addAnnotation(new XYPolygonAnnotation(gap(all, busy), null, null, IDLE_FILL), Layer.BACKGROUND);
        XYPlot plot = new XYPlot(data, timeAxis(steps), y, r);
        LegendItemCollection legend = r.getLegendItems();
        legend.add(new LegendItem(IDLE, null, null, null, new Rectangle2D.Double(-8, -6, 16, 12), IDLE_FILL));
        plot.setFixedLegendItems(legend);
        JFreeChart chart = ChartStyle.chart("Cumulative cost", plot, true);
        ChartStyle.subtitle(chart, String.format(Locale.ROOT, "Total %s = held by jobs %s%s + idle %s (%.1f %%)%s",
                dollars(cost.total()), dollars(cost.busy()),
                cost.booting() > 0 ? " + booting " + dollars(cost.booting()) : "", dollars(cost.idle()),
                idlePercent(cost), cost.storageCost() > 0 ? " + storage " + dollars(cost.storageCost()) : ""));
        return chart;
    }

    // The step's own cost rate where it has one (it follows a Spot price series), else nodes up x price.
    private static double paidRate(TimeSeriesPoint p, ClusterShape cluster, double price) {
        return Double.isNaN(p.costPerHour()) ? nodesUp(p, cluster) * price : p.costPerHour();
    }

    // The price per node-hour in the step: what its nodes up cost per hour over how many were up.
    private static double priceIn(TimeSeriesPoint p, double price) {
        return Double.isNaN(p.costPerHour()) || !(p.nodesUp() > 0) ? price : p.costPerHour() / p.nodesUp();
    }

    /** The outline between the two running totals: along the upper one, then back along the lower. */
    private static double[] gap(XYSeries upper, XYSeries lower) {
        int n = upper.getItemCount();
        int m = lower.getItemCount();
        double[] xy = new double[2 * (n + m)];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = upper.getX(i).doubleValue();
            xy[2 * i + 1] = upper.getY(i).doubleValue();
        }
        for (int i = 0; i < m; i++) {
            xy[2 * (n + i)] = lower.getX(m - 1 - i).doubleValue();
            xy[2 * (n + i) + 1] = lower.getY(m - 1 - i).doubleValue();
        }
        return xy;
    }

    // Series written before autoscaling have no nodes-up level: then every node was up.
    private static double nodesUp(TimeSeriesPoint p, ClusterShape cluster) {
        return Double.isNaN(p.nodesUp()) ? cluster.nodes() : p.nodesUp();
    }

    private static String paidKey(List<TimeSeriesPoint> series) {
        return TimeSteps.nodesUpVaries(series) ? UP : TOTAL;
    }

    private static void check(ClusterShape cluster) {
        if (cluster.nodes() <= 0 || cluster.coresPerNode() <= 0) {
            throw new IllegalArgumentException("the cluster has no nodes or no cores, so it has no cost");
        }
    }

    private static NumberAxis timeAxis(TimeSteps steps) {
        NumberAxis x = ChartStyle.numberAxis(steps.axisLabel());
        x.setAutoRangeIncludesZero(true);
        x.setLowerMargin(0);
        x.setUpperMargin(0);
        return x;
    }

    /** "8 nodes × $1.3608 per node-hour = $10.89 per hour (Spot, 65.0 % off On-Demand $3.888)". */
    static String price(ClusterShape cluster, CostReport cost) {
        StringBuilder s = new StringBuilder().append(cluster.nodes()).append(cluster.nodes() == 1 ? " node × " : " nodes × ")
                .append(price(cost.perNodeHour())).append(" per node-hour = ")
                .append(dollars(cluster.nodes() * cost.perNodeHour())).append(" per hour");
        if (cost.spot()) {
            s.append(" (Spot");
            if (cost.onDemandPerNodeHour() > 0) {
                s.append(String.format(Locale.ROOT, ", %.1f %% off On-Demand ",
                        100 * (1 - cost.perNodeHour() / cost.onDemandPerNodeHour())))
                        .append(price(cost.onDemandPerNodeHour()));
            }
            s.append(')');
        } else {
            s.append(" (On-Demand)");
        }
        return s.toString();
    }

    private static String dollars(double v) {
        return String.format(Locale.ROOT, "$%,.2f", v);
    }

    private static String price(double v) {
        return "$" + ChartStyle.format("#,##0.00##").format(v);
    }

    private static double idlePercent(CostReport cost) {
        return cost.total() > 0 ? 100 * cost.idle() / cost.total() : 0;
    }
}
