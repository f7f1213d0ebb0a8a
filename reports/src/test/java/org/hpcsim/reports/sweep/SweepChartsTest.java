package org.hpcsim.reports.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hpcsim.reports.charts.ChartChecks;
import org.hpcsim.reports.charts.ChartFiles;
import org.hpcsim.reports.compare.HeadlineMetric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which charts a sweep gets, under which names, capped, and drawn the same way twice. */
class SweepChartsTest {
    @TempDir
    Path dir;

    /** nodes (numeric) x policy (categorical) x a constant, with p95 wait only, and cost when priced. */
    private static SweepTable table(boolean priced) {
        List<SweepFixtures.Point> points = new ArrayList<>();
        for (int nodes : List.of(8, 16, 32)) {
            for (String policy : List.of("fcfs", "easy")) {
                SweepFixtures.Point p = SweepFixtures.point("nodes", nodes, "policy", policy, "seed_mode", "common")
                        .metric(HeadlineMetric.P95_WAIT, 1000.0 / nodes, 1200.0 / nodes);
                if (priced) {
                    p.metric(HeadlineMetric.TOTAL_COST, nodes * 3.5, nodes * 3.6);
                }
                points.add(p);
            }
        }
        return SweepFixtures.table("study", points);
    }

    private static List<String> names(SweepTable t) {
        return SweepCharts.plan(t).stream().map(SweepCharts.Planned::name).toList();
    }

    @Test
    void shouldPlanTradeOffHeatMapsThenEachMetricPresentAgainstEachVaryingParameter() {
        assertEquals(List.of("tradeoff-cost-p95-wait", "heatmap-p95-wait-nodes-policy",
                "heatmap-total-cost-nodes-policy", "p95-wait-by-nodes", "total-cost-by-nodes", "p95-wait-by-policy", "total-cost-by-policy"),
                names(table(true)));
    }

    @Test
    void shouldPlanNoCostChartsWithoutPricing() {
        assertEquals(List.of("heatmap-p95-wait-nodes-policy", "p95-wait-by-nodes", "p95-wait-by-policy"),
                names(table(false)));
    }

    @Test
    void shouldDrawNumbersAsLinesAndOtherValuesAsBars() {
        Map<String, SweepCharts.Planned> plan = new java.util.LinkedHashMap<>();
        SweepCharts.plan(table(false)).forEach(p -> plan.put(p.name(), p));
        assertTrue(plan.get("p95-wait-by-nodes").chart().get().getPlot() instanceof org.jfree.chart.plot.XYPlot);
        assertTrue(plan.get("p95-wait-by-policy").chart().get().getPlot()
                instanceof org.jfree.chart.plot.CategoryPlot);
    }

    @Test
    void shouldCapTheChartsKeepingTheSummaryChartsFirst() {
        List<SweepFixtures.Point> points = new ArrayList<>();
        // Ten parameters of two values each, all metrics present: 10 x 5 charts against parameters.
        for (int i = 0; i < 4; i++) {
            SweepFixtures.Point p = new SweepFixtures.Point();
            for (int k = 0; k < 10; k++) {
                p.with("p" + k, (i >> (k % 2)) & 1);
            }
            for (HeadlineMetric m : SweepCharts.KEY_METRICS) {
                p.metric(m, i + 1);
            }
            points.add(p);
        }
        List<String> names = names(SweepFixtures.table("big", points));
        assertEquals(SweepCharts.MAX_CHARTS, names.size());
        assertEquals(List.of("tradeoff-cost-p95-wait", "heatmap-p95-wait-p0-p1", "heatmap-total-cost-p0-p1",
                "p95-wait-by-p0"), names.subList(0, 4));
    }

    @Test
    void shouldGiveParametersWhoseNamesClashInAFileNameChartsOfTheirOwn() {
        SweepTable t = SweepFixtures.table("clash", List.of(
                SweepFixtures.point("Nodes", 1, "nodes", 1).metric(HeadlineMetric.P95_WAIT, 1),
                SweepFixtures.point("Nodes", 2, "nodes", 3).metric(HeadlineMetric.P95_WAIT, 2)));
        assertEquals(List.of("heatmap-p95-wait-nodes-nodes", "p95-wait-by-nodes", "p95-wait-by-nodes-2"), names(t));
    }

    @Test
    void shouldSplitCamelCaseKeysIntoFileNames() {
        assertEquals("mean-bounded-slowdown", SweepCharts.fileName(HeadlineMetric.MEAN_BOUNDED_SLOWDOWN.key()));
        assertEquals("bf_window", SweepCharts.fileName("bf_window"));
        assertEquals("a-b", SweepCharts.fileName("a/b"));
    }

    @Test
    void shouldDrawEachKindOfChartIdenticallyTwice() throws IOException {
        SweepTable t = table(true);
        for (SweepCharts.Planned p : SweepCharts.plan(t)) {
            if (!List.of("tradeoff-cost-p95-wait", "heatmap-p95-wait-nodes-policy", "p95-wait-by-nodes",
                    "p95-wait-by-policy").contains(p.name())) {
                continue;
            }
            List<Path> first = ChartFiles.write(p.chart().get(), dir.resolve("one").resolve(p.name()),
                    ChartFiles.WIDTH, ChartFiles.HEIGHT);
            List<Path> second = ChartFiles.write(p.chart().get(), dir.resolve("two").resolve(p.name()),
                    ChartFiles.WIDTH, ChartFiles.HEIGHT);
            ChartChecks.assertWritten(first);
            for (int i = 0; i < first.size(); i++) {
                assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)),
                        second.get(i) + " differs from " + first.get(i));
            }
        }
        try (Stream<Path> files = Files.list(dir.resolve("one"))) {
            assertEquals(8, files.count(), "four charts, PNG and SVG each");
        }
    }
}
