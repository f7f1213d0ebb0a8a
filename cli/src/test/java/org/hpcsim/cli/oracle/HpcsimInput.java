package org.hpcsim.cli.oracle;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.workload.Job;
import org.hpcsim.scenarios.swf.SwfWriter;

/**
 * The replayed workload as hpcsim input: an SWF trace of what Slurm saw and a scenario that runs
 * it on the same cluster, so the only difference left between the two is the scheduler.
 */
public final class HpcsimInput {
    private static final long NANOS = 1_000_000_000L;

    private HpcsimInput() {}

    /**
     * Writes {@code trace.swf} and {@code scenario.yaml} into {@code dir} for a cluster of
     * {@code nodes} one-core nodes allocated whole, under {@code scheduler} (the scenario's
     * scheduler block as a YAML flow mapping); returns the scenario.
     */
    public static Path write(Path dir, String name, List<ReplayedJob> jobs, int nodes, String scheduler) {
        try {
            Files.createDirectories(dir);
            Path trace = dir.resolve("trace.swf");
            try (OutputStream out = Files.newOutputStream(trace); SwfWriter swf = new SwfWriter(out,
                    "replayed on a real Slurm by SlurmOracleTest", nodes, nodes)) {
                for (ReplayedJob r : jobs) {
                    // Submit as Slurm recorded it; run time as Slurm measured it (end - start), so
                    // launch and completion overheads are in the job and not held against hpcsim;
                    // requested time is the limit the scheduler planned with; one processor per
                    // node on one-core nodes.
                    swf.write(Job.rigid(r.job().id(), seconds(r.submit()), seconds(r.runTime()),
                            r.job().timeLimitMinutes() * 60L * NANOS, r.job().nodes()));
                }
            }
            String yaml = """
                    # The workload SlurmOracleTest replayed on a real Slurm, for hpcsim to predict.
                    name: %s
                    seed: 1
                    cluster: {nodes: %d, coresPerNode: 1, allocation: node}
                    scheduler: %s
                    workload: {trace: trace.swf}
                    outputs: {timeseries: false}
                    """.formatted(name, nodes, scheduler);
            return Files.writeString(dir.resolve("scenario.yaml"), yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long seconds(double s) {
        return Math.round(s * NANOS);
    }
}
