package org.hpcsim.reports.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.reports.data.RunOutput;

/** Writes the charts comparing several runs into a comparison's {@code charts/} folder. */
public final class ComparisonCharts {
    private ComparisonCharts() {}

    /**
     * Writes into {@code dir}/charts/, as PNG and SVG: one bar chart per {@link ComparisonMetric}
     * (compare-&lt;metric&gt;), then trade-offs of node-hours provisioned against mean wait and
     * against makespan (tradeoff-node-hours-&lt;metric&gt;). Returns the files written in that
     * order, PNG before SVG; nothing for no runs.
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
        for (ComparisonMetric m : List.of(ComparisonMetric.MEAN_WAIT, ComparisonMetric.MAKESPAN)) {
            files.addAll(ChartFiles.write(
                    TradeOffChart.create(runs, TradeOffChart::nodeHours, TradeOffChart.NODE_HOURS_LABEL, m),
                    out.resolve("tradeoff-node-hours-" + m.fileName()), ChartFiles.WIDTH, ChartFiles.HEIGHT));
        }
        return files;
    }
}
