package org.hpcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hpcsim.cli.oracle.Processes;
import org.hpcsim.cli.oracle.SlurmCluster;
import org.hpcsim.cli.oracle.SlurmInstallation;
import org.hpcsim.reports.sweep.PointResult;
import org.hpcsim.reports.sweep.PointResultFiles;
import org.hpcsim.scenarios.sweep.SweepLoader;
import org.hpcsim.scenarios.sweep.SweepSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code hpcsim sweep --executor slurm} against a real Slurm (scripts/slurm-local: 4 nodes of 1 CPU
 * on loopback): a sweep of 8 points, one task cancelled while it runs; the driver retries it and
 * every point ends with exactly one result, equal to what the local executor computes.
 *
 * <p>Alone: {@code mvn -q -pl cli -am verify -Dtest=SweepOnSlurmTest -Dsurefire.failIfNoSpecifiedTests=false}
 * (about a minute, as root); the driver's output is kept in {@code cli/target/slurm-sweep/driver.out}.
 */
class SweepOnSlurmTest {
    /** slurmctld's port; nodes take the next ones. Clear of the Slurm oracle's 17000 and 17100. */
    private static final int BASE_PORT = Integer.getInteger("hpcsim.sweep.basePort", 17300);
    private static final int NODES = 4;
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(6);

    private static final Path SCRIPT = Path.of("..", "scripts", "slurm-local").toAbsolutePath().normalize();
    private static final Path DIR = Path.of("target", "slurm-sweep").toAbsolutePath();

    /**
     * Eight points of two replications; two million jobs per run keep a point busy for a few
     * seconds (start-up included), so a task is caught while it runs.
     */
    private static final String SWEEP = """
            name: on-slurm
            scenario:
              name: on-slurm
              seed: 11
              cluster: {nodes: 64, coresPerNode: 8}
              scheduler: {policy: easy}
              workload:
                synthetic: {model: poisson, jobs: 2000000, load: 0.9}
            replications: 2
            parameters:
              - path: cluster.nodes
                values: [32, 48, 64, 80]
              - path: workload.synthetic.load
                values: [0.9, 0.97]
            """;

    @BeforeAll
    static void needSlurm() {
        SlurmInstallation.assumeUsable(SCRIPT, "Slurm sweep test");
    }

