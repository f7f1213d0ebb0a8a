package org.hpcsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep command's cluster executors through {@link Main#execute}: the Kubernetes manifest,
 * merging without running, sweep-point's skip, and bad flags refused in one line before anything runs.
 */
class SweepExecutorFlagsTest {
    @TempDir
    Path tmp;

    private Path sweep;

    @BeforeEach
    void fourPoints() throws IOException {
        sweep = Files.writeString(tmp.resolve("four.yaml"), """
                name: four
                scenario:
                  name: four
                  seed: 5
                  cluster: {nodes: 4, coresPerNode: 2}
                  workload:
                    synthetic: {model: poisson, jobs: 40, load: 0.7}
                parameters:
                  - path: cluster.nodes
                    values: [2, 3, 4, 5]
                """);
    }

    @Test
    void shouldWriteAnIndexedJobAndSayHowToRunAndMergeIt() throws IOException {
        Path out = tmp.resolve("k8s");
        Cli.Result r = Cli.ok("sweep", sweep, "--executor", "kubernetes", "--image", "registry.example.org/hpcsim:0.1",
                "--pvc", "sweeps", "--max-parallel", "3", "--retries", "1", "--out", out);
        Path manifest = out.toAbsolutePath().resolve("kubernetes/sweep-job.yaml");
        JsonNode job = new ObjectMapper(new YAMLFactory()).readTree(manifest.toFile());
        assertEquals(4, job.at("/spec/completions").asInt());
        assertEquals(3, job.at("/spec/parallelism").asInt());
        assertEquals(1, job.at("/spec/backoffLimitPerIndex").asInt());
        assertEquals("/study/four.yaml", job.at("/spec/template/spec/containers/0/command/2").asText());
        assertTrue(r.out().contains("wrote " + manifest + ": Indexed Job hpcsim-four, 4 completions"), r.out());
        assertTrue(r.out().contains("kubectl apply -f " + manifest), r.out());
        assertTrue(r.out().contains("--merge-only"), r.out());
        assertFalse(Files.exists(out.resolve("points")), "nothing ran here");
    }

    @Test
    void shouldRequireAnImageAndAVolumeClaimForKubernetes() {
        String line = Cli.failure(Cli.hpcsim("sweep", sweep, "--executor", "kubernetes", "--pvc", "sweeps", "--out",
                tmp.resolve("o")), ExitCodes.USAGE);
        assertTrue(line.startsWith("hpcsim: --image: is required with --executor kubernetes"), line);
        line = Cli.failure(Cli.hpcsim("sweep", sweep, "--executor", "kubernetes", "--image", "hpcsim:1", "--out",
                tmp.resolve("o")), ExitCodes.USAGE);
        assertTrue(line.startsWith("hpcsim: --pvc: is required with --executor kubernetes"), line);
        line = Cli.failure(Cli.hpcsim("sweep", sweep, "--executor", "kubernetes", "--image", "hpcsim:1", "--pvc",
                "Not_A_Name", "--out", tmp.resolve("o")), ExitCodes.USAGE);
        assertTrue(line.contains("got 'Not_A_Name'"), line);
    }

    @Test
    void shouldRefuseBadSlurmFlagsBeforeSubmittingAnything() {
        String line = Cli.failure(Cli.hpcsim("sweep", sweep, "--executor", "slurm", "--sbatch-option", "mem=4G",
                "--out", tmp.resolve("o")), ExitCodes.USAGE);
        assertTrue(line.startsWith("hpcsim: --sbatch-option: must be one sbatch option"), line);
        line = Cli.failure(Cli.hpcsim("sweep", sweep, "--executor", "slurm", "--out", tmp.resolve("a\nb")),
                ExitCodes.USAGE);
        assertTrue(line.startsWith("hpcsim: --out: control characters"), line);
        line = Cli.failure(Cli.hpcsim("sweep", sweep, "--executor", "slurm", "--poll-interval", "0", "--out",
                tmp.resolve("o")), ExitCodes.USAGE);
        assertTrue(line.startsWith("hpcsim: --poll-interval: must be more than 0"), line);
        assertFalse(Files.exists(tmp.resolve("o")), "nothing written for bad flags");
    }

