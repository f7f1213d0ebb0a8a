package org.hpcsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hpcsim.reports.data.RunOutput;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same data drawn twice gives the same bytes, in both formats, and no temporary files stay behind. */
class ChartFilesTest {
    @TempDir
    Path dir;

    private void assertSameBytesTwice(String name, Supplier<JFreeChart> chart) throws IOException {
        List<Path> first = ChartChecks.write(chart.get(), dir.resolve("one"), name);
        List<Path> second = ChartChecks.write(chart.get(), dir.resolve("two"), name);
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)),
                    second.get(i) + " differs from " + first.get(i));
        }
    }

    @Test
    void shouldDrawEveryChartIdenticallyTwice() throws IOException {
        RunOutput run = ChartFixtures.run("d", "fcfs", 32, 2, 300, 9);
        List<RunOutput> runs = ChartFixtures.comparison();
        assertSameBytesTwice("utilization", () -> UtilizationChart.create(run.series(), run.cluster()));
        assertSameBytesTwice("queue", () -> QueueChart.create(run.series()));
        assertSameBytesTwice("cdf", () -> WaitCdfChart.create(run.jobs(), true));
        assertSameBytesTwice("slowdown", () -> SlowdownBySizeChart.create(run.jobs()));
        assertSameBytesTwice("gantt", () -> GanttChart.create(run.jobs(), run.cluster()));
        assertSameBytesTwice("compare", () -> ComparisonChart.create(runs, ComparisonMetric.MEAN_WAIT));
        assertSameBytesTwice("tradeoff", () -> TradeOffChart.create(runs, TradeOffChart::nodeHours, "x",
                ComparisonMetric.MEAN_WAIT));
        RunOutput priced = ChartFixtures.priced(run, 3.888, 0.65);
        assertSameBytesTwice("cost-rate", () -> CostChart.rate(priced.series(), priced.cluster(), priced.cost()));
        assertSameBytesTwice("cost-cumulative",
                () -> CostChart.cumulative(priced.series(), priced.cluster(), priced.cost()));
        List<RunOutput> pricedRuns = runs.stream().map(r -> ChartFixtures.priced(r, 2, 0)).toList();
        assertSameBytesTwice("tradeoff-cost", () -> TradeOffChart.create(pricedRuns, TradeOffChart::totalCost,
                TradeOffChart.COST_LABEL, ComparisonMetric.MAKESPAN));
    }

    @Test
    void shouldLeaveOnlyTheTwoFilesAndReplaceEarlierOnes() throws IOException {
        RunOutput run = ChartFixtures.run("d", "fcfs", 8, 0, 50, 9);
        ChartChecks.write(QueueChart.create(run.series()), dir, "queue");
        List<Path> files = ChartChecks.write(QueueChart.create(run.series()), dir, "queue");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("queue.png", "queue.svg"),
                    s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()));
        }
        ChartChecks.assertWritten(files);
        String svg = Files.readString(files.get(1));
        assertFalse(svg.contains("<!DOCTYPE"), "no external DTD to fetch");
    }

    @Test
    void shouldRefuseANonPositiveSize() {
        RunOutput run = ChartFixtures.run("d", "fcfs", 8, 0, 20, 9);
        assertThrows(IllegalArgumentException.class,
                () -> ChartFiles.write(QueueChart.create(run.series()), dir.resolve("q"), 0, 900));
    }
}
