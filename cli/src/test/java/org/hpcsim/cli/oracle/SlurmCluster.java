package org.hpcsim.cli.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real Slurm on loopback, started and stopped through {@code scripts/slurm-local}, with the
 * client commands the oracle needs ({@code sbatch}, {@code squeue}) pointed at it.
 */
public final class SlurmCluster implements AutoCloseable {
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path script;
    private final Path dir;
    private final Map<String, String> env;

    private SlurmCluster(Path script, Path dir) {
        this.script = script;
        this.dir = dir;
        this.env = Map.of("SLURM_CONF", dir.resolve("slurm.conf").toString());
    }

    /**
     * Starts a fresh cluster of {@code nodes} nodes of {@code cpus} CPUs in {@code dir}, with
     * {@code confExtra} lines overriding the generated slurm.conf, slurmctld on {@code basePort}
     * and node nK's slurmd on basePort + K; returns once every node is idle.
     */
    public static SlurmCluster start(Path script, Path dir, int nodes, int cpus, List<String> confExtra, int basePort) {
        return start(script, dir, nodes, cpus, 0, confExtra, basePort);
    }

    /** As above, with {@code gpus} stand-in GPUs on each node (scripts/slurm-local --gpus). */
    public static SlurmCluster start(Path script, Path dir, int nodes, int cpus, int gpus, List<String> confExtra,
                                     int basePort) {
        try {
            Path absolute = dir.toAbsolutePath().normalize();
            Files.createDirectories(absolute.resolve("jobs"));
            Path extra = Files.write(absolute.resolve("conf-extra.conf"), confExtra, StandardCharsets.UTF_8);
            Processes.run(List.of("bash", script.toString(), "start", "--dir", absolute.toString(),
                    "--nodes", String.valueOf(nodes), "--cpus", String.valueOf(cpus), "--gpus", String.valueOf(gpus),
                    "--conf-extra", extra.toString(),
                    "--base-port", String.valueOf(basePort)), absolute, Map.of(), START_TIMEOUT).requireSuccess();
            return new SlurmCluster(script, absolute);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cluster's folder. */
    public Path dir() {
        return dir;
    }

    /** The jobcomp/filetxt log, one line per ended job. */
    public Path jobCompLog() {
        return dir.resolve("jobcomp.txt");
    }

    /**
     * Submits {@code job} as a batch job that sleeps, of whole nodes or of tasks, in its
     * partitions; returns Slurm's job id.
     */
    public long submit(OracleJob job) {
        // --exclusive: whole nodes, as hpcsim's node allocation; -n alone: one-CPU tasks on shared
        // nodes. Output to /dev/null so a replay leaves no slurm-N.out files behind.
        List<String> size = job.tasks() > 0 ? List.of("-n", String.valueOf(job.tasks()))
                : List.of("-N", String.valueOf(job.nodes()), "--exclusive");
        List<String> cmd = new ArrayList<>(List.of("sbatch", "--parsable"));
        cmd.addAll(size);
        cmd.addAll(List.of("-t", String.valueOf(job.timeLimitMinutes()), "-J", job.name(), "-o", "/dev/null",
                "--chdir", dir.resolve("jobs").toString()));
        if (!job.partitions().isEmpty()) {
            cmd.addAll(List.of("-p", job.partitions()));
        }
        if (job.gpus() > 0) {
            cmd.add("--gpus=" + job.gpus());
        }
        if (job.cpusPerTask() > 0) {
            cmd.add("--cpus-per-task=" + job.cpusPerTask());
        }
        // exec: the batch script becomes the sleep, so a job killed by preemption is gone at once.
        // Under a shell the orphaned sleep outlived it here, and proctrack/pgid's wait for the
        // process group (a 1 s then a 2 s sleep) held the nodes about 3.7 s on every preemption.
        cmd.addAll(List.of("--wrap", "exec sleep " + job.sleepSeconds()));
        String out = Processes.run(cmd, dir, env, CLIENT_TIMEOUT).requireSuccess().output().strip();
        // --parsable prints "ID" or "ID;CLUSTER".
        String id = out.lines().reduce((a, b) -> b).orElse("").split(";")[0];
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("sbatch printed no job id: " + out, e);
        }
    }

    /** Ids of the jobs the controller still holds as pending, running or completing. */
    public List<Long> queued() {
        String out = Processes.run(List.of("squeue", "-h", "-o", "%i"), dir, env, CLIENT_TIMEOUT)
                .requireSuccess().output();
        List<Long> ids = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            if (!line.isBlank()) {
                ids.add(Long.parseLong(line.strip()));
            }
        }
        return ids;
    }

    /** The full squeue listing and the tail of slurmctld's log, for failure messages. */
    public String diagnostics() {
        String queue = Processes.run(List.of("squeue", "-l"), dir, env, CLIENT_TIMEOUT).output();
        List<String> log;
        try {
            log = Files.readAllLines(dir.resolve("log").resolve("slurmctld.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            log = List.of("(no slurmctld log: " + e.getMessage() + ")");
        }
        return "squeue:\n" + queue + "\nslurmctld.log (tail):\n"
                + String.join("\n", log.subList(Math.max(0, log.size() - 20), log.size()));
    }

    /** Stops every daemon of the cluster and waits for them to exit. */
    @Override
    public void close() {
        Processes.run(List.of("bash", script.toString(), "stop", "--dir", dir.toString()), dir, Map.of(),
                START_TIMEOUT).requireSuccess();
    }
}