    @Test
    void shouldTakeAnSbatchOptionThatLooksLikeAFlag() throws IOException {
        // Picocli must hand "--mem=4G" to --sbatch-option, not read it as an unknown flag of hpcsim;
        // the bad partition then fails in SlurmOptions, showing the option was taken.
        String line = Cli.failure(Cli.hpcsim("sweep", sweep, "--executor", "slurm", "--sbatch-option", "--mem=4G",
                "--sbatch-option=-c2", "--partition", "", "--out", tmp.resolve("o")), ExitCodes.USAGE);
        assertEquals("hpcsim: --partition: must not be empty", line);
    }

    @Test
    void shouldRefuseAFlagTheExecutorDoesNotUse() {
        String line = Cli.failure(Cli.hpcsim("sweep", sweep, "--threads", "2", "--image", "x", "--out",
                tmp.resolve("o")), ExitCodes.USAGE);
        assertEquals("hpcsim: --image: not used by --executor local", line);
        line = Cli.failure(Cli.hpcsim("sweep", sweep, "--executor", "slurm", "--threads", "2", "--out",
                tmp.resolve("o")), ExitCodes.USAGE);
        assertEquals("hpcsim: --threads: not used by --executor slurm", line);
        line = Cli.failure(Cli.hpcsim("sweep", sweep, "--executor", "kubernetes", "--partition", "p", "--image", "i",
                "--pvc", "v", "--out", tmp.resolve("o")), ExitCodes.USAGE);
        assertEquals("hpcsim: --partition: not used by --executor kubernetes", line);
        line = Cli.failure(Cli.hpcsim("sweep", sweep, "--executor", "pbs", "--out", tmp.resolve("o")), ExitCodes.USAGE);
        assertEquals("hpcsim: --executor: unknown executor 'pbs' (allowed: local, slurm, kubernetes)", line);
    }

    @Test
    void shouldDescribeEveryExecutorFlagInTheHelp() {
        // Cli.ok also checks stderr is empty: picocli warns there about a stray '%' in a description.
        Cli.Result r = Cli.ok("sweep", "--help");
        for (String flag : new String[] {"--partition", "--account", "--time", "--sbatch-option", "--max-parallel",
                "--retries", "--poll-interval", "--task-command", "--image", "--pvc", "--merge-only"}) {
            assertTrue(r.out().contains(flag), flag);
        }
        assertTrue(r.out().contains("--array=...%K"), r.out());
    }

    @Test
    void shouldMergeWithoutRunningAPointThatHasNoResult() throws IOException {
        Path out = tmp.resolve("study");
        Cli.ok("sweep", sweep, "--threads", "2", "--out", out);
        Files.delete(out.resolve("sweep.csv"));
        Files.delete(out.resolve("points/point-000002.json"));

        Cli.Result r = Cli.hpcsim("sweep", sweep, "--out", out, "--merge-only");
        assertEquals(ExitCodes.SOFTWARE, r.code(), r.err());
        assertTrue(r.err().contains("1 of 4 points have no result (first: point 2)"), r.err());
        assertFalse(Files.exists(out.resolve("points/point-000002.json")), "--merge-only ran a point");
        assertTrue(Files.isRegularFile(out.resolve("sweep.csv")), "merged files rewritten");
        assertFalse(r.out().contains("to run"), r.out());
    }

    @Test
    void shouldLeaveAPointWithAResultAloneWhenAskedToSkipIt() throws IOException {
        Path results = tmp.resolve("points");
        Cli.ok("sweep-point", sweep, "--index", "1", "--results", results);
        Path file = results.resolve("point-000001.json");
        FileTime old = FileTime.fromMillis(0);
        Files.setLastModifiedTime(file, old);

        Cli.ok("sweep-point", sweep, "--index", "1", "--results", results, "--skip-done");
        assertEquals(old, Files.getLastModifiedTime(file));
        Cli.ok("sweep-point", sweep, "--index", "1", "--results", results);
        assertFalse(old.equals(Files.getLastModifiedTime(file)), "without --skip-done the point runs again");
    }
}
