package org.hpcsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.cloud.CostReport;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.reports.charts.CostChart;
import org.hpcsim.reports.data.OutputFolder;
import org.hpcsim.reports.data.RunOutput;
import org.hpcsim.scenarios.run.RunReport;
import org.hpcsim.scenarios.run.ScenarioRunner;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.OutputSpec;
import org.hpcsim.scenarios.spec.PoissonSpec;
import org.hpcsim.scenarios.spec.PolicyName;
import org.hpcsim.scenarios.spec.PricingSpec;
import org.hpcsim.scenarios.spec.Scenario;
import org.hpcsim.scenarios.spec.SchedulerSpec;
import org.hpcsim.scenarios.spec.StorageSpec;
import org.hpcsim.scenarios.spec.WorkloadSpec;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cost end to end, from a scenario through ScenarioRunner to the files: summary.json's cost is
 * what jobs.csv's cost_usd column adds up to plus the idle cost, and a run without pricing has no
 * cost at all.
 */
class CostOutputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static Scenario scenario(ClusterSpec cluster, WorkloadSpec workload) {
        return new Scenario("cost", 5, cluster, new SchedulerSpec(PolicyName.EASY, true), workload,
                OutputSpec.defaults());
    }

    /** Runs {@code s} as {@code hpcsim run} does, into {@code dir}. */
    private static RunReport run(Scenario s, Path dir) {
        OutputWriters outputs = new OutputWriters(dir, s.outputs());
        try (outputs) {
            RunReport report = ScenarioRunner.run(s, Path.of("."), outputs::observers);
            outputs.commit(report);
            return report;
        }
    }

    /** The cost_usd column of jobs.csv: each cell, "" where empty. */
    private static List<String> costCells(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("jobs.csv"));
        int column = List.of(lines.get(0).split(",")).indexOf("cost_usd");
        assertTrue(column >= 0, lines.get(0));
        // No label in these runs holds a comma, so a plain split finds the column.
        return lines.stream().skip(1).map(l -> l.split(",", -1)[column]).toList();
    }

    private static void assertAddsUp(Path dir) throws IOException {
        JsonNode cost = JSON.readTree(dir.resolve("summary.json").toFile()).get("cost");
        double jobs = costCells(dir).stream().mapToDouble(Double::parseDouble).sum();
        double total = cost.get("total").asDouble();
        assertTrue(total > 0, "a priced run costs something");
        assertEquals(total, jobs + cost.get("idle").asDouble(), 1e-6 * total, "jobs' cost + idle = total");
        assertEquals(cost.get("busy").asDouble(), jobs, 1e-6 * total, "jobs' cost = busy");
        assertEquals(cost.get("nodeHours").asDouble() * cost.get("perNodeHour").asDouble(), total, 1e-9 * total);
        for (String by : List.of("byUser", "byAccount")) {
            double sum = 0;
            for (JsonNode share : cost.get(by)) {
                sum += share.get("cost").asDouble();
            }
            assertEquals(cost.get("busy").asDouble(), sum, 1e-9 * total, by + " adds up to busy");
        }
    }

    @Test
    void shouldAddJobsCostsAndIdleUpToTheTotalOfASpotCluster() throws IOException {
        // 24 c5n.18xlarge-sized nodes shared by core: 36 cores each, Spot at 65 % off $3.888.
        ClusterSpec cluster = new ClusterSpec(24, 36, 0, AllocationUnit.CORE, "c5n.18xlarge",
                new PricingSpec("spot", 0, 0.65));
        Path dir = tmp.resolve("spot");
        RunReport report = run(scenario(cluster, WorkloadSpec.ofSynthetic(PoissonSpec.defaults(400, 0.8))), dir);
        assertEquals(3.888 * 0.35, report.cost().perNodeHour(), 1e-12);
        assertTrue(report.cost().spot());
        assertAddsUp(dir);
        assertTrue(costCells(dir).stream().allMatch(c -> c.matches("\\d+(\\.\\d{1,6})?")), "at most six decimals");

        RunOutput read = OutputFolder.read(dir);
        assertEquals(report.cost(), read.cost(), "summary.json reads back to the same report");
        // The cumulative cost chart drawn from timeseries.csv ends at the same totals (its busy
        // cores are rounded to 3 decimals, hence the looser tolerance).
        CostReport c = read.cost();
        XYDataset d = CostChart.cumulative(read.series(), read.cluster(), c).getXYPlot().getDataset();
        assertEquals(c.total(), d.getYValue(0, d.getItemCount(0) - 1), 1e-9 * c.total());
        assertEquals(c.busy(), d.getYValue(1, d.getItemCount(1) - 1), 1e-5 * c.busy());
    }

    @Test
    void shouldAddUpPerUserOnTheHpc2nTraceWithWholeNodes() throws IOException {
        Path fromModule = Path.of("..", "..", "shared", "data", "traces", "hpc2n-sample.swf");
        Path trace = Files.exists(fromModule) ? fromModule : Path.of("..", "shared", "data", "traces",
                "hpc2n-sample.swf");
        assumeTrue(Files.isRegularFile(trace), "trace not present: " + trace.toAbsolutePath());
        // 120 nodes of 2 cores at $0.50 an hour each, whole-node allocation: 3,145 jobs of 17 users.
        ClusterSpec cluster = new ClusterSpec(120, 2, 0, AllocationUnit.NODE, null, new PricingSpec("ondemand", 0.5, 0));
        Path dir = tmp.resolve("hpc2n");
        RunReport report = run(scenario(cluster, WorkloadSpec.ofTrace(trace.toAbsolutePath().toString())), dir);
        assertAddsUp(dir);
        assertEquals(17, report.cost().byUser().size());
        assertFalse(report.cost().spot());
        // Whole nodes: every job pays for all cores of its nodes, so the busy cost is the
        // node-hours its units held.
        double nodeSeconds = 0;
        for (String line : Files.readAllLines(dir.resolve("jobs.csv")).subList(1, (int) report.metrics().jobs() + 1)) {
            String[] f = line.split(",", -1);
            nodeSeconds += Double.parseDouble(f[5]) * Double.parseDouble(f[10]);
        }
        assertEquals(nodeSeconds / 3600 * 0.5, report.cost().busy(), 1e-9 * report.cost().busy());
    }

    @Test
    void shouldReadAnOlderSummaryWithoutTheNewCostKeys() throws IOException {
        Path dir = tmp.resolve("old");
        RunReport report = run(scenario(new ClusterSpec(8, 4, 0, AllocationUnit.NODE, null,
                new PricingSpec("ondemand", 2, 0)), WorkloadSpec.ofSynthetic(PoissonSpec.defaults(100, 0.8))), dir);
        // The cost section as hpcsim wrote it before booting, capacities, storage and waste.
        ObjectNode root = (ObjectNode) JSON.readTree(dir.resolve("summary.json").toFile());
        ObjectNode cost = (ObjectNode) root.get("cost");
        List<String> old = List.of("currency", "perNodeHour", "onDemandPerNodeHour", "spot", "nodeHours",
                "busyNodeHours", "idleNodeHours", "total", "busy", "idle", "byUser", "byAccount");
        cost.retain(old);
        JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("summary.json").toFile(), root);
        CostReport c = report.cost();
        CostReport read = OutputFolder.read(dir).cost();
        assertEquals(new CostReport(c.currency(), c.perNodeHour(), c.onDemandPerNodeHour(), c.spot(), c.nodeHours(),
                c.busyNodeHours(), c.idleNodeHours(), c.total(), c.busy(), c.idle(), c.byUser(), c.byAccount(), 0, 0, 0,
                0, 0, 0, 0, List.of(), 0, 0, 0), read);
        assertEquals(c.total(), read.computeCost(), 0, "no storage: the nodes are the whole cost");
    }

    @Test
    void shouldFollowASpotPriceSeriesInTheTimeSeriesAndTheTotal() throws IOException {
        // 2 whole 4-core Spot nodes at $1 per node-hour until 3600 s, $3 after; one job of 1 node
        // from 0 to 7200 s; steps of 1800 s. Cost rate: $2 per hour, then $6; total $8, job $4.
        Path prices = Files.writeString(tmp.resolve("prices.csv"), "0,1\n3600,3\n");
        Path trace = Files.writeString(tmp.resolve("one.swf"), "1 0 -1 7200 4 -1 -1 4 7200 -1 1 3 4 -1 -1 5 -1 -1\n");
        ClusterSpec cluster = new ClusterSpec(2, 4, 0, AllocationUnit.NODE, null,
                new PricingSpec("spot", 4, 0, prices.toString()));
        Scenario s = new Scenario("series", 1, cluster, new SchedulerSpec(PolicyName.FCFS, true),
                WorkloadSpec.ofTrace(trace.toString()), new OutputSpec(null, true, true, 1800));
        Path dir = tmp.resolve("series");
        RunReport report = run(s, dir);
        assertEquals(8.0, report.cost().total(), 1e-9);
        assertTrue(TerminalSummary.render(report).contains("| cost (idle share) | $8.00 (50.0 % idle), Spot |"),
                TerminalSummary.render(report));
        assertAddsUp(dir);
        List<String> rows = Files.readAllLines(dir.resolve("timeseries.csv"));
        List<String> rates = rows.stream().skip(1).map(l -> l.substring(l.lastIndexOf(',') + 1)).toList();
        assertEquals(List.of("2", "2", "6", "6"), rates);
        RunOutput read = OutputFolder.read(dir);
        XYDataset d = CostChart.cumulative(read.series(), read.cluster(), read.cost()).getXYPlot().getDataset();
        assertEquals(8.0, d.getYValue(0, d.getItemCount(0) - 1), 1e-9);
        assertEquals(4.0, d.getYValue(1, d.getItemCount(1) - 1), 1e-9);
        assertTrue(Files.readString(dir.resolve("metrics.om"))
                .contains("hpcsim_cost_dollars_per_hour{cluster=\"series\"} 6 5400"), "metrics.om follows the series");
    }

    @Test
    void shouldReadStorageAndTheNewKeysBackFromSummaryJson() throws IOException {
        Path dir = tmp.resolve("storage");
        Scenario s = scenario(new ClusterSpec(8, 4, 0, AllocationUnit.NODE, null, new PricingSpec("ondemand", 2, 0)),
                WorkloadSpec.ofSynthetic(PoissonSpec.defaults(100, 0.8)))
                .withStorage(List.of(new StorageSpec("scratch", "fsx-lustre", 1200, 0.14)));
        RunReport report = run(s, dir);
        CostReport c = report.cost();
        assertEquals(1200 * 0.14 * c.storage().get(0).hours() / 730, c.storageCost(), 1e-9);
        assertEquals(c.nodeHours() * 2 + c.storageCost(), c.total(), 1e-9);
        assertEquals(c, OutputFolder.read(dir).cost(), "summary.json reads back to the same report");
    }

    @Test
    void shouldWriteNoCostWithoutPricing() throws IOException {
        Path dir = tmp.resolve("plain");
        RunReport report = run(scenario(new ClusterSpec(8, 4, AllocationUnit.NODE),
                WorkloadSpec.ofSynthetic(PoissonSpec.defaults(200, 0.9))), dir);
        assertNull(report.cost());
        JsonNode root = JSON.readTree(dir.resolve("summary.json").toFile());
        assertFalse(root.has("cost"), "no cost section");
        List<String> cells = costCells(dir);
        assertEquals(200, cells.size());
        assertTrue(cells.stream().allMatch(String::isEmpty), "every cost_usd cell empty");
        assertNull(OutputFolder.read(dir).cost());
        assertFalse(Files.readString(dir.resolve("metrics.om")).contains("hpcsim_cost"), "no cost series in metrics.om");
    }
}
