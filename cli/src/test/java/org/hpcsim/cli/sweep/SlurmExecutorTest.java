package org.hpcsim.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hpcsim.scenarios.sweep.SweepLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Slurm executor's rounds against a fake Slurm: what is submitted, retried, waited for and never run twice. */
class SlurmExecutorTest {
    @TempDir
    Path tmp;

    private Path sweepFile;
    private Path out;
    private Study study;
    private FakeSlurm slurm;
    private final StringWriter printed = new StringWriter();
    private final StringWriter notes = new StringWriter();

    @BeforeEach
    void eightPoints() throws IOException {
        sweepFile = Files.writeString(tmp.resolve("tiny.yaml"), """
                name: tiny
                scenario:
                  name: tiny
                  seed: 3
                  cluster: {nodes: 4, coresPerNode: 2}
                  workload:
                    synthetic: {model: poisson, jobs: 30, load: 0.6}
                replications: 2
                parameters:
                  - path: cluster.nodes
                    values: [2, 3, 4, 5, 6, 7, 8, 9]
                """);
        out = tmp.resolve("out");
        study = new Study(new SweepLoader().load(sweepFile), out.resolve("points"));
        slurm = new FakeSlurm(study.sweep(), out.resolve("points"));
    }

    private void run(Integer maxParallel, int retries) {
        SlurmOptions options = new SlurmOptions(null, null, null, List.of(), maxParallel, retries, Duration.ofMillis(1));
        new SlurmExecutor(slurm, study, options, new TaskCommand(List.of("hpcsim")), sweepFile, out,
                new PrintWriter(printed), new PrintWriter(notes)).run();
    }

    private List<String> arrays() {
        return slurm.submissions.stream()
                .map(args -> args.stream().filter(a -> a.startsWith("--array=")).findFirst().orElseThrow()).toList();
    }

