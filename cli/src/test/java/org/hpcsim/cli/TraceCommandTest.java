package org.hpcsim.cli;

import static org.hpcsim.cli.Cli.failure;
import static org.hpcsim.cli.Cli.hpcsim;
import static org.hpcsim.cli.Cli.ok;
import static org.hpcsim.cli.Cli.scenariosResource;
import static org.hpcsim.cli.Cli.sharedTrace;
import static org.hpcsim.cli.Cli.summary;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trace tools end to end through {@link Main#execute}: {@code trace info} against an
 * independent reading of the file, {@code trace convert} and {@code trace generate} read back,
 * the "replay a converted or simulated trace" round trips through {@code run}, and bad input.
 */
class TraceCommandTest {
    @TempDir
    Path tmp;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content);
    }

    // ---------------------------------------------------------------- an independent reading of SWF

    /** What {@code trace info} should say of an SWF file, computed here with String.split alone. */
    record SwfFacts(long jobs, long maxProcs, double spanSeconds, double offeredLoad) {}

    /**
     * Reads an SWF file the way the README describes the replay filter: size is field 5, else 8;
     * jobs without a size, with a negative runtime or submit time, or submitted before the previous
     * accepted job are left out. Offered load: processor-seconds over MaxProcs x span of submissions.
     */
    private static SwfFacts facts(Path swf) throws IOException {
        long maxProcs = -1;
        long jobs = 0;
        double work = 0;
        double previous = Double.NEGATIVE_INFINITY;
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        for (String raw : Files.readAllLines(swf, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith(";")) {
                String[] kv = line.substring(1).split(":", 2);
                if (kv[0].strip().equals("MaxProcs")) {
                    maxProcs = Long.parseLong(kv[1].strip());
                }
                continue;
            }
            String[] f = line.split("\\s+");
            double submit = Double.parseDouble(f[1]);
            double run = Double.parseDouble(f[3]);
            long allocated = (long) Double.parseDouble(f[4]);
            long requested = (long) Double.parseDouble(f[7]);
            long size = allocated > 0 ? allocated : requested;
            if (size <= 0 || run < 0 || submit < 0 || submit < previous) {
                continue;
            }
            previous = submit;
            jobs++;
            work += size * run;
            first = Math.min(first, submit);
            last = Math.max(last, submit);
        }
        double span = last - first;
        return new SwfFacts(jobs, maxProcs, span, work / (maxProcs * span));
    }

    // ---------------------------------------------------------------- trace info

    @Test
    void shouldDescribeHpc2nWithItsJobCountAndTheOfferedLoadOnItsMaxProcs() throws IOException {
        Path hpc2n = sharedTrace("hpc2n-sample.swf");
        SwfFacts expected = facts(hpc2n);
        assertEquals(3145, expected.jobs());
        assertEquals(240, expected.maxProcs());
        String out = ok("trace", "info", hpc2n).out();
        assertTrue(out.startsWith("| hpc2n-sample.swf | |\n|---|---|\n"), out);
        assertTrue(out.contains("| jobs | 3145 |\n"), out);
        assertTrue(out.contains("| machineProcessors | 240 |\n"), out);
        assertTrue(out.contains("| offeredLoad | " + String.format(Locale.ROOT, "%.4g", expected.offeredLoad()) + " |\n"),
                out);
        assertTrue(out.endsWith("dropped 25 of 3170 jobs: 25 unknown run time\n"), out);
    }

    @Test
    void shouldDescribeHpc2nAsJsonWithTheSameFigures() throws IOException {
        Path hpc2n = sharedTrace("hpc2n-sample.swf");
        SwfFacts expected = facts(hpc2n);
        JsonNode info = ok("trace", "info", "--json", hpc2n).json();
        List<String> keys = new ArrayList<>();
        info.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("jobs", "spanSeconds", "users", "serialFraction", "powerOfTwoFraction", "gpuJobs",
                "processors", "runtimeSeconds", "requestedSeconds", "sizeClasses", "machineProcessors", "offeredLoad"),
                keys);
        assertEquals(expected.jobs(), info.get("jobs").asLong());
        assertEquals(expected.maxProcs(), info.get("machineProcessors").asLong());
        assertEquals(expected.spanSeconds(), info.get("spanSeconds").asDouble());
        assertEquals(expected.offeredLoad(), info.get("offeredLoad").asDouble(), 1e-12 * expected.offeredLoad());
        long classified = 0;
        for (Iterator<JsonNode> it = info.get("sizeClasses").elements(); it.hasNext(); ) {
            classified += it.next().asLong();
        }
        assertEquals(expected.jobs(), classified, "every job is in one size class");
    }

    @Test
    void shouldComputeTheOfferedLoadOnTheMachineSizeGiven() throws IOException {
        Path hpc2n = sharedTrace("hpc2n-sample.swf");
        SwfFacts expected = facts(hpc2n);
        JsonNode info = ok("trace", "info", "--json", "--processors", "480", hpc2n).json();
        assertEquals(480, info.get("machineProcessors").asLong());
        assertEquals(expected.offeredLoad() / 2, info.get("offeredLoad").asDouble(), 1e-12);
    }

    @Test
    void shouldDescribeAnSwfFileWrittenHereLikeTheIndependentReading() throws IOException {
        // Job 3 has no size, job 4 no runtime, job 6 was submitted before job 5: all left out.
        Path swf = write("small.swf", "; MaxNodes: 4\n; MaxProcs: 8\n"
                + "1 0 -1 100 2 -1 -1 2 200 -1 1 1 1 -1 1 -1 -1 -1\n"
                + "2 50 -1 300 -1 -1 -1 4 400 -1 1 2 1 -1 1 -1 -1 -1\n"
                + "3 60 -1 10 -1 -1 -1 -1 20 -1 1 1 1 -1 1 -1 -1 -1\n"
                + "4 70 -1 -1 1 -1 -1 1 20 -1 5 1 1 -1 1 -1 -1 -1\n"
                + "5 100 -1 20 8 -1 -1 8 60 -1 1 3 1 -1 1 -1 -1 -1\n"
                + "6 90 -1 20 1 -1 -1 1 60 -1 1 3 1 -1 1 -1 -1 -1\n");
        SwfFacts expected = facts(swf);
        assertEquals(3, expected.jobs());
        assertEquals((2 * 100 + 4 * 300 + 8 * 20) / (8.0 * 100), expected.offeredLoad(), 1e-12);
        JsonNode info = ok("trace", "info", "--json", swf).json();
        assertEquals(3, info.get("jobs").asLong());
        assertEquals(3, info.get("users").asLong());
        assertEquals(expected.offeredLoad(), info.get("offeredLoad").asDouble(), 1e-12);
    }

    @Test
    void shouldLeaveOutTheOfferedLoadWhenTheTraceNamesNoMachine() {
        JsonNode info = ok("trace", "info", "--json", scenariosResource("sacct/sample.txt")).json();
        assertEquals(9, info.get("jobs").asLong());
        assertEquals(2, info.get("gpuJobs").asLong());
        assertFalse(info.has("offeredLoad"));
        assertFalse(info.has("machineProcessors"));
    }

    // ---------------------------------------------------------------- trace convert

    @Test
    void shouldConvertTheSacctSampleToSwfThatReadsBackWithTheSameJobs() {
        Path sample = scenariosResource("sacct/sample.txt");
        Path swf = tmp.resolve("sample.swf");
        String out = ok("trace", "convert", sample, swf).out();
        assertTrue(out.startsWith("wrote 9 jobs to " + swf + " (swf); dropped 4 of 13 jobs: "), out);
        JsonNode before = ok("trace", "info", "--json", sample).json();
        JsonNode after = ok("trace", "info", "--json", swf).json();
        assertEquals(9, after.get("jobs").asLong());
        // SWF has no GPU field: the rest of the description is unchanged.
        assertEquals(0, after.get("gpuJobs").asLong());
        ((ObjectNode) before).remove("gpuJobs");
        ((ObjectNode) after).remove("gpuJobs");
        assertEquals(before, after);
    }

    @Test
    void shouldConvertTheSacctSampleToCsvThatReadsBackExactly() {
        Path sample = scenariosResource("sacct/sample.txt");
        Path csv = tmp.resolve("sample.csv");
        ok("trace", "convert", sample, csv);
        assertEquals(ok("trace", "info", "--json", sample).json(), ok("trace", "info", "--json", csv).json());
    }

    @Test
    void shouldConvertAPbsFolderInSubmitOrder() throws IOException {
        Path logs = Files.createDirectories(tmp.resolve("pbs"));
        Files.copy(scenariosResource("pbs/torque/20240311"), logs.resolve("20240311"));
        Files.copy(scenariosResource("pbs/pbspro/20240312"), logs.resolve("20240312"));
        Path swf = tmp.resolve("pbs.swf");
        ok("trace", "convert", logs, swf);
        List<Long> submits = Files.readAllLines(swf).stream().filter(l -> !l.startsWith(";"))
                .map(l -> Long.parseLong(l.split("\\s+")[1])).toList();
        assertEquals(6, submits.size());
        assertEquals(submits.stream().sorted().toList(), submits);
        assertEquals(6, ok("trace", "info", "--json", swf).json().get("jobs").asLong());
    }

    // ---------------------------------------------------------------- replaying converted and simulated traces

    /** A scenario file for {@code trace} on 120 nodes of 2 cores (hpc2n's machine). */
    private Path scenario(String name, Path trace, String policy, boolean kill) throws IOException {
        return write(name + ".yaml", "name: " + name + "\n"
                + "cluster: {nodes: 120, coresPerNode: 2, allocation: core}\n"
                + "scheduler: {policy: " + policy + ", killAtTimeLimit: " + kill + "}\n"
                + "workload: {trace: '" + trace + "'}\n");
    }

    /** Runs a scenario file into {@code tmp/NAME}; returns the folder. */
    private Path run(Path scenario, String name) {
        Path out = tmp.resolve(name);
        ok("run", scenario, "--out", out, "--quiet");
        return out;
    }

    @Test
    void shouldReplayAnSwfConvertedToCsvToTheSameMetricsAsTheSwf() throws IOException {
        Path hpc2n = sharedTrace("hpc2n-sample.swf");
        Path csv = tmp.resolve("hpc2n.csv");
        assertTrue(ok("trace", "convert", hpc2n, csv).out().startsWith("wrote 3145 jobs to "));
        Path direct = run(scenario("direct", hpc2n, "easy", true), "direct");
        Path replay = run(scenario("replay", csv, "easy", true), "replay");
        JsonNode a = summary(direct);
        JsonNode b = summary(replay);
        assertEquals("swf", a.get("workload").get("format").asText());
        assertEquals("jobs-csv", b.get("workload").get("format").asText(), "detected from the header");
        assertEquals(a.get("metrics"), b.get("metrics"));
        assertEquals(a.get("engine"), b.get("engine"));
        assertTrue(a.get("metrics").get("killedAtLimit").asLong() > 0, "kills are replayed too");
        assertArrayEquals(Files.readAllBytes(direct.resolve("jobs.csv")), Files.readAllBytes(replay.resolve("jobs.csv")));
    }

    @Test
    void shouldReplayAGeneratedTraceConvertedToCsvToTheSameMetrics() {
        Path swf = tmp.resolve("lublin.swf");
        Path csv = tmp.resolve("lublin.csv");
        ok("trace", "generate", "lublin", "--jobs", "3000", "--nodes", "64", "--load", "0.9", "--out", swf);
        ok("trace", "convert", swf, csv);
        Path direct = tmp.resolve("direct");
        Path replay = tmp.resolve("replay");
        ok("run", "--trace", swf, "--out", direct, "--quiet");
        ok("run", "--trace", csv, "--nodes", "64", "--cores-per-node", "1", "--out", replay, "--quiet");
        assertEquals(summary(direct).get("scenario").get("cluster"), summary(replay).get("scenario").get("cluster"));
        assertEquals(summary(direct).get("metrics"), summary(replay).get("metrics"));
        assertEquals(3000, summary(replay).get("metrics").get("jobs").asLong());
    }

    @Test
    void shouldReplayARunsOwnJobsCsvToTheSameMetricsWhenNoJobIsKilled() throws IOException {
        Path hpc2n = sharedTrace("hpc2n-sample.swf");
        for (String policy : List.of("easy", "fcfs")) {
            Path first = run(scenario(policy + "-first", hpc2n, policy, false), policy + "-first");
            JsonNode a = summary(first);
            assertEquals(0, a.get("metrics").get("killedAtLimit").asLong());
            assertNoKills(first.resolve("jobs.csv"));
            assertSomeTieOutOfIdOrder(first.resolve("jobs.csv"));
            Path again = run(scenario(policy + "-again", first.resolve("jobs.csv"), policy, false), policy + "-again");
            JsonNode b = summary(again);
            assertEquals("jobs-csv", b.get("workload").get("format").asText());
            assertEquals(a.get("metrics"), b.get("metrics"), policy);
            assertEquals(a.get("engine"), b.get("engine"), policy);
            assertArrayEquals(Files.readAllBytes(first.resolve("jobs.csv")), Files.readAllBytes(again.resolve("jobs.csv")),
                    policy + ": the replay's jobs.csv is the run's own");

            // The same through trace convert: jobs.csv -> SWF -> run.
            Path swf = tmp.resolve(policy + ".swf");
            ok("trace", "convert", first.resolve("jobs.csv"), swf);
            Path viaSwf = run(scenario(policy + "-swf", swf, policy, false), policy + "-swf");
            assertEquals(a.get("metrics"), summary(viaSwf).get("metrics"), policy + " via SWF");
        }
    }

    @Test
    void shouldReplayTiesOfARunsJobsCsvInTheirSubmissionOrder() throws IOException {
        // Bursts of five one-core jobs submitted together on two cores: a long job, then four short
        // ones. The short ones end first, so jobs.csv lists each burst with the long job last; a
        // replay that submitted them in that order would start the long job last and end later.
        StringBuilder sb = new StringBuilder("; MaxNodes: 1\n; MaxProcs: 2\n");
        int id = 1;
        for (int burst = 0; burst < 40; burst++) {
            for (int k = 0; k < 5; k++, id++) {
                long run = k == 0 ? 300 + burst % 7 : 20 - k + burst % 3;
                sb.append(id).append(' ').append(1000L * burst).append(" -1 ").append(run).append(" 1 -1 -1 1 ")
                        .append(run + 30).append(" -1 1 ").append(1 + k).append(" 1 -1 1 -1 -1 -1\n");
            }
        }
        Path swf = write("bursts.swf", sb.toString());
        for (String policy : List.of("fcfs", "easy")) {
            Path scenario = write(policy + "-bursts.yaml", "cluster: {nodes: 1, coresPerNode: 2, allocation: core}\n"
                    + "scheduler: {policy: " + policy + ", killAtTimeLimit: false}\nworkload: {trace: '" + swf + "'}\n");
            Path first = run(scenario, policy + "-bursts");
            assertSomeTieOutOfIdOrder(first.resolve("jobs.csv"));
            Path replayScenario = write(policy + "-replay.yaml", "cluster: {nodes: 1, coresPerNode: 2, allocation: core}\n"
                    + "scheduler: {policy: " + policy + ", killAtTimeLimit: false}\n"
                    + "workload: {trace: '" + first.resolve("jobs.csv") + "'}\n");
            Path again = run(replayScenario, policy + "-bursts-again");
            assertEquals(summary(first).get("metrics"), summary(again).get("metrics"), policy);
            assertArrayEquals(Files.readAllBytes(first.resolve("jobs.csv")), Files.readAllBytes(again.resolve("jobs.csv")),
                    policy);
        }
    }

    @Test
    void shouldReplayAJobKilledAtItsLimitForItsCappedRuntime() throws IOException {
        Path hpc2n = sharedTrace("hpc2n-sample.swf");
        Path first = run(scenario("kill-first", hpc2n, "easy", true), "kill-first");
        JsonNode a = summary(first).get("metrics");
        assertTrue(a.get("killedAtLimit").asLong() > 0);
        Path again = run(scenario("kill-again", first.resolve("jobs.csv"), "easy", true), "kill-again");
        JsonNode b = summary(again).get("metrics");
        // Every time is the same; the replayed job runs exactly its limit, so it is not counted as
        // killed a second time.
        ObjectNode timesA = ((ObjectNode) a.deepCopy()).without("killedAtLimit");
        ObjectNode timesB = ((ObjectNode) b.deepCopy()).without("killedAtLimit");
        assertEquals(timesA, timesB);
    }

    /** Checks that jobs.csv lists some jobs submitted together out of their id order (it lists jobs as they end). */
    private static void assertSomeTieOutOfIdOrder(Path jobsCsv) throws IOException {
        Map<String, List<Long>> idsBySubmit = new HashMap<>();
        List<String> rows = Files.readAllLines(jobsCsv);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",", -1);
            idsBySubmit.computeIfAbsent(f[1], k -> new ArrayList<>()).add(Long.parseLong(f[0]));
        }
        assertTrue(idsBySubmit.values().stream().anyMatch(ids -> !ids.equals(ids.stream().sorted().toList())),
                "no tie out of id order in " + jobsCsv);
    }

    private static void assertNoKills(Path jobsCsv) throws IOException {
        List<String> rows = Files.readAllLines(jobsCsv);
        int killed = Arrays.asList(rows.get(0).split(",")).indexOf("killed");
        assertTrue(killed > 0, rows.get(0));
        for (String row : rows.subList(1, rows.size())) {
            assertEquals("0", row.split(",", -1)[killed], row);
        }
    }

    // ---------------------------------------------------------------- trace generate

    @Test
    void shouldGenerateALublinTraceThatTraceInfoCountsInFull() {
        Path swf = tmp.resolve("X.swf");
        assertEquals("wrote 2000 lublin jobs to " + swf + "\n",
                ok("trace", "generate", "lublin", "--jobs", "2000", "--nodes", "64", "--out", swf).out());
        JsonNode info = ok("trace", "info", "--json", swf).json();
        assertEquals(2000, info.get("jobs").asLong());
        assertEquals(64, info.get("machineProcessors").asLong(), "the header names the machine");
        assertTrue(info.get("processors").get("max").asDouble() <= 64);
    }

    @Test
    void shouldGenerateByteIdenticalFilesForTheSameSeedAndOthersForAnother() throws IOException {
        for (String model : List.of("lublin", "poisson", "gpu-training")) {
            Path a = tmp.resolve(model + "-a.swf");
            Path b = tmp.resolve(model + "-b.swf");
            Path c = tmp.resolve(model + "-c.swf");
            ok("trace", "generate", model, "--jobs", "500", "--nodes", "16", "--seed", "7", "--out", a);
            ok("trace", "generate", model, "--jobs", "500", "--nodes", "16", "--seed", "7", "--out", b);
            ok("trace", "generate", model, "--jobs", "500", "--nodes", "16", "--seed", "8", "--out", c);
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), model);
            assertFalse(Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)), model);
        }
    }

    @Test
    void shouldGenerateGpuJobsIntoACsvThatKeepsTheirGpus() {
        Path csv = tmp.resolve("gpu.csv");
        ok("trace", "generate", "gpu-training", "--jobs", "1000", "--nodes", "16", "--out", csv);
        JsonNode info = ok("trace", "info", "--json", csv).json();
        assertEquals(1000, info.get("jobs").asLong());
        assertEquals(1000, info.get("gpuJobs").asLong(), "every training job has GPUs");
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void shouldExitUsageForAnUnknownModelAndWriteNothing() {
        Path out = tmp.resolve("x.swf");
        String line = failure(hpcsim("trace", "generate", "bogus", "--out", out), ExitCodes.USAGE);
        assertEquals("hpcsim: unknown model 'bogus' (allowed: lublin, poisson, gpu-training)", line);
        assertFalse(Files.exists(out));
    }

    @Test
    void shouldExitUsageForAnInvalidGeneratorFlag() {
        String line = failure(hpcsim("trace", "generate", "lublin", "--jobs", "0", "--out", tmp.resolve("x.swf")),
                ExitCodes.USAGE);
        assertEquals("hpcsim: --jobs: must be a positive number of jobs, got 0", line);
    }

    @Test
    void shouldExitUsageForAnUnknownOutputFormat() {
        String line = failure(hpcsim("trace", "convert", scenariosResource("sacct/sample.txt"), tmp.resolve("x.out"),
                "--to", "xml"), ExitCodes.USAGE);
        assertEquals("hpcsim: --to: unknown output format 'xml' (allowed: swf, csv)", line);
    }

    @Test
    void shouldExitNoInputForAMissingTrace() {
        Path missing = tmp.resolve("missing.swf");
        String expected = "hpcsim: " + missing + ": no such trace file (looked at " + missing + ")";
        assertEquals(expected, failure(hpcsim("trace", "info", missing), ExitCodes.NO_INPUT));
        assertEquals(expected, failure(hpcsim("trace", "convert", missing, tmp.resolve("o.swf")), ExitCodes.NO_INPUT));
        assertFalse(Files.exists(tmp.resolve("o.swf")));
    }

    @Test
    void shouldExitDataErrorWithFileAndLineForAMalformedSacctLine() throws IOException {
        Path bad = write("bad.txt", "JobID|Submit|Start|End|Timelimit|State|NCPUS\n"
                + "7|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:11:00|00:20:00|COMPLETED|4\n"
                + "8|2024-03-01T08:00:00|2024-03-01T08:01:00|2024-03-01T08:11:00|00:20:00|COMPLETED|4x\n");
        String expected = "hpcsim: " + bad + ":3: NCPUS is not a count: '4x'";
        assertEquals(expected, failure(hpcsim("trace", "info", bad), ExitCodes.DATA));
        Path out = tmp.resolve("bad.swf");
        assertEquals(expected, failure(hpcsim("trace", "convert", bad, out), ExitCodes.DATA));
        assertFalse(Files.exists(out), "no half-written output");
    }

    @Test
    void shouldExitDataErrorWithFileAndLineWhenTheNamedFormatIsWrong() {
        Path sample = scenariosResource("sacct/sample.txt");
        String line = failure(hpcsim("trace", "info", "--format", "pbs", sample), ExitCodes.DATA);
        assertEquals("hpcsim: " + sample + ":1: expected 4 ';'-separated parts (time;type;id;message), found 1", line);
    }

    @Test
    void shouldExitUsageForAnUnknownNamedFormat() {
        Path sample = scenariosResource("sacct/sample.txt");
        String line = failure(hpcsim("trace", "info", "--format", "slurm", sample), ExitCodes.USAGE);
        assertEquals("hpcsim: --format: unknown trace format 'slurm' (allowed: swf, sacct, pbs, jobs-csv)", line);
        failure(hpcsim("trace", "convert", "--format", "slurm", sample, tmp.resolve("o.swf")), ExitCodes.USAGE);
    }
}
