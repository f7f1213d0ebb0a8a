package org.hpcsim.reports.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.hpcsim.reports.charts.ChartFiles;
import org.hpcsim.reports.charts.RunCharts;
import org.hpcsim.reports.compare.HeadlineMetric;
import org.jfree.chart.JFreeChart;

/**
 * Writes the charts of a sweep's results into its {@code charts/} folder: the cost against p95
 * wait trade-off, heat maps over the first two parameters, and each key metric against each
 * parameter that varies.
 */
public final class SweepCharts {
    /** Charts written at most (each as PNG and SVG): a sweep of many parameters would otherwise draw for minutes. */
    static final int MAX_CHARTS = 40;

    /** The metrics drawn against each parameter, in order: the waits, slowdown, utilization, then cost. */
    static final List<HeadlineMetric> KEY_METRICS = List.of(HeadlineMetric.P95_WAIT, HeadlineMetric.MEAN_WAIT,
            HeadlineMetric.MEAN_BOUNDED_SLOWDOWN, HeadlineMetric.UTILIZATION, HeadlineMetric.TOTAL_COST);

    /**
     * A chart to write.
     *
     * @param name  its file name without extension
     * @param chart draws it, only when it is written
     */
    record Planned(String name, Supplier<JFreeChart> chart) {}

    private SweepCharts() {}

    /**
     * Writes {@link #plan}'s charts into {@code dir}/charts/, as PNG and SVG; returns the files
     * written in that order, PNG before SVG.
     */
    public static List<Path> writeAll(SweepTable table, Path dir) {
        Path out = dir.resolve(RunCharts.FOLDER);
        List<Path> files = new ArrayList<>();
        for (Planned p : plan(table)) {
            files.addAll(ChartFiles.write(p.chart().get(), out.resolve(p.name()), ChartFiles.WIDTH, ChartFiles.HEIGHT));
        }
        return files;
    }

    /**
     * The first {@value #MAX_CHARTS} charts that apply to {@code table}, most telling first:
     * tradeoff-cost-p95-wait when a point has a cost; heatmap-&lt;metric&gt;-&lt;x&gt;-&lt;y&gt; of
     * p95 wait and of total cost, each when a point has it, if {@link HeatMapChart#applies}; then for each
     * parameter that varies, in the sweep's order, &lt;metric&gt;-by-&lt;parameter&gt; for each
     * key metric some point has, as lines with bands for numbers, bars otherwise.
     */
    static List<Planned> plan(SweepTable table) {
        List<Planned> plan = new ArrayList<>();
        if (SweepTradeOffChart.applies(table)) {
            plan.add(new Planned("tradeoff-cost-p95-wait", () -> SweepTradeOffChart.create(table)));
        }
        if (HeatMapChart.applies(table)) {
            String grid = "-" + fileName(table.parameters().get(0)) + "-" + fileName(table.parameters().get(1));
            for (HeadlineMetric m : List.of(HeadlineMetric.P95_WAIT, HeadlineMetric.TOTAL_COST)) {
                if (has(table, m)) {
                    plan.add(new Planned("heatmap-" + fileName(m.key()) + grid, () -> HeatMapChart.create(table, m)));
                }
            }
        }
        for (String p : table.parameters()) {
            ParameterLevels x = ParameterLevels.of(table, p);
            if (!x.varies()) {
                continue;
            }
            for (HeadlineMetric m : KEY_METRICS) {
                if (!has(table, m)) {
                    continue;
                }
                String name = fileName(m.key()) + "-by-" + fileName(p);
                plan.add(new Planned(name, x.numeric() ? () -> MetricLineChart.create(table, x, m)
                        : () -> MetricBarChart.create(table, x, m)));
            }
        }
        return unique(plan.subList(0, Math.min(MAX_CHARTS, plan.size())));
    }

    /** Whether some point of {@code table} has a value of {@code metric}. */
    private static boolean has(SweepTable table, HeadlineMetric metric) {
        return table.rows().stream().anyMatch(r -> r.metric(metric).n() > 0);
    }

    /** {@code text} fit for a file name: camelCase split by dashes, all but letters, digits and ._- made dashes. */
    static String fileName(String text) {
        return text.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("[^A-Za-z0-9._-]", "-")
                .toLowerCase(Locale.ROOT);
    }

    // Parameters that differ only in case or in characters a file name cannot hold would
    // otherwise overwrite each other's charts.
    private static List<Planned> unique(List<Planned> plan) {
        Set<String> used = new HashSet<>();
        List<Planned> out = new ArrayList<>();
        for (Planned p : plan) {
            String name = p.name();
            for (int k = 2; !used.add(name); k++) {
                name = p.name() + "-" + k;
            }
            out.add(new Planned(name, p.chart()));
        }
        return out;
    }
}
