package org.hpcsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hpcsim.cli.Cli.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code run} command end to end through {@link Main#execute}: outputs, reproducibility,
 * flags, and bad input turned into one line on standard error and a sysexits code.
 */
class RunCommandTest {
    @TempDir
    Path tmp;

    private static final ObjectMapper JSON = new ObjectMapper();

    static Result hpcsim(String... args) {
        return Cli.hpcsim((Object[]) args);
    }

    static String failure(Result r, int code) {
        return Cli.failure(r, code);
    }

    static Path trace(String name) {
        return Cli.sharedTrace(name);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content);
    }

    /** A small SWF trace of {@code jobs} jobs on 4 nodes x 2 cores, the line {@code bad} (1-based) replaced if > 0. */
    private Path smallTrace(String name, int jobs, int bad) throws IOException {
        StringBuilder sb = new StringBuilder("; MaxNodes: 4\n; MaxProcs: 8\n");
        int line = 2;
        for (int i = 1; i <= jobs; i++) {
            line++;
            if (line == bad) {
                sb.append(i).append(" 10 -1 oops\n");
            } else {
                sb.append(i).append(' ').append(10 * i).append(" -1 ").append(30 + i % 7).append(' ')
                        .append(1 + i % 8).append(" -1 -1 ").append(1 + i % 8).append(" 60 -1 1 1 1 -1 -1 1 -1 -1\n");
            }
        }
        return write(name, sb.toString());
    }

    private static JsonNode summary(Path dir) throws IOException {
        return JSON.readTree(dir.resolve("summary.json").toFile());
    }

    private static List<String> hiddenFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("."))
                    .collect(Collectors.toList());
        }
    }

    private static final String SCENARIO = """
            name: twice
            seed: 7
            cluster: {nodes: 16, coresPerNode: 8}
            workload:
              synthetic: {model: poisson, jobs: 300, load: 0.9}
            """;

    // ---------------------------------------------------------------- (a) the built-in default

    @Test
    void shouldRunTheBuiltinDefaultScenarioWhenGivenNone() throws IOException {
        Path out = tmp.resolve("default");
        Result r = hpcsim("run", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        JsonNode s = summary(out);
        assertEquals("default", s.get("scenario").get("name").asText());
        assertEquals(42, s.get("scenario").get("seed").asLong());
        assertEquals(5000, s.get("metrics").get("jobs").asLong());
        assertEquals("lublin", s.get("scenario").get("workload").get("synthetic").get("model").asText());
        assertEquals(5001, Files.readAllLines(out.resolve("jobs.csv")).size());
        assertTrue(r.out().contains("| default | easy on 128 nodes x 32 cores |"), r.out());
        assertTrue(r.out().contains("wrote summary.json, jobs.csv, timeseries.csv, metrics.om to " + out), r.out());
        assertEquals(List.of(), hiddenFiles(out));
    }

    @Test
    void shouldPrintNothingWhenQuiet() throws IOException {
        Path out = tmp.resolve("quiet");
        Result r = hpcsim("run", "--quiet", "--out", out.toString(), "--seed", "3");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals("", r.err());
        assertTrue(Files.isRegularFile(out.resolve("summary.json")));
    }

    // ---------------------------------------------------------------- (b) reproducibility

    @Test
    void shouldWriteByteIdenticalOutputsForTheSameScenarioAndSeed() throws IOException {
        Path scenario = write("twice.yaml", SCENARIO);
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, hpcsim("run", scenario.toString(), "--out", a.toString(), "--quiet").code());
        assertEquals(0, hpcsim("run", scenario.toString(), "--out", b.toString(), "--quiet").code());
        assertArrayEquals(Files.readAllBytes(a.resolve("summary.json")), Files.readAllBytes(b.resolve("summary.json")));
        assertArrayEquals(Files.readAllBytes(a.resolve("jobs.csv")), Files.readAllBytes(b.resolve("jobs.csv")));
        assertEquals(301, Files.readAllLines(a.resolve("jobs.csv")).size());
    }

    @Test
    void shouldWriteOtherJobsForAnotherSeed() throws IOException {
        Path scenario = write("twice.yaml", SCENARIO);
        Path a = tmp.resolve("a");
        Path c = tmp.resolve("c");
        assertEquals(0, hpcsim("run", scenario.toString(), "--out", a.toString(), "--quiet").code());
        assertEquals(0, hpcsim("run", scenario.toString(), "--seed", "8", "--out", c.toString(), "--quiet").code());
        assertNotEquals(Files.readString(a.resolve("jobs.csv")), Files.readString(c.resolve("jobs.csv")));
        assertEquals(8, summary(c).get("scenario").get("seed").asLong());
    }

    @Test
    void shouldWriteToTheScenarioOutputFolderAndSkipJobsCsvWhenAsked() throws IOException {
        Path out = tmp.resolve("from-file");
        Path scenario = write("nocsv.yaml", SCENARIO + "outputs: {dir: '" + out + "', jobsCsv: false}\n");
        Result r = hpcsim("run", scenario.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("summary.json")));
        assertFalse(Files.exists(out.resolve("jobs.csv")));
        assertTrue(r.out().contains("wrote summary.json, timeseries.csv, metrics.om to "), r.out());
    }

    @Test
    void shouldOverrideTheSchedulerAndClusterOfAScenarioFile() throws IOException {
        Path scenario = write("twice.yaml", SCENARIO);
        Path out = tmp.resolve("o");
        Result r = hpcsim("run", scenario.toString(), "--scheduler", "FCFS", "--nodes", "32", "--cores-per-node", "4",
                "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        JsonNode s = summary(out).get("scenario");
        assertEquals("fcfs", s.get("scheduler").get("policy").asText());
        assertEquals(32, s.get("cluster").get("nodes").asInt());
        assertEquals(4, s.get("cluster").get("coresPerNode").asInt());
        assertEquals("node", s.get("cluster").get("allocation").asText(), "keeps the file's allocation");
    }

    // ---------------------------------------------------------------- (c) traces

    @Test
    void shouldReplayATraceGivenOnTheCommandLine() throws IOException {
        Path hpc2n = trace("hpc2n-sample.swf");
        Path out = tmp.resolve("hpc2n");
        Result r = hpcsim("run", "--trace", hpc2n.toString(), "--scheduler", "fcfs", "--nodes", "120",
                "--cores-per-node", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode s = summary(out);
        assertEquals(3145, s.get("metrics").get("jobs").asLong());
        assertEquals(25, s.get("workload").get("jobsDropped").asLong());
        // Hpc2nReplayTest (scenarios) pins these against the reference replay.
        assertEquals(5614.43720190779, s.get("metrics").get("meanWait").asDouble(), 5614.43720190779 * 1e-9);
        JsonNode scenario = s.get("scenario");
        assertEquals("hpc2n-sample", scenario.get("name").asText());
        assertEquals(120, scenario.get("cluster").get("nodes").asInt());
        assertEquals(2, scenario.get("cluster").get("coresPerNode").asInt());
        assertEquals("core", scenario.get("cluster").get("allocation").asText());
        assertTrue(r.out().contains("note: 25 of 3170 jobs dropped; reasons in summary.json"), r.out());
        assertEquals(3146, Files.readAllLines(out.resolve("jobs.csv")).size());
    }

    @Test
    void shouldTakeTheClusterFromTheTraceHeaderWithoutNodes() throws IOException {
        Path out = tmp.resolve("header");
        Result r = hpcsim("run", "--trace", trace("hpc2n-sample.swf").toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        JsonNode cluster = summary(out).get("scenario").get("cluster");
        assertEquals(240, cluster.get("nodes").asInt());
        assertEquals(1, cluster.get("coresPerNode").asInt());
        assertEquals(3145, summary(out).get("metrics").get("jobs").asLong());
    }

    @Test
    void shouldRunTheExampleScenarioWithItsTraceRelativeToTheFile() throws IOException {
        trace("hpc2n-sample.swf");
        Path example = Path.of("..", "scenarios", "examples", "hpc2n-fcfs.yaml");
        assumeTrue(Files.isRegularFile(example), "example not present: " + example.toAbsolutePath());
        Path out = tmp.resolve("example");
        Result r = hpcsim("run", example.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertEquals(3145, summary(out).get("metrics").get("jobs").asLong());
    }

    // ---------------------------------------------------------------- (d) bad input

    @Test
    void shouldExitDataErrorForAMalformedScenario() throws IOException {
        Path scenario = write("bad.yaml", "cluster:\n  nodes: abc\nworkload:\n  trace: t.swf\n");
        String line = failure(hpcsim("run", scenario.toString(), "--out", tmp.resolve("o").toString()),
                ExitCodes.DATA);
        assertEquals("hpcsim: " + scenario + ":2:10: field 'cluster.nodes': expected a whole number, got 'abc'", line);
    }

    @Test
    void shouldExitDataErrorForAnInvalidScenarioValue() throws IOException {
        Path scenario = write("bad.yaml", "scheduler: {policy: sjf}\nworkload: {trace: t.swf}\n");
        String line = failure(hpcsim("run", scenario.toString()), ExitCodes.DATA);
        assertEquals("hpcsim: " + scenario + ": scheduler.policy: unknown policy 'sjf' (allowed: fcfs, easy, conservative, slurm,"
                + " kubernetes)", line);
    }

    @Test
    void shouldExitNoInputForAMissingScenarioFile() {
        Path missing = tmp.resolve("missing.yaml");
        String line = failure(hpcsim("run", missing.toString()), ExitCodes.NO_INPUT);
        assertEquals("hpcsim: " + missing + ": no such scenario file", line);
    }

    @Test
    void shouldExitNoInputForAMissingTraceFlag() {
        Path missing = tmp.resolve("missing.swf");
        String line = failure(hpcsim("run", "--trace", missing.toString()), ExitCodes.NO_INPUT);
        assertEquals("hpcsim: " + missing + ": no such trace file", line);
    }

    @Test
    void shouldExitNoInputForAMissingTraceNamedInAScenario() throws IOException {
        Path scenario = write("s.yaml", "workload: {trace: nowhere.swf}\n");
        Result r = hpcsim("run", scenario.toString(), "--out", tmp.resolve("o").toString());
        String line = failure(r, ExitCodes.NO_INPUT);
        assertTrue(line.startsWith("hpcsim: nowhere.swf: no such trace file (looked at "), line);
    }

    @Test
    void shouldExitUsageForAnUnknownScheduler() {
        String line = failure(hpcsim("run", "--scheduler", "sjf", "--out", tmp.resolve("o").toString()),
                ExitCodes.USAGE);
        assertEquals("hpcsim: --scheduler: unknown policy 'sjf' (allowed: fcfs, easy, conservative, slurm,"
                + " kubernetes)", line);
    }

    @Test
    void shouldExitUsageForZeroNodesAndSaySo() {
        String line = failure(hpcsim("run", "--nodes", "0", "--out", tmp.resolve("o").toString()), ExitCodes.USAGE);
        assertEquals("hpcsim: --nodes: must be a positive number of nodes, got 0", line);
    }

    @Test
    void shouldExitUsageForZeroCoresPerNode() {
        String line = failure(hpcsim("run", "--cores-per-node", "0", "--out", tmp.resolve("o").toString()),
                ExitCodes.USAGE);
        assertEquals("hpcsim: --cores-per-node: must be a positive number of cores, got 0", line);
    }

    @Test
    void shouldExitUsageForCoresPerNodeWithoutNodesOnAHeaderCluster() throws IOException {
        Path t = smallTrace("t.swf", 5, 0);
        String line = failure(hpcsim("run", "--trace", t.toString(), "--cores-per-node", "2"), ExitCodes.USAGE);
        assertEquals("hpcsim: --cores-per-node needs --nodes when the cluster comes from the trace header", line);
    }

    @Test
    void shouldExitUsageForAnUnknownOption() {
        String line = failure(hpcsim("run", "--bogus"), ExitCodes.USAGE);
        assertEquals("hpcsim: Unknown option: '--bogus' (try 'hpcsim run --help')", line);
    }

    @Test
    void shouldExitUsageForAnUnknownTopLevelOption() {
        String line = failure(hpcsim("--bogus"), ExitCodes.USAGE);
        assertTrue(line.startsWith("hpcsim: Unknown option: '--bogus'"), line);
        assertTrue(line.endsWith("(try 'hpcsim --help')"), line);
    }

    @Test
    void shouldExitUsageForANonNumericFlag() {
        String line = failure(hpcsim("run", "--nodes", "abc"), ExitCodes.USAGE);
        assertTrue(line.contains("--nodes") && line.contains("'abc'"), line);
    }

    @Test
    void shouldExitUsageForTwoScenarioFiles() throws IOException {
        Path s = write("twice.yaml", SCENARIO);
        failure(hpcsim("run", s.toString(), s.toString()), ExitCodes.USAGE);
    }

    @Test
    void shouldExitDataErrorWithFileAndLineForAMalformedTraceLine() throws IOException {
        Path bad = smallTrace("bad.swf", 20, 12);
        String line = failure(hpcsim("run", "--trace", bad.toString(), "--out", tmp.resolve("o").toString()),
                ExitCodes.DATA);
        assertTrue(line.startsWith("hpcsim: ") && line.contains("bad.swf:12: "), line);
    }

    // ---------------------------------------------------------------- (e) failed runs

    @Test
    void shouldLeaveTheEarlierOutputsUntouchedWhenARunFails() throws IOException {
        Path out = tmp.resolve("out");
        Path good = smallTrace("good.swf", 30, 0);
        assertEquals(0, hpcsim("run", "--trace", good.toString(), "--out", out.toString(), "--quiet").code());
        byte[] summary = Files.readAllBytes(out.resolve("summary.json"));
        byte[] jobs = Files.readAllBytes(out.resolve("jobs.csv"));
        byte[] series = Files.readAllBytes(out.resolve("timeseries.csv"));
        byte[] metrics = Files.readAllBytes(out.resolve("metrics.om"));
        assertEquals(31, Files.readAllLines(out.resolve("jobs.csv")).size());

        Path bad = smallTrace("bad.swf", 30, 10);
        String line = failure(hpcsim("run", "--trace", bad.toString(), "--out", out.toString()), ExitCodes.DATA);
        assertTrue(line.contains("bad.swf:10: "), line);

        assertArrayEquals(summary, Files.readAllBytes(out.resolve("summary.json")));
        assertArrayEquals(jobs, Files.readAllBytes(out.resolve("jobs.csv")));
        assertArrayEquals(series, Files.readAllBytes(out.resolve("timeseries.csv")));
        assertArrayEquals(metrics, Files.readAllBytes(out.resolve("metrics.om")));
        assertEquals(List.of(), hiddenFiles(out), "temporary files left behind");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(4, files.count());
        }
    }

    @Test
    void shouldWriteNoOutputFileWhenAFirstRunFails() throws IOException {
        Path out = tmp.resolve("fresh");
        Path bad = smallTrace("bad.swf", 30, 3);
        failure(hpcsim("run", "--trace", bad.toString(), "--out", out.toString()), ExitCodes.DATA);
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(List.of(), files.collect(Collectors.toList()));
            }
        }
    }

    // ---------------------------------------------------------------- (f) top level

    @Test
    void shouldPrintTheVersion() {
        Result r = hpcsim("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("hpcsim "), r.out());
        assertEquals("", r.err());
    }

    @Test
    void shouldPrintUsageForHelp() {
        Result r = hpcsim("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("run") && r.out().contains("bench"), r.out());
        Result run = hpcsim("run", "--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("--scheduler") && run.out().contains("--out"), run.out());
    }

    /**
     * {@code hpcsim} alone runs the default scenario into out/default under the working folder,
     * which a test can only set for a child process; it costs one JVM start and a 2,000-job run.
     */
    @Test
    void shouldRunTheDefaultScenarioWhenGivenNoArguments() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        assumeTrue(Files.isExecutable(java), "no java launcher at " + java);
        Path cwd = Files.createDirectories(tmp.resolve("cwd"));
        Process p = new ProcessBuilder(java.toString(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .directory(cwd.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        assertTrue(output.contains("| default | easy on 128 nodes x 32 cores |"), output);
        assertTrue(Files.isRegularFile(cwd.resolve("out/default/summary.json")));
        assertTrue(Files.isRegularFile(cwd.resolve("out/default/jobs.csv")));
    }

    // ---------------------------------------------------------------- (g) bench

    @Test
    void shouldMeasureTheEngineWithoutReplays() {
        Result r = hpcsim("bench", "--skip-replay", "--engine-events", "200000", "--work", tmp.resolve("b").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("events/s"), r.out());
        assertEquals("", r.err());
        assertFalse(Files.exists(tmp.resolve("b")), "no trace written when replays are skipped");
    }
}
