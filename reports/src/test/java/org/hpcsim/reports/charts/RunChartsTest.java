package org.hpcsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.hpcsim.reports.data.RunOutput;
import org.hpcsim.reports.data.RunOutput.ClusterShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All the charts that apply to a run, in a fixed order, under charts/; the rest skipped. */
class RunChartsTest {
    @TempDir
    Path dir;

    private static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toList());
    }

    @Test
    void shouldWriteEveryChartOfASmallRunInOrder() {
        RunOutput run = ChartFixtures.run("r", "fcfs", 32, 2, 200, 4);
        List<Path> files = RunCharts.writeAll(run, dir);
        assertEquals(List.of("utilization.png", "utilization.svg", "queue.png", "queue.svg", "wait-cdf.png",
                "wait-cdf.svg", "slowdown-by-size.png", "slowdown-by-size.svg", "gantt.png", "gantt.svg"), names(files));
        files.forEach(f -> assertEquals(dir.resolve("charts"), f.getParent()));
        ChartChecks.assertWritten(files);
    }

    @Test
    void shouldAddTheCostChartsAfterQueueOnlyForARunWithACost() {
        RunOutput run = ChartFixtures.priced(ChartFixtures.run("r", "fcfs", 32, 0, 100, 4), 3.888, 0);
        List<Path> files = RunCharts.writeAll(run, dir);
        assertEquals(List.of("utilization.png", "utilization.svg", "queue.png", "queue.svg", "cost-rate.png",
                "cost-rate.svg", "cost-cumulative.png", "cost-cumulative.svg", "wait-cdf.png", "wait-cdf.svg",
                "slowdown-by-size.png", "slowdown-by-size.svg", "gantt.png", "gantt.svg"), names(files));
        ChartChecks.assertWritten(files);
        RunOutput noSeries = new RunOutput(run.dir(), "r", "fcfs", run.cluster(), run.scenario(), run.workload(),
                run.metrics(), run.jobs(), List.of(), run.cost());
        assertEquals(List.of("wait-cdf.png", "wait-cdf.svg", "slowdown-by-size.png", "slowdown-by-size.svg",
                "gantt.png", "gantt.svg"), names(RunCharts.writeAll(noSeries, dir.resolve("a"))),
                "no time series, no cost over time");
    }

    @Test
    void shouldSkipTheGanttChartOfABigCluster() {
        RunOutput small = ChartFixtures.run("r", "fcfs", 32, 0, 50, 4);
        RunOutput big = new RunOutput(small.dir(), "big", "fcfs", new ClusterShape(1024, 8, 0, "node"),
                small.scenario(), small.workload(), small.metrics(), small.jobs(), small.series());
        List<String> names = names(RunCharts.writeAll(big, dir));
        assertEquals(8, names.size());
        assertEquals("slowdown-by-size.svg", names.get(7));
    }

    @Test
    void shouldSkipChartsOfDataTheRunDidNotWrite() {
        RunOutput full = ChartFixtures.run("r", "fcfs", 16, 0, 50, 4);
        RunOutput noSeries = new RunOutput(full.dir(), "r", "fcfs", full.cluster(), full.scenario(), full.workload(),
                full.metrics(), full.jobs(), List.of());
        assertEquals(List.of("wait-cdf.png", "wait-cdf.svg", "slowdown-by-size.png", "slowdown-by-size.svg",
                "gantt.png", "gantt.svg"), names(RunCharts.writeAll(noSeries, dir.resolve("a"))));
        RunOutput noJobs = new RunOutput(full.dir(), "r", "fcfs", full.cluster(), full.scenario(), full.workload(),
                full.metrics(), List.of(), full.series());
        assertEquals(List.of("utilization.png", "utilization.svg", "queue.png", "queue.svg"),
                names(RunCharts.writeAll(noJobs, dir.resolve("b"))));
    }
}
