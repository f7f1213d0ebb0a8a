package org.hpcsim.cli;

import static org.hpcsim.cli.Cli.ok;
import static org.hpcsim.cli.Cli.summary;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An autoscaling scenario end to end: reproducible files, nodes up in the time series, cost of nodes up. */
class AutoscalingRunCommandTest {
    @TempDir
    Path tmp;

    private static final String LUBLIN = """
            name: autoscale
            seed: 3
            cluster: {nodes: 4, dynamicNodes: 28, coresPerNode: 16, allocation: node, pricing: {perNodeHour: 1}}
            scheduler: {policy: easy}
            workload:
              synthetic: {model: lublin, jobs: 1500, load: 0.5, maxOverestimate: 3}
            """;

    private Path run(String name, Path scenario) {
        Path out = tmp.resolve(name);
        ok("run", scenario, "--out", out, "--quiet");
        return out;
    }

    @Test
    void shouldWriteByteIdenticalOutputsForTwoRunsOfAnAutoscalingScenario() throws IOException {
        Path scenario = Files.writeString(tmp.resolve("a.yaml"), LUBLIN);
        Path a = run("a", scenario);
        Path b = run("b", scenario);
        for (String file : new String[] {"summary.json", "jobs.csv", "timeseries.csv", "metrics.om"}) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
        }
        assertEquals(28, summary(a).get("scenario").get("cluster").get("dynamicNodes").asInt());
    }

    @Test
    void shouldPayOnlyForNodesUpWhichStayBetweenTheStaticAndTheMaximumCount() throws IOException {
        Path a = run("a", Files.writeString(tmp.resolve("a.yaml"), LUBLIN));
        List<String> rows = Files.readAllLines(a.resolve("timeseries.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        int upColumn = header.indexOf("nodes_up");
        double min = Double.MAX_VALUE;
        double max = 0;
        for (String row : rows.subList(1, rows.size())) {
            double up = Double.parseDouble(row.split(",")[upColumn]);
            min = Math.min(min, up);
            max = Math.max(max, up);
        }
        assertTrue(min >= 4 - 1e-9 && max <= 32 + 1e-9, "nodes up within [4, 32]: " + min + ".." + max);
        assertTrue(max > min, "nodes up varies");
        double nodeHours = summary(a).get("cost").get("nodeHours").asDouble();
        double makespanHours = summary(a).get("metrics").get("makespan").asDouble() / 3600;
        assertTrue(nodeHours < 32 * makespanHours, "cheaper than 32 nodes always up: " + nodeHours);
        assertTrue(nodeHours >= 4 * makespanHours * 0.999, "at least the static nodes: " + nodeHours);
    }
}