    private List<String> resultFiles() throws IOException {
        try (Stream<Path> files = Files.list(out.resolve("points"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static final List<String> ALL_EIGHT = List.of("point-000000.json", "point-000001.json",
            "point-000002.json", "point-000003.json", "point-000004.json", "point-000005.json", "point-000006.json",
            "point-000007.json");

    @Test
    void shouldRunEveryPointInOneArrayWhenNoTaskFails() throws IOException {
        run(3, 2);
        assertEquals(List.of("--array=0-7%3"), arrays());
        assertEquals(List.of(), study.pending());
        assertEquals(ALL_EIGHT, resultFiles());
        assertEquals(3, slurm.mostRunning, "the array's %K limit");
        assertEquals("round 1: submitted job 100: 8 points (array 0-7)\n"
                + "round 1: job 100 ended: 8 done, 0 without a result\n", printed.toString());
    }

    @Test
    void shouldResubmitACancelledTaskOnceAndWriteEveryResultOnce() throws IOException {
        slurm.cancel(3, 1);
        run(4, 2);
        assertEquals(List.of("--array=0-7%4", "--array=3%4"), arrays());
        assertEquals(Map.of(0, 1, 1, 1, 2, 1, 3, 1, 4, 1, 5, 1, 6, 1, 7, 1), slurm.writes);
        assertEquals(List.of(), List.copyOf(slurm.submittedWhileActive));
        assertEquals(ALL_EIGHT, resultFiles());
        String log = out.toAbsolutePath().resolve("slurm/logs/100_3.out").toString();
        assertEquals("round 1: submitted job 100: 8 points (array 0-7)\n"
                + "round 1: job 100 ended: 7 done, 1 without a result (point 3: CANCELLED, log " + log + ")\n"
                + "round 2: submitted job 101: 1 point (array 3)\n"
                + "round 2: job 101 ended: 1 done, 0 without a result\n", printed.toString());
    }

    @Test
    void shouldGiveUpOnAPointAfterTheLastRetry() throws IOException {
        slurm.cancel(5, 10);
        run(null, 2);
        assertEquals(List.of("--array=0-7", "--array=5", "--array=5"), arrays());
        assertEquals(List.of(5), study.pending());
        assertEquals(7, resultFiles().size());
    }

    @Test
    void shouldNotRetryWhenRetriesAreZero() {
        slurm.cancel(1, 1).cancel(6, 1);
        run(null, 0);
        assertEquals(List.of("--array=0-7"), arrays());
        assertEquals(List.of(1, 6), study.pending());
    }

    @Test
    void shouldSubmitOnlyThePointsWithoutAResultWhenResuming() throws IOException {
        slurm.cancel(2, 1).cancel(4, 1).cancel(5, 1);
        run(null, 0);
        assertEquals(List.of(2, 4, 5), study.pending());

        run(null, 0);
        assertEquals(List.of("--array=0-7", "--array=2,4-5"), arrays());
        assertEquals(List.of(), study.pending());
        assertEquals(ALL_EIGHT, resultFiles());
        assertTrue(slurm.writes.values().stream().allMatch(n -> n == 1), slurm.writes.toString());
    }

    @Test
    void shouldSubmitNothingWhenEveryPointHasAResult() {
        run(null, 2);
        printed.getBuffer().setLength(0);
        run(null, 2);
        assertEquals(1, slurm.submissions.size());
        assertEquals("", printed.toString());
    }

    @Test
    void shouldWaitForTheTasksAnEarlierDriverLeftRunningBeforeSubmitting() throws IOException {
        long earlier = slurm.earlierJob(List.of(0, 1, 2, 3, 4, 5, 6, 7));
        slurm.cancel(6, 1);
        Files.createDirectories(out.resolve("slurm"));
        Files.writeString(out.resolve("slurm/jobs.txt"), earlier + "\n");
        run(null, 2);
        // The earlier job wrote seven points; only the one it lost is submitted again.
        assertEquals(List.of("--array=6"), arrays());
        assertEquals(List.of(), List.copyOf(slurm.submittedWhileActive));
        assertTrue(printed.toString().startsWith("job 100 from an earlier run still has 8 tasks pending or running;"
                + " waiting for it\n"), printed.toString());
        assertEquals(List.of("100", "101"), Files.readAllLines(out.resolve("slurm/jobs.txt")));
    }

    @Test
    void shouldShowTheFinalStateFromAccountingWhereSlurmKeepsIt() {
        slurm.cancel(3, 1);
        slurm.accounting = Map.of(3, "CANCELLED (exit 0:15)");
        run(null, 0);
        assertTrue(printed.toString().contains("(point 3: CANCELLED (exit 0:15), log "), printed.toString());
    }

    @Test
    void shouldWeatherAFewFailedSqueueCalls() {
        slurm.squeueFailures = 3;
        run(null, 0);
        assertEquals(List.of(), study.pending());
        assertEquals(3, notes.toString().lines().count());
        assertTrue(notes.toString().startsWith("hpcsim: note: squeue failed (exit 1): slurm_load_jobs error: Unable"
                + " to contact slurm controller; asking again\n"), notes.toString());
    }

    @Test
    void shouldStopWhenSqueueKeepsFailing() {
        slurm.squeueFailures = 1000;
        ExternalCommandException e = assertThrows(ExternalCommandException.class, () -> run(null, 0));
        assertTrue(e.getMessage().startsWith("squeue failed"), e.getMessage());
    }

    @Test
    void shouldWriteTheScriptThatRunsTheSweepFileIntoThePointsFolder() throws IOException {
        run(null, 0);
        String script = Files.readString(out.resolve("slurm/sweep.sbatch"));
        assertTrue(script.contains("exec 'hpcsim' 'sweep-point' '" + sweepFile.toAbsolutePath() + "' '--results' '"
                + out.toAbsolutePath().resolve("points") + "' '--skip-done' --index \"$SLURM_ARRAY_TASK_ID\"\n"), script);
        assertTrue(slurm.submissions.get(0).contains("--output=" + out.toAbsolutePath() + "/slurm/logs/%A_%a.out"));
    }
}
