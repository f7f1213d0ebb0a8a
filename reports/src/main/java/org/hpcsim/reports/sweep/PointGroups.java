package org.hpcsim.reports.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.reports.charts.ChartStyle;
import org.hpcsim.reports.compare.HeadlineMetric;
import org.jfree.chart.JFreeChart;

/**
 * A sweep's points with a value of one metric, split by the values of the other parameters that
 * vary, so that a chart against the one parameter draws each combination as its own series.
 * Groups are in order of their first point; past {@link #MAX_SERIES} the rest are left out.
 *
 * @param by     the other parameters that vary, in the sweep's order (empty: one group of every point)
 * @param groups the groups drawn
 * @param total  how many groups there are, drawn or not
 * @param pooled whether every point is in one group although others vary: in a random or Latin
 *               hypercube design nearly every point has a combination of its own, so series per
 *               combination would be single points
 */
record PointGroups(List<String> by, List<Group> groups, int total, boolean pooled) {
    /** Series a chart draws at most: past the palette's eight colours they could not be told apart. */
    static final int MAX_SERIES = 8;

    PointGroups {
        by = List.copyOf(by);
        groups = List.copyOf(groups);
    }

    /**
     * One combination of the other parameters' values.
     *
     * @param label the combination, such as {@code policy=easy, bf_window=60}; empty when nothing else varies
     * @param rows  its points, in point order
     */
    record Group(String label, List<SweepTable.Row> rows) {}

    /**
     * The points of {@code table} with {@code metric}, grouped by every varying parameter but
     * {@code parameter}; pooled into one group, when {@code mayPool}, if there are more
     * combinations than series and most of them hold a single point.
     */
    static PointGroups of(SweepTable table, String parameter, HeadlineMetric metric, boolean mayPool) {
        List<String> by = new ArrayList<>(varying(table));
        by.remove(parameter);
        Map<String, List<SweepTable.Row>> groups = new LinkedHashMap<>();
        for (SweepTable.Row row : table.rows()) {
            if (row.metric(metric).n() > 0) {
                groups.computeIfAbsent(label(row, by), k -> new ArrayList<>()).add(row);
            }
        }
        int rows = groups.values().stream().mapToInt(List::size).sum();
        if (mayPool && groups.size() > MAX_SERIES && 2 * groups.size() > rows) {
            List<SweepTable.Row> all = new ArrayList<>();
            groups.values().forEach(all::addAll);
            all.sort((a, b) -> Integer.compare(a.index(), b.index()));
            return new PointGroups(by, List.of(new Group("", all)), 1, true);
        }
        List<Group> drawn = new ArrayList<>();
        for (Map.Entry<String, List<SweepTable.Row>> e : groups.entrySet()) {
            if (drawn.size() == MAX_SERIES) {
                break;
            }
            drawn.add(new Group(e.getKey(), e.getValue()));
        }
        return new PointGroups(by, drawn, groups.size(), false);
    }

    /** Whether some groups are left out. */
    boolean capped() {
        return total > groups.size();
    }

    /**
     * Subtitles {@code chart} of study {@code study} with what it draws, the interval drawn as
     * {@code interval} ("shaded", "error bars"), and, when groups are left out, which.
     */
    void describe(JFreeChart chart, String study, String interval) {
        ChartStyle.subtitle(chart, study + ": mean over each point's replications; " + interval + ": its "
                + Math.round(100 * MetricSummary.CONFIDENCE) + "% confidence interval");
        if (pooled) {
            ChartStyle.subtitle(chart, "Every point, as " + String.join(", ", by) + " vary too (a sampled design):"
                    + " the spread around the trend is theirs");
        }
        if (capped()) {
            ChartStyle.subtitle(chart, "Showing the first " + groups.size() + " of " + total + " combinations of "
                    + String.join(", ", by) + ", in point order; all are in sweep.csv");
        }
    }

    /** The largest high end of {@code metric}'s interval over the points drawn; 0 when there are none. */
    double largestHigh(HeadlineMetric metric) {
        double largest = 0;
        for (Group g : groups) {
            for (SweepTable.Row row : g.rows()) {
                largest = Math.max(largest, row.metric(metric).high());
            }
        }
        return largest;
    }

    /** The point's values of {@code parameters} as {@code a=1, b=fcfs}. */
    static String label(SweepTable.Row row, List<String> parameters) {
        StringBuilder sb = new StringBuilder();
        for (String p : parameters) {
            sb.append(sb.length() == 0 ? "" : ", ").append(p).append('=').append(row.parameters().get(p));
        }
        return sb.toString();
    }

    /** The parameters of {@code table} that take two values or more, in the sweep's order. */
    static List<String> varying(SweepTable table) {
        List<String> varying = new ArrayList<>();
        for (String p : table.parameters()) {
            if (ParameterLevels.of(table, p).varies()) {
                varying.add(p);
            }
        }
        return varying;
    }
}
