package org.hpcsim.reports.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.hpcsim.reports.data.RunOutput;

/** Writes the charts comparing several runs into a comparison's {@code charts/} folder. */
public final class ComparisonCharts {
    private ComparisonCharts() {}

    /**
     * Writes into {@code dir}/charts/, as PNG and SVG: one bar chart per {@link ComparisonMetric}
     * (compare-&lt;metric&gt;), then trade-offs of cost against mean wait and against makespan.
     * The cost is the total in US dollars when every run has one (tradeoff-cost-&lt;metric&gt;),
     * else node-hours provisioned (tradeoff-node-hours-&lt;metric&gt;). Returns the files written
     * in that order, PNG before SVG; nothing for no runs.
     */
    public static List<Path> writeAll(List<RunOutput> runs, Path dir) {
        List<Path> files = new ArrayList<>();
        if (runs.isEmpty()) {
            return files;
        }
        Path out = dir.resolve(RunCharts.FOLDER);
        for (ComparisonMetric m : ComparisonMetric.values()) {
            files.addAll(ChartFiles.write(ComparisonChart.create(runs, m), out.resolve("compare-" + m.fileName()),
                    ChartFiles.WIDTH, ChartFiles.HEIGHT));
        }
        // Dollars only when every run has them: a run left out of the chart would be worse than node-hours.
        boolean priced = runs.stream().allMatch(r -> r.cost() != null);
        ToDoubleFunction<RunOutput> cost = priced ? TradeOffChart::totalCost : TradeOffChart::nodeHours;
        String label = priced ? TradeOffChart.COST_LABEL : TradeOffChart.NODE_HOURS_LABEL;
        String prefix = priced ? "tradeoff-cost-" : "tradeoff-node-hours-";
        for (ComparisonMetric m : List.of(ComparisonMetric.MEAN_WAIT, ComparisonMetric.MAKESPAN)) {
            files.addAll(ChartFiles.write(TradeOffChart.create(runs, cost, label, m),
                    out.resolve(prefix + m.fileName()), ChartFiles.WIDTH, ChartFiles.HEIGHT));
        }
        return files;
    }
}
