package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.workload.Job;
import org.hpcsim.scenarios.InputNotFoundException;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.jobscsv.JobsCsvFormatException;
import org.hpcsim.scenarios.sacct.SacctFormatException;
import org.hpcsim.scenarios.spec.Scenario;
import org.hpcsim.scenarios.swf.SwfFormatException;
import org.hpcsim.scenarios.trace.ReorderingJobSource;
import org.hpcsim.scenarios.trace.TraceFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trace workloads run end to end through {@link ScenarioRunner#run}, from scenario text: the
 * formats other than SWF (sacct, PBS, jobs.csv), what their reports say was dropped and changed,
 * the cluster they need, transforms, dependencies and forced formats.
 */
class TraceScenarioTest {
    @TempDir
    Path dir;

    /** The sacct sample's reader report (see SacctSampleTest): 13 records, 9 jobs. */
    private static final Map<String, Long> SACCT_ADJUSTMENTS = Map.of("steps folded", 13L,
            "time limit unknown, used run time", 2L, "heterogeneous components folded", 1L);

    private static Path resource(String name) {
        try {
            return Path.of(TraceScenarioTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path sacctSample() {
        return resource("/sacct/sample.txt");
    }

    private static Path hpc2n() {
        Path file = Path.of("..", "..", "shared", "data", "traces", "hpc2n-sample.swf");
        assumeTrue(Files.isRegularFile(file), "trace not present: " + file.toAbsolutePath());
        return file.toAbsolutePath().normalize();
    }

    /** A scenario from YAML text; {@code TRACE} in it is replaced by the (quoted) path. */
    private static Scenario scenario(String yaml, Path trace) {
        return new ScenarioLoader().parse(yaml.replace("TRACE", "'" + trace + "'"), "test.yaml");
    }

    private RunReport run(Scenario s) {
        return ScenarioRunner.run(s, dir, List.of());
    }

    private RunReport run(String yaml, Path trace) {
        return run(scenario(yaml, trace));
    }

    /** Jobs read less jobs dropped is jobs run, and the reasons add up to the drops. */
    private static void assertAccountedFor(RunReport r) {
        WorkloadReport w = r.workload();
        assertEquals(w.jobsDropped(), w.droppedByReason().values().stream().mapToLong(Long::longValue).sum(),
                "reasons add up: " + w);
        assertEquals(w.jobsRead() - w.jobsDropped(), r.metrics().jobs(), "every job read is run or dropped: " + w);
    }

    /** The non-zero drop counts. */
    private static Map<String, Long> drops(WorkloadReport w) {
        Map<String, Long> m = new HashMap<>();
        w.droppedByReason().forEach((k, v) -> {
            if (v > 0) {
                m.put(k, v);
            }
        });
        return m;
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /** An SWF job line: id, submit, run, processors, requested, preceding job and think time. */
    private static String swf(long id, long submit, long run, int procs, long requested, long preceding, long think) {
        return id + " " + submit + " -1 " + run + " " + procs + " -1 -1 " + procs + " " + requested
                + " -1 1 1 1 -1 1 -1 " + preceding + " " + think + "\n";
    }

    private static final String SACCT = """
            name: sacct
            cluster: {nodes: 8, coresPerNode: 32, gpusPerNode: 4, allocation: node}
            workload:
              trace: TRACE
            """;

    // ---------------------------------------------------------------- sacct and PBS

    @Test
    void shouldRunTheSacctSampleOnTheScenarioClusterAndReportTheReadersDropsAndAdjustments() {
        RunReport r = run(SACCT, sacctSample());
        WorkloadReport w = r.workload();
        assertEquals("sacct", w.format());
        assertEquals(sacctSample().toString(), w.source());
        assertEquals(13, w.jobsRead());
        assertEquals(4, w.jobsDropped());
        assertEquals(Map.of("never started", 2L, "still running", 1L, "step without its job", 1L), drops(w));
        assertEquals(SACCT_ADJUSTMENTS, w.adjustments());
        assertEquals(9, r.metrics().jobs());
        assertAccountedFor(r);
        assertEquals(1, r.metrics().killedAtLimit(), "1010_3 ran past its limit (TIMEOUT)");
        assertEquals(8, r.scenario().cluster().nodes());
    }

    @Test
    void shouldDropSacctJobsThatCannotFitTheClusterWithTheirReasons() {
        // 4 nodes of 8 cores without GPUs: 1002 needs 8 nodes, 1020 and 1030 need GPUs.
        RunReport r = run("""
                name: small
                cluster: {nodes: 4, coresPerNode: 8, allocation: node}
                workload: {trace: TRACE}
                """, sacctSample());
        WorkloadReport w = r.workload();
        assertEquals(Map.of("never started", 2L, "still running", 1L, "step without its job", 1L,
                "larger than the machine", 1L, "needs GPUs the cluster does not have", 2L), drops(w));
        assertEquals(7, w.jobsDropped());
        assertEquals(6, r.metrics().jobs());
        assertAccountedFor(r);
        assertFalse(w.droppedByReason().containsKey(ReorderingJobSource.TOO_LATE),
                "the sample needs no reordering beyond the buffer");
    }

    @Test
    void shouldRunAFolderOfPbsLogsPuttingItsJobsInSubmitOrder() throws IOException {
        Path logs = Files.createDirectories(dir.resolve("pbs"));
        Files.copy(resource("/pbs/torque/20240311"), logs.resolve("20240311"));
        Files.copy(resource("/pbs/pbspro/20240312"), logs.resolve("20240312"));
        List<Long> submitted = new ArrayList<>();
        RunObserver order = new RunObserver() {
            @Override
            public void jobSubmitted(Job job, long now) {
                submitted.add(job.submitTime());
            }
        };
        RunReport r = ScenarioRunner.run(scenario("""
                name: pbs
                cluster: {nodes: 8, coresPerNode: 16, gpusPerNode: 4}
                workload: {trace: pbs}
                """, logs), dir, List.of(order));
        WorkloadReport w = r.workload();
        assertEquals("pbs", w.format());
        assertEquals("pbs", w.source(), "the path as the scenario gives it");
        assertEquals(8, w.jobsRead());
        assertEquals(Map.of("never started", 1L, "array parent record", 1L), drops(w));
        assertEquals(Map.of("walltime limit missing, used run time", 1L), w.adjustments());
        assertEquals(6, r.metrics().jobs());
        assertAccountedFor(r);
        assertEquals(submitted.stream().sorted().toList(), submitted, "logs list jobs as they end; runs submit in order");
    }

    @Test
    void shouldDropPbsJobsThatNeedGpusOnACpuCluster() throws IOException {
        Path log = Files.copy(resource("/pbs/pbspro/20240312"), dir.resolve("20240312"));
        RunReport r = run("""
                name: pbs
                cluster: {nodes: 8, coresPerNode: 16}
                workload: {trace: TRACE}
                """, log);
        assertEquals(2L, r.workload().droppedByReason().get("needs GPUs the cluster does not have"));
        assertEquals(1, r.metrics().jobs(), "7004 alone needs no GPU");
        assertAccountedFor(r);
    }

    @Test
    void shouldRequireAClusterForATraceWithoutAMachineHeader() throws IOException {
        ScenarioException sacct = assertThrows(ScenarioException.class,
                () -> run("workload: {trace: TRACE}\n", sacctSample()));
        assertEquals("cluster: is required for a sacct trace (only an SWF header describes its machine)",
                sacct.getMessage());
        ScenarioException pbs = assertThrows(ScenarioException.class,
                () -> run("workload: {trace: TRACE}\n", resource("/pbs/torque/20240311")));
        assertEquals("cluster: is required for a pbs trace (only an SWF header describes its machine)",
                pbs.getMessage());
        Path csv = write("jobs.csv", "job_id,submit_s,run_s,processors\n1,0,10,1\n");
        ScenarioException jobsCsv = assertThrows(ScenarioException.class, () -> run("workload: {trace: TRACE}\n", csv));
        assertEquals("cluster: is required for a jobs-csv trace (only an SWF header describes its machine)",
                jobsCsv.getMessage());
    }

    @Test
    void shouldSayNoSuchTraceFileBeforeAskingForACluster() {
        InputNotFoundException e = assertThrows(InputNotFoundException.class,
                () -> run(scenario("workload: {trace: missing.txt, format: sacct}\n", dir)));
        assertEquals("missing.txt: no such trace file (looked at " + dir.resolve("missing.txt") + ")", e.getMessage());
    }

    // ---------------------------------------------------------------- transforms

    @Test
    void shouldCountJobsFilteredOutByUserAsDropped() {
        RunReport r = run("""
                name: users
                cluster: {nodes: 8, coresPerNode: 32, gpusPerNode: 4}
                workload:
                  trace: TRACE
                  transforms: {users: [alice, carol]}
                """, sacctSample());
        WorkloadReport w = r.workload();
        assertEquals(3L, w.droppedByReason().get("filtered out by user"), "bob, dave and erin's jobs");
        assertEquals(7, w.jobsDropped());
        assertEquals(6, r.metrics().jobs());
        assertEquals(SACCT_ADJUSTMENTS, w.adjustments());
        assertAccountedFor(r);
    }

    @Test
    void shouldCountJobsFilteredOutByPartitionAndSizeAsDropped() {
        RunReport r = run("""
                name: parts
                cluster: {nodes: 8, coresPerNode: 32, gpusPerNode: 4}
                workload:
                  trace: TRACE
                  transforms: {partitions: [compute, long], maxProcessors: 32}
                """, sacctSample());
        WorkloadReport w = r.workload();
        assertEquals(2L, w.droppedByReason().get("filtered out by partition"), "1030 (gpu), 1080 (bigmem)");
        assertEquals(2L, w.droppedByReason().get("filtered out by size"), "1002 (64), 1020 (36)");
        assertEquals(5, r.metrics().jobs());
        assertAccountedFor(r);
    }

    @Test
    void shouldSliceAnSwfTraceAndAccountForEveryJobRead() {
        Path trace = hpc2n();
        RunReport r = run("""
                name: slice
                workload:
                  trace: TRACE
                  transforms: {skip: 10, limit: 100}
                """, trace);
        WorkloadReport w = r.workload();
        assertEquals(100, r.metrics().jobs());
        assertEquals(10L, w.droppedByReason().get("skipped"));
        assertEquals(w.droppedByReason().get("unknown run time"), w.jobsDropped() - 10);
        assertAccountedFor(r);
        assertTrue(w.jobsRead() < 200, "the rest of the trace is not read: " + w.jobsRead());
    }

    @Test
    void shouldCountTheJobsBeforeATimeWindowAndTheOneReadPastItsEnd() {
        Path trace = hpc2n();
        RunReport r = run("""
                name: window
                workload:
                  trace: TRACE
                  transforms: {windowStart: 864000, windowEnd: 1728000}
                """, trace);
        WorkloadReport w = r.workload();
        assertTrue(w.droppedByReason().get("before the time window") > 0, w.toString());
        assertEquals(1L, w.droppedByReason().get("past the time window's end (the rest was not read)"));
        assertTrue(r.metrics().jobs() > 0);
        assertTrue(r.metrics().firstSubmit() >= 864000 && r.metrics().firstSubmit() < 1728000,
                "first submit " + r.metrics() + " " + w);
        assertAccountedFor(r);
    }

    @Test
    void shouldLimitAnSwfTraceToExactlyItsLimit() throws IOException {
        StringBuilder sb = new StringBuilder("; MaxNodes: 1\n; MaxProcs: 4\n");
        for (int i = 1; i <= 20; i++) {
            sb.append(swf(i, 10L * i, 5, 1, 10, -1, -1));
        }
        RunReport r = run("workload: {trace: TRACE, transforms: {limit: 5}}\n", write("t.swf", sb.toString()));
        assertEquals(5, r.metrics().jobs());
        assertEquals(5, r.workload().jobsRead(), "no job is read beyond the limit");
        assertEquals(0, r.workload().jobsDropped());
    }

    // ---------------------------------------------------------------- dependencies

    /** Start times by job id of a run of {@code scenario}. */
    private Map<Long, Long> startTimes(Scenario s) {
        Map<Long, Long> starts = new HashMap<>();
        RunObserver o = new RunObserver() {
            @Override
            public void jobFinished(JobOutcome outcome) {
                starts.put(outcome.job().id(), outcome.startTime());
            }
        };
        ScenarioRunner.run(s, dir, List.of(o));
        return starts;
    }

    @Test
    void shouldHoldADependentJobUntilItsPrecedingJobEndedPlusItsThinkTime() throws IOException {
        // 1 node of 5 cores, room for all three; job 2 (submitted at 10 s) follows job 1 (0..1000 s)
        // after 50 s of thought; job 3 names a job that is not in the trace and is not held.
        Path trace = write("deps.swf", "; MaxNodes: 1\n; MaxProcs: 5\n"
                + swf(1, 0, 1000, 2, 1000, -1, -1)
                + swf(2, 10, 100, 2, 100, 1, 50)
                + swf(3, 20, 100, 1, 100, 99, 30));
        String yaml = "workload: {trace: TRACE, dependencies: DEPS}\nscheduler: {policy: fcfs}\n";
        Map<Long, Long> free = startTimes(scenario(yaml.replace("DEPS", "false"), trace));
        Map<Long, Long> held = startTimes(scenario(yaml.replace("DEPS", "true"), trace));
        assertEquals(SimTime.seconds(10), free.get(2L), "without dependencies job 2 starts when it arrives");
        assertEquals(SimTime.seconds(1050), held.get(2L), "with them, 50 s after job 1 ends");
        assertEquals(SimTime.seconds(20), free.get(3L));
        assertEquals(SimTime.seconds(20), held.get(3L), "a preceding job outside the trace holds nothing");
        assertEquals(free.get(1L), held.get(1L));
    }

    @Test
    void shouldReportTheDelayedStartInTheRunsMetrics() throws IOException {
        Path trace = write("deps.swf", "; MaxNodes: 1\n; MaxProcs: 4\n"
                + swf(1, 0, 1000, 2, 1000, -1, -1)
                + swf(2, 10, 100, 2, 100, 1, 50));
        RunReport free = run("workload: {trace: TRACE, dependencies: false}\n", trace);
        RunReport held = run("workload: {trace: TRACE, dependencies: true}\n", trace);
        assertEquals(1000.0, free.metrics().lastEnd());
        assertEquals(1150.0, held.metrics().lastEnd());
        assertNotEquals(free.metrics(), held.metrics());
        assertEquals(2, held.metrics().jobs());
    }

    // ---------------------------------------------------------------- forced formats

    @Test
    void shouldReadAJobsCsvItCannotDetectWhenTheFormatIsForced() throws IOException {
        // Columns in another order: the first line does not start with job_id, so detection fails.
        Path csv = write("jobs.txt", "submit_s,job_id,run_s,processors,requested_s\n0,1,100,4,200\n50,2,100,8,100\n");
        String yaml = "cluster: {nodes: 2, coresPerNode: 4}\nworkload: {trace: TRACE FORMAT}\n";
        ScenarioException undetected = assertThrows(ScenarioException.class,
                () -> run(yaml.replace("FORMAT", ""), csv));
        assertEquals(csv + ": cannot tell the trace format from its first line; name it with format: "
                + "(swf, sacct, pbs, jobs-csv)", undetected.getMessage());
        RunReport r = run(yaml.replace("FORMAT", ", format: jobs-csv"), csv);
        assertEquals("jobs-csv", r.workload().format());
        assertEquals(2, r.metrics().jobs());
        assertEquals(200.0, r.metrics().lastEnd(), "job 2 needs both nodes, so it waits for job 1 to end at 100 s");
    }

    @Test
    void shouldReadTheNamedFormatWhateverTheFileIsCalled() throws IOException {
        Path swf = write("trace.data", "; MaxNodes: 1\n; MaxProcs: 4\n" + swf(1, 0, 10, 1, 10, -1, -1));
        RunReport r = run("workload: {trace: TRACE, format: swf}\n", swf);
        assertEquals("swf", r.workload().format());
        assertEquals(1, r.metrics().jobs());
    }

    @Test
    void shouldFailWithOneLineNamingFileAndLineWhenTheForcedFormatIsWrong() throws IOException {
        Path swfFile = write("trace.swf", "; MaxNodes: 1\n; MaxProcs: 4\n" + swf(1, 0, 10, 1, 10, -1, -1));
        String cluster = "cluster: {nodes: 2, coresPerNode: 4}\n";
        TraceFormatException asSacct = assertThrows(SacctFormatException.class,
                () -> run(cluster + "workload: {trace: TRACE, format: sacct}\n", swfFile));
        assertEquals(swfFile + ":1: missing column JobID or JobIDRaw (sacct --parsable2 with at least"
                + " JobID,Submit,Start,End,NCPUS)", asSacct.getMessage());
        TraceFormatException asSwf = assertThrows(SwfFormatException.class,
                () -> run(cluster + "workload: {trace: TRACE, format: swf}\n", sacctSample()));
        assertTrue(asSwf.getMessage().startsWith(sacctSample() + ":1: "), asSwf.getMessage());
        TraceFormatException asCsv = assertThrows(JobsCsvFormatException.class,
                () -> run(cluster + "workload: {trace: TRACE, format: jobs-csv}\n", swfFile));
        assertTrue(asCsv.getMessage().startsWith(swfFile + ":1: header lacks required columns"), asCsv.getMessage());
        for (TraceFormatException e : List.of(asSacct, asSwf, asCsv)) {
            assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
            assertEquals(1, e.lineNumber());
        }
    }

    @Test
    void shouldRejectAnUnknownForcedFormatWhenTheScenarioIsLoaded() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> scenario("workload: {trace: TRACE, format: slurm}\n", sacctSample()));
        assertTrue(e.getMessage().contains("unknown trace format 'slurm' (allowed: swf, sacct, pbs, jobs-csv)"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
