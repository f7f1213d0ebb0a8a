package org.hpcsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hpcsim.reports.data.RunOutput;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison set: a bar chart per metric, then the two trade-offs (in dollars when every run has a cost), under charts/. */
class ComparisonChartsTest {
    @TempDir
    Path dir;

    @Test
    void shouldWriteABarChartPerMetricThenTheTradeOffs() {
        List<Path> files = ComparisonCharts.writeAll(ChartFixtures.comparison(), dir);
        List<String> names = files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toList());
        assertEquals(List.of("compare-mean-wait.png", "compare-mean-wait.svg", "compare-p95-wait.png",
                "compare-p95-wait.svg", "compare-utilization.png", "compare-utilization.svg",
                "compare-mean-bounded-slowdown.png", "compare-mean-bounded-slowdown.svg", "compare-makespan.png",
                "compare-makespan.svg", "tradeoff-node-hours-mean-wait.png", "tradeoff-node-hours-mean-wait.svg",
                "tradeoff-node-hours-makespan.png", "tradeoff-node-hours-makespan.svg"), names);
        files.forEach(f -> assertEquals(dir.resolve("charts"), f.getParent()));
        ChartChecks.assertWritten(files);
    }

    @Test
    void shouldPutTotalCostOnTheTradeOffsXAxisWhenEveryRunHasACost() {
        List<RunOutput> runs = ChartFixtures.comparison().stream().map(r -> ChartFixtures.priced(r, 3.888, 0)).toList();
        List<String> names = ComparisonCharts.writeAll(runs, dir).stream().map(p -> p.getFileName().toString())
                .toList();
        assertEquals(List.of("tradeoff-cost-mean-wait.png", "tradeoff-cost-mean-wait.svg",
                "tradeoff-cost-makespan.png", "tradeoff-cost-makespan.svg"), names.subList(10, 14));
        JFreeChart chart = TradeOffChart.create(runs, TradeOffChart::totalCost, TradeOffChart.COST_LABEL,
                ComparisonMetric.MEAN_WAIT);
        assertEquals("Total cost (US$)", chart.getXYPlot().getDomainAxis().getLabel());
    }

    @Test
    void shouldKeepNodeHoursWhenARunHasNoCost() {
        List<RunOutput> runs = new ArrayList<>(ChartFixtures.comparison());
        runs.set(1, ChartFixtures.priced(runs.get(1), 2, 0));
        List<String> names = ComparisonCharts.writeAll(runs, dir).stream().map(p -> p.getFileName().toString())
                .toList();
        assertEquals(List.of("tradeoff-node-hours-mean-wait.png", "tradeoff-node-hours-mean-wait.svg",
                "tradeoff-node-hours-makespan.png", "tradeoff-node-hours-makespan.svg"), names.subList(10, 14));
    }

    @Test
    void shouldWriteNothingForNoRuns() {
        assertTrue(ComparisonCharts.writeAll(List.of(), dir).isEmpty());
    }
}
