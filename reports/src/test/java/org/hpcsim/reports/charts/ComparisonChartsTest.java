package org.hpcsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison set: a bar chart per metric, then the two trade-offs, under charts/. */
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
    void shouldWriteNothingForNoRuns() {
        assertTrue(ComparisonCharts.writeAll(List.of(), dir).isEmpty());
    }
}
