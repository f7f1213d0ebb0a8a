package org.hpcsim.cli;

import static org.hpcsim.cli.Cli.failure;
import static org.hpcsim.cli.Cli.hpcsim;
import static org.hpcsim.cli.Cli.ok;
import static org.hpcsim.cli.Cli.summary;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Insufficient capacity, the launch cap and a Batch environment end to end: the launch counters
 * in summary.json, reproducible files, the echo, and the one-line refusals.
 */
class LaunchRunCommandTest {
    @TempDir
    Path tmp;

    private static final String WORKLOAD = """
            scheduler: {policy: easy}
            workload:
              synthetic: {model: lublin, jobs: 800, load: 0.5, maxOverestimate: 3}
            """;

    private static final String ICE = """
            name: ice
            seed: 3
            cluster: {nodes: 2, dynamicNodes: 30, coresPerNode: 16, allocation: node, pricing: {perNodeHour: 1},
                      maxLaunches: 8, capacity: {insufficientProbability: 0.2}}
            """ + WORKLOAD;

    private Path run(String name, String scenario) throws IOException {
        Path file = Files.writeString(tmp.resolve(name + ".yaml"), scenario);
        Path out = tmp.resolve(name);
        ok("run", file, "--out", out, "--quiet");
        return out;
    }

    @Test
    void shouldCountLaunchFailuresAndWaitsInTheEngineSectionAndRepeatThemByteForByte() throws IOException {
        Path a = run("a", ICE);
        Path b = run("b", ICE);
        for (String file : new String[] {"summary.json", "jobs.csv", "timeseries.csv"}) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
        }
        JsonNode s = summary(a);
        JsonNode launches = s.get("engine").get("launches");
        assertTrue(launches.get("insufficientCapacityErrors").asLong() > 0, launches.toString());
        assertTrue(launches.get("jobsSentBack").asLong() >= launches.get("insufficientCapacityErrors").asLong());
        assertTrue(launches.has("delayedBoots") && launches.has("bootWaitSeconds"), launches.toString());
        assertEquals(0.2, s.get("scenario").get("cluster").get("capacity").get("insufficientProbability").asDouble());
        assertEquals(600.0, s.get("scenario").get("cluster").get("capacity").get("downTime").asDouble());
        assertEquals(8, s.get("scenario").get("cluster").get("maxLaunches").asInt());
        assertEquals(800, s.get("metrics").get("jobs").asLong(), "every job ran once");
    }

    @Test
    void shouldWriteNoLaunchBlockWithoutTheModel() throws IOException {
        Path plain = run("plain", ICE.replace(",\n          maxLaunches: 8, capacity: {insufficientProbability: 0.2}", ""));
        assertFalse(summary(plain).get("engine").has("launches"));
    }

    @Test
    void shouldRunABatchEnvironmentAndEchoItAsGiven() throws IOException {
        Path out = run("batch", """
                name: batch
                seed: 3
                cluster:
                  batch: {minvCpus: 100, maxvCpus: 2000, instanceType: c5n.18xlarge}
                """ + WORKLOAD);
        JsonNode cluster = summary(out).get("scenario").get("cluster");
        assertEquals(2000, cluster.get("batch").get("maxvCpus").asInt());
        assertEquals("c5n.18xlarge", cluster.get("batch").get("instanceType").asText());
        assertFalse(cluster.has("nodes") || cluster.has("dynamicNodes"), cluster.toString());
        // The echo runs again as the same scenario.
        Path echo = Files.writeString(tmp.resolve("echo.json"), summary(out).get("scenario").toString());
        Path again = tmp.resolve("again");
        ok("run", echo, "--out", again, "--quiet");
        assertEquals(summary(out).get("metrics"), summary(again).get("metrics"));
        assertEquals(summary(out).get("cost"), summary(again).get("cost"));
    }

    @Test
    void shouldRefuseBadLaunchSettingsAndResizingABatchEnvironmentInOneLine() throws IOException {
        Path both = Files.writeString(tmp.resolve("both.yaml"), """
                cluster: {dynamicNodes: 4, batch: {maxvCpus: 288, instanceType: c5n.18xlarge}}
                workload: {synthetic: {model: lublin, jobs: 10}}
                """);
        assertEquals("hpcsim: " + both + ": cluster.batch: give either dynamicNodes or batch, not both",
                failure(hpcsim("run", both, "--quiet"), ExitCodes.DATA));
        Path batch = Files.writeString(tmp.resolve("b.yaml"), """
                cluster: {batch: {maxvCpus: 288, instanceType: c5n.18xlarge}}
                workload: {synthetic: {model: lublin, jobs: 10}}
                """);
        String line = failure(hpcsim("run", batch, "--nodes", "8", "--quiet"), ExitCodes.USAGE);
        assertTrue(line.startsWith("hpcsim: --nodes: sizes the cluster (0 + 4 instances of 72 vCPUs)"), line);
    }
}
