package org.hpcsim.cli;

import static org.hpcsim.cli.Cli.failure;
import static org.hpcsim.cli.Cli.hpcsim;
import static org.hpcsim.cli.Cli.ok;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hpcsim sweep} and {@code sweep-point} end to end on the local executor. */
class SweepCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path sweepFile(String extra) throws IOException {
        Files.writeString(dir.resolve("base.yaml"), """
                name: base
                seed: 3
                cluster: {nodes: 8, coresPerNode: 4, allocation: node}
                scheduler: {policy: easy}
                workload:
                  synthetic:
                    model: poisson
                    jobs: 300
                    load: 0.9
                    runtime: {distribution: lognormal, median: 600, sigma: 1.2}
                """);
        Path f = dir.resolve("study.yaml");
        Files.writeString(f, """
                name: study
                scenario: base.yaml
                replications: 3
                parameters:
                  - {path: cluster.nodes, values: [6, 8]}
                  - {path: scheduler.policy, values: [fcfs, easy]}
                """ + extra);
        return f;
    }

    @Test
    void shouldRunEveryPointAndMergeThemWithConfidenceIntervals() throws IOException {
        Path out = dir.resolve("out");
        Cli.Result r = ok("sweep", sweepFile(""), "--out", out, "--threads", 2);
        assertTrue(r.out().startsWith("sweep study: 4 points x 3 replications; 4 to run, 0 already done"), r.out());
        JsonNode sweep = JSON.readTree(out.resolve("sweep.json").toFile());
        assertEquals(4, sweep.get("results").size());
        assertEquals(0, sweep.get("missing").size());
        JsonNode wait = sweep.get("results").get(1).get("metrics").get("meanWait");
        assertTrue(wait.get("ci95Low").asDouble() < wait.get("mean").asDouble()
                && wait.get("mean").asDouble() < wait.get("ci95High").asDouble(), wait.toString());
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(1 + 4 * 3, runs.size(), "one row per point and replication");
        assertEquals(4, Files.list(out.resolve("points")).count());
    }

    @Test
    void shouldGiveTheSameResultsOnOneThreadAsOnTwo() throws IOException {
        Path f = sweepFile("");
        ok("sweep", f, "--out", dir.resolve("one"), "--threads", 1);
        ok("sweep", f, "--out", dir.resolve("two"), "--threads", 2);
        for (String name : new String[] {"sweep.csv", "runs.csv", "sweep.json"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(name)),
                    Files.readAllBytes(dir.resolve("two").resolve(name)), name);
        }
    }

    @Test
    void shouldSkipPointsThatHaveAResultAndRerunThoseThatDoNot() throws IOException {
        Path f = sweepFile("");
        Path out = dir.resolve("out");
        ok("sweep", f, "--out", out);
        byte[] merged = Files.readAllBytes(out.resolve("sweep.csv"));
        Path two = out.resolve("points").resolve("point-000002.json");
        Files.delete(two);
        Files.writeString(out.resolve("points").resolve("point-000003.json"), "{\"half\": ");
        Cli.Result r = hpcsim("sweep", f, "--out", out);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2 to run, 2 already done"), r.out());
        assertArrayEquals(merged, Files.readAllBytes(out.resolve("sweep.csv")), "the rerun points give the same rows");
    }

    @Test
    void shouldNotMergeResultsOfAnEditedSweep() throws IOException {
        Path out = dir.resolve("out");
        ok("sweep", sweepFile(""), "--out", out);
        Path edited = sweepFile("seed: 99\n");
        Cli.Result r = hpcsim("sweep", edited, "--out", out);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("4 to run, 0 already done"), r.out());
    }

    @Test
    void shouldWriteFromOnePointTheResultTheStudyWrites() throws IOException {
        Path f = sweepFile("");
        Path out = dir.resolve("out");
        ok("sweep", f, "--out", out);
        Path alone = dir.resolve("alone");
        ok("sweep-point", f, "--index", 2, "--results", alone);
        assertArrayEquals(Files.readAllBytes(out.resolve("points").resolve("point-000002.json")),
                Files.readAllBytes(alone.resolve("point-000002.json")));
    }

    @Test
    void shouldRefuseAPointOutsideTheSweepInOneLine() throws IOException {
        String line = failure(hpcsim("sweep-point", sweepFile(""), "--index", 4, "--results", dir.resolve("r")),
                ExitCodes.USAGE);
        assertTrue(line.contains("--index: 4 is not a point of") && line.contains("0 to 3"), line);
        assertFalse(Files.exists(dir.resolve("r")));
    }

    @Test
    void shouldRefuseABadSweepFileInOneLineNamingThePoint() throws IOException {
        Path f = sweepFile("");
        Files.writeString(f, Files.readString(f).replace("[6, 8]", "[6, -1]"));
        String line = failure(hpcsim("sweep", f, "--out", dir.resolve("out")), ExitCodes.DATA);
        assertTrue(line.contains("point 2 (nodes=-1"), line);
        assertFalse(Files.exists(dir.resolve("out")), "nothing written for a sweep that does not load");
    }

    @Test
    void shouldRefuseAnUnknownExecutor() throws IOException {
        String line = failure(hpcsim("sweep", sweepFile(""), "--executor", "mars", "--out", dir.resolve("o")),
                ExitCodes.USAGE);
        assertTrue(line.contains("allowed: local, slurm, kubernetes"), line);
    }
}