    @Test
    void shouldRetryACancelledTaskAndEndWithEveryPointOnceAsTheLocalExecutorComputesIt() throws Exception {
        Path study = DIR.resolve("study");
        Path local = DIR.resolve("local");
        deleteTree(study);
        deleteTree(local);
        Files.createDirectories(DIR);
        Path sweepFile = Files.writeString(DIR.resolve("on-slurm.yaml"), SWEEP);
        SweepSpec sweep = new SweepLoader().load(sweepFile);

        long t0 = System.nanoTime();
        Cli.ok("sweep", sweepFile, "--threads", "2", "--out", local);
        System.out.printf("slurm sweep test: local executor %.1f s%n", (System.nanoTime() - t0) / 1e9);

        String said;
        int code;
        // MinJobAge at its default, spelled out: the driver reads ended tasks' states from squeue.
        try (SlurmCluster slurm = SlurmCluster.start(SCRIPT, DIR.resolve("slurm"), NODES, 1, List.of("MinJobAge=300"),
                BASE_PORT)) {
            Map<String, String> env = Map.of("SLURM_CONF", slurm.dir().resolve("slurm.conf").toString());
            Path driverOut = DIR.resolve("driver.out");
            long t1 = System.nanoTime();
            Process driver = startDriver(sweepFile, study, env, driverOut);
            try {
                String task = awaitRunningTask(driver, env, driverOut);
                // Into its run: the JVM has started and the simulation is under way.
                Thread.sleep(500);
                Processes.run(List.of("scancel", task), DIR, env, CLIENT_TIMEOUT).requireSuccess();
                System.out.printf("slurm sweep test: cancelled task %s after %.1f s%n", task,
                        (System.nanoTime() - t1) / 1e9);
                if (!driver.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    fail("the driver did not end within " + RUN_TIMEOUT + ":\n" + Files.readString(driverOut)
                            + "\n" + slurm.diagnostics());
                }
            } finally {
                driver.destroyForcibly();
            }
            System.out.printf("slurm sweep test: slurm executor %.1f s%n", (System.nanoTime() - t1) / 1e9);
            said = Files.readString(driverOut, StandardCharsets.UTF_8);
            code = driver.exitValue();
        }
        System.out.print(said);
        assertEquals(0, code, said);

        Matcher m = Pattern.compile("round 1: submitted job (\\d+): 8 points \\(array 0-7\\)\n"
                + "round 1: job \\1 ended: 7 done, 1 without a result \\(point (\\d+): CANCELLED, log [^\n]*\\)\n"
                + "round 2: submitted job (\\d+): 1 point \\(array \\2\\)\n"
                + "round 2: job \\3 ended: 1 done, 0 without a result\n").matcher(said);
        assertTrue(m.find(), "one task cancelled in round 1 and retried alone in round 2:\n" + said);
        assertTrue(!said.contains("round 3"), said);
        int cancelled = Integer.parseInt(m.group(2));
        Path logs = study.resolve("slurm").resolve("logs");
        assertTrue(Files.isRegularFile(logs.resolve(m.group(1) + "_" + cancelled + ".out")));
        assertTrue(Files.isRegularFile(logs.resolve(m.group(3) + "_" + cancelled + ".out")));

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            expected.add(String.format("point-%06d.json", i));
        }
        assertEquals(expected, resultFiles(study.resolve("points")), "one result file per point, no other");
        assertEquals(9, Files.readAllLines(study.resolve("sweep.csv")).size(), "sweep.csv: header and 8 points");
        assertEquals(17, Files.readAllLines(study.resolve("runs.csv")).size(), "runs.csv: header and 8 x 2 runs");

        List<String> skipped = new ArrayList<>();
        Map<Integer, PointResult> onSlurm = new PointResultFiles(study.resolve("points"))
                .read(sweep.fingerprint(), 8, skipped);
        Map<Integer, PointResult> here = new PointResultFiles(local.resolve("points"))
                .read(sweep.fingerprint(), 8, skipped);
        assertEquals(List.of(), skipped);
        assertEquals(8, onSlurm.size());
        assertEquals(here, onSlurm, "each point's seeds and metrics as the local executor computes them");
    }

    /** The driver in a JVM of its own, so it sees SLURM_CONF as a user's shell would set it. */
    private static Process startDriver(Path sweepFile, Path study, Map<String, String> env, Path output)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder pb = new ProcessBuilder(java, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "sweep", sweepFile.toString(), "--executor", "slurm", "--out", study.toString(),
                "--max-parallel", String.valueOf(NODES), "--retries", "2", "--poll-interval", "0.5",
                "--partition", "all", "--time", "10", "--sbatch-option=--nodes=1")
                .directory(DIR.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    /** The first array task seen running, as JOB_INDEX for scancel. */
    private static String awaitRunningTask(Process driver, Map<String, String> env, Path driverOut)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!driver.isAlive()) {
                fail("the driver ended before any task ran:\n" + Files.readString(driverOut));
            }
            String out = Processes.run(List.of("squeue", "--noheader", "--array", "--states=running",
                    "--format=%F_%K"), DIR, env, CLIENT_TIMEOUT).requireSuccess().output().strip();
            if (!out.isEmpty()) {
                return out.lines().findFirst().orElseThrow().strip();
            }
            Thread.sleep(100);
        }
        return fail("no task ran within 2 minutes:\n" + Files.readString(driverOut));
    }

    private static List<String> resultFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            // Hidden temporary files of a task cancelled while writing are not results.
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
