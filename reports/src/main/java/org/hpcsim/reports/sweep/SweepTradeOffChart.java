package org.hpcsim.reports.sweep;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.reports.charts.ChartStyle;
import org.hpcsim.reports.charts.TradeOffChart;
import org.hpcsim.reports.compare.HeadlineMetric;
import org.jfree.chart.JFreeChart;

/**
 * A sweep's points placed by mean total cost (x) against mean p95 wait (y), with the Pareto front
 * (points no other point beats on both) joined and each of its points labelled with its parameter
 * values; the other points go unlabelled, as a sweep may have hundreds.
 */
final class SweepTradeOffChart {
    /** Series key of the points off the front. */
    static final String OTHERS = "Other points";

    private SweepTradeOffChart() {}

    /** Whether some point of {@code table} has both a cost and a p95 wait: without pricing there is no trade-off. */
    static boolean applies(SweepTable table) {
        return table.rows().stream().anyMatch(r -> r.metric(HeadlineMetric.TOTAL_COST).n() > 0
                && r.metric(HeadlineMetric.P95_WAIT).n() > 0);
    }

    /** The chart; points without a cost or a p95 wait are left out. */
    static JFreeChart create(SweepTable table) {
        ChartStyle.ensureHeadless();
        List<String> varying = PointGroups.varying(table);
        List<String> names = new ArrayList<>();
        int n = table.rows().size();
        double[] cost = new double[n];
        double[] wait = new double[n];
        double largest = 0;
        for (int i = 0; i < n; i++) {
            SweepTable.Row row = table.rows().get(i);
            names.add(PointGroups.label(row, varying.isEmpty() ? table.parameters() : varying));
            cost[i] = row.metric(HeadlineMetric.TOTAL_COST).mean();
            wait[i] = row.metric(HeadlineMetric.P95_WAIT).mean();
            if (Double.isFinite(cost[i]) && Double.isFinite(wait[i])) {
                largest = Math.max(largest, wait[i]);
            }
        }
        MetricAxis axis = MetricAxis.of(HeadlineMetric.P95_WAIT, largest);
        for (int i = 0; i < n; i++) {
            wait[i] = axis.shown(wait[i]);
        }
        JFreeChart chart = ChartStyle.chart("Total cost against p95 wait", TradeOffChart.plot(names, cost, wait,
                TradeOffChart.COST_LABEL, axis.label(), new TradeOffChart.Dominated(OTHERS, false)), true);
        ChartStyle.subtitle(chart, table.name() + ": means over each point's replications; lower and further left is"
                + " better; the front joins the points no other point beats on both");
        return chart;
    }
}
