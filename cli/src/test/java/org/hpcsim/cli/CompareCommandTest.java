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

/**
 * The {@code compare} command end to end: scenario files run and compared, an earlier run's folder
 * compared with a scenario, and bad input turned into one line and a sysexits code.
 */
class CompareCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content);
    }

    /** HPC2N's sample on its 120 dual-CPU nodes under {@code policy}, named hpc2n-POLICY. */
    private Path hpc2n(String policy) throws IOException {
        Path trace = Cli.sharedTrace("hpc2n-sample.swf");
        return write(policy + ".yaml", "name: hpc2n-" + policy + "\nseed: 1\n"
                + "cluster: {nodes: 120, coresPerNode: 2, allocation: core}\n"
                + "scheduler: {policy: " + policy + ", killAtTimeLimit: true}\n"
                + "workload: {trace: '" + trace + "'}\n");
    }

    /** A small synthetic scenario: 300 jobs on 16 nodes, named {@code name}. */
    private Path synthetic(String file, String name, String policy) throws IOException {
        return write(file, "name: " + name + "\nseed: 7\ncluster: {nodes: 16, coresPerNode: 8}\n"
                + "scheduler: {policy: " + policy + "}\n"
                + "workload:\n  synthetic: {model: poisson, jobs: 300, load: 0.9}\n");
    }

    private static JsonNode comparison(Path out) throws IOException {
        return JSON.readTree(out.resolve("comparison.json").toFile());
    }

    /** The table line of {@code label}, split into its cells. */
    private static List<String> row(String table, String label) {
        String line = table.lines().filter(l -> l.startsWith("| " + label + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in\n" + table));
        return List.of(line.substring(2, line.length() - 2).split("\\s*\\|\\s*"));
    }

    @Test
    void shouldCompareFcfsWithEasyOnTheSameTrace() throws IOException {
        Path out = tmp.resolve("cmp");
        Cli.Result r = ok("compare", hpc2n("fcfs"), hpc2n("easy"), "--out", out);

        List<String> header = row(r.out(), "metric");
        assertEquals(List.of("metric", "better", "hpc2n-fcfs (baseline)", "hpc2n-easy", "hpc2n-easy vs hpc2n-fcfs"),
                header);
        List<String> meanWait = row(r.out(), "mean wait");
        assertTrue(meanWait.get(4).startsWith("-"), "EASY waits less than FCFS: " + meanWait);
        assertTrue(meanWait.get(3).endsWith(" *"), "and is marked best: " + meanWait);
        assertEquals("3145", row(r.out(), "jobs").get(2));
        assertTrue(r.out().contains("wrote " + out.resolve("comparison.json")), r.out());

        JsonNode json = comparison(out);
        assertEquals("hpc2n-fcfs", json.get("baseline").asText());
        assertEquals("hpc2n-easy", json.get("runs").get(1).get("name").asText());
        assertEquals("runs/hpc2n-easy", json.get("runs").get(1).get("dir").asText());
        // RunCommandTest pins FCFS's mean wait on this trace and cluster.
        assertEquals(5614.43720190779, json.get("runs").get(0).get("metrics").get("meanWait").asDouble(), 1e-6);
        assertTrue(json.get("changes").get(0).get("metrics").get("meanWait").get("difference").asDouble() < 0);
        assertTrue(json.get("changes").get(0).get("metrics").get("meanWait").get("percent").asDouble() < 0);

        for (String name : List.of("hpc2n-fcfs", "hpc2n-easy")) {
            assertEquals(name, Cli.summary(out.resolve("runs").resolve(name)).get("scenario").get("name").asText());
        }
        for (String chart : List.of("compare-mean-wait", "compare-makespan", "tradeoff-node-hours-mean-wait")) {
            assertTrue(Files.size(out.resolve("charts").resolve(chart + ".png")) > 0, chart);
            assertTrue(Files.size(out.resolve("charts").resolve(chart + ".svg")) > 0, chart);
        }
    }

    @Test
    void shouldShowWhatSpotSavesOnTheC5nExamples() throws IOException {
        Cli.sharedTrace("hpc2n-sample.swf");
        Path examples = Path.of("..", "scenarios", "examples");
        Path out = tmp.resolve("cmp");
        Cli.Result r = ok("compare", examples.resolve("hpc2n-c5n-ondemand.yaml"),
                examples.resolve("hpc2n-c5n-spot.yaml"), "--out", out);

        // The same jobs on the same nodes: only the price differs, 65 % less for Spot.
        assertEquals(row(r.out(), "mean wait").get(2), row(r.out(), "mean wait").get(3));
        List<String> cost = row(r.out(), "total cost");
        assertEquals("lower", cost.get(1));
        assertTrue(cost.get(3).endsWith(" *"), "Spot is cheaper: " + cost);
        assertTrue(cost.get(4).startsWith("-$") && cost.get(4).endsWith("(-65.0%)"), cost.toString());
        List<String> idle = row(r.out(), "idle cost share");
        assertEquals(idle.get(2), idle.get(3), "the same share idle whatever the price");

        JsonNode runs = comparison(out).get("runs");
        double onDemand = runs.get(0).get("metrics").get("totalCost").asDouble();
        double spot = runs.get(1).get("metrics").get("totalCost").asDouble();
        assertEquals(0.35 * onDemand, spot, 1e-9 * onDemand);
        // 8 nodes x makespan x $3.888.
        double makespan = runs.get(0).get("metrics").get("makespan").asDouble();
        assertEquals(8 * makespan / 3600 * 3.888, onDemand, 1e-9 * onDemand);
        for (String chart : List.of("tradeoff-cost-mean-wait", "tradeoff-cost-makespan")) {
            assertTrue(Files.size(out.resolve("charts").resolve(chart + ".png")) > 0, chart);
        }
        assertFalse(Files.exists(out.resolve("charts").resolve("tradeoff-node-hours-mean-wait.png")));
    }

    @Test
    void shouldCompareAnEarlierRunsFolderWithAScenario() throws IOException {
        Path earlier = tmp.resolve("earlier");
        ok("run", synthetic("fcfs.yaml", "small-fcfs", "fcfs"), "--out", earlier, "--quiet");
        Path out = tmp.resolve("cmp");
        Cli.Result r = ok("compare", earlier, synthetic("easy.yaml", "small-easy", "easy"), "--out", out);

        assertEquals(List.of("metric", "better", "small-fcfs (baseline)", "small-easy", "small-easy vs small-fcfs"),
                row(r.out(), "metric"));
        JsonNode json = comparison(out);
        assertEquals("../earlier", json.get("runs").get(0).get("dir").asText(), "the folder as it was, not run again");
        assertFalse(Files.exists(out.resolve("runs").resolve("small-fcfs")));
        assertTrue(Files.isRegularFile(out.resolve("runs").resolve("small-easy").resolve("summary.json")));
        assertEquals(Cli.summary(earlier).get("metrics").get("meanWait").asDouble(),
                json.get("runs").get(0).get("metrics").get("meanWait").asDouble(), 0);
    }

    @Test
    void shouldGiveEqualResultsForEqualInputs() throws IOException {
        Path a = synthetic("a.yaml", "small-fcfs", "fcfs");
        Path b = synthetic("b.yaml", "small-easy", "easy");
        Cli.Result first = ok("compare", a, b, "--out", tmp.resolve("one"));
        Cli.Result second = ok("compare", a, b, "--out", tmp.resolve("two"));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve("comparison.json")),
                Files.readAllBytes(tmp.resolve("two").resolve("comparison.json")));
        assertEquals(first.out().replace(tmp.resolve("one").toString(), "OUT"),
                second.out().replace(tmp.resolve("two").toString(), "OUT"));
    }

    @Test
    void shouldExitUsageForFewerThanTwoInputs() throws IOException {
        Path a = synthetic("a.yaml", "a", "fcfs");
        String line = failure(hpcsim("compare", a, "--out", tmp.resolve("o")), ExitCodes.USAGE);
        assertTrue(line.contains("at least two inputs"), line);
        failure(hpcsim("compare"), ExitCodes.USAGE);
        assertFalse(Files.exists(tmp.resolve("o")), "nothing written");
    }

    @Test
    void shouldExitNoInputForAMissingPath() throws IOException {
        Path a = synthetic("a.yaml", "a", "fcfs");
        Path missing = tmp.resolve("nope.yaml");
        String line = failure(hpcsim("compare", a, missing, "--out", tmp.resolve("o")), ExitCodes.NO_INPUT);
        assertEquals("hpcsim: " + missing + ": no such scenario file or output folder", line);
        assertFalse(Files.exists(tmp.resolve("o")), "nothing run before every input is checked");
    }

    @Test
    void shouldExitNoInputForAFolderThatIsNotARunsOutput() throws IOException {
        Path a = synthetic("a.yaml", "a", "fcfs");
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        String line = failure(hpcsim("compare", a, empty, "--out", tmp.resolve("o")), ExitCodes.NO_INPUT);
        assertTrue(line.contains("no summary.json"), line);
    }

    @Test
    void shouldExitDataErrorForABadScenario() throws IOException {
        Path a = synthetic("a.yaml", "a", "fcfs");
        Path bad = write("bad.yaml", "scheduler: {policy: sjf}\nworkload: {trace: t.swf}\n");
        String line = failure(hpcsim("compare", a, bad, "--out", tmp.resolve("o")), ExitCodes.DATA);
        assertEquals("hpcsim: " + bad + ": scheduler.policy: unknown policy 'sjf' (allowed: fcfs, easy, conservative, slurm,"
                + " kubernetes)", line);
        assertFalse(Files.exists(tmp.resolve("o")));
    }

    @Test
    void shouldRefuseTwoScenariosOfOneNameNamingBothFiles() throws IOException {
        Path a = synthetic("a.yaml", "same", "fcfs");
        Path b = synthetic("b.yaml", "same", "easy");
        String line = failure(hpcsim("compare", a, b, "--out", tmp.resolve("o")), ExitCodes.USAGE);
        assertEquals("hpcsim: " + a + " and " + b + " both name their run 'same'; give each compared run its own name",
                line);
        assertFalse(Files.exists(tmp.resolve("o")));
    }
}
