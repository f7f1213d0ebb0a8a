package org.hpcsim.cli.oracle;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.hpcsim.models.workload.Job;
import org.hpcsim.scenarios.swf.SwfWriter;

/**
 * The replayed workload as hpcsim input: a trace of what Slurm saw and a scenario that runs it on
 * the same cluster, so the only difference left between the two is the scheduler.
 */
public final class HpcsimInput {
    private static final long NANOS = 1_000_000_000L;

    private HpcsimInput() {}

    /**
     * Writes {@code trace.swf} and {@code scenario.yaml} into {@code dir} for a cluster of
     * {@code nodes} one-core nodes allocated whole, under policy slurm with the settings
     * {@code slurm} (the entries of the scenario's {@code scheduler.slurm} flow mapping), jobs killed
     * at their time limit; returns the scenario.
     */
    public static Path write(Path dir, String name, List<ReplayedJob> jobs, int nodes, String slurm) {
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
                    """.formatted(name, nodes, scheduler(slurm));
            return Files.writeString(dir.resolve("scenario.yaml"), yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #write}, with each job's submission and run on {@code clock} (to the millisecond)
     * in a {@code jobs.csv} rather than Slurm's whole seconds in an SWF trace, and the controller's
     * start where the clock has it.
     */
    public static Path writePhased(Path dir, String name, List<ReplayedJob> jobs, TickClock clock, int nodes,
                                   String slurm) {
        try {
            Files.createDirectories(dir);
            StringBuilder csv = new StringBuilder("job_id,submit_s,run_s,requested_s,processors,nodes\n");
            for (int i = 0; i < jobs.size(); i++) {
                // The declared limit and one processor per node, as in write.
                OracleJob j = jobs.get(i).job();
                csv.append(j.id()).append(',').append(decimal(clock.submits()[i])).append(',')
                        .append(decimal(clock.runs()[i]))
                        .append(',').append(j.timeLimitMinutes() * 60L).append(',').append(j.nodes())
                        .append(',').append(j.nodes()).append('\n');
            }
            Files.writeString(dir.resolve("jobs.csv"), csv, StandardCharsets.UTF_8);
            String yaml = """
                    # The workload SlurmOracleTest replayed on a real Slurm, for hpcsim to predict;
                    # submissions to the millisecond on a clock whose whole seconds are slurmctld's ticks.
                    name: %s
                    seed: 1
                    cluster: {nodes: %d, coresPerNode: 1, allocation: node}
                    scheduler: %s
                    workload: {trace: jobs.csv, format: jobs-csv}
                    outputs: {timeseries: false}
                    """.formatted(name, nodes, scheduler(slurm + controllerClock(clock)));
            return Files.writeString(dir.resolve("scenario.yaml"), yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code jobs.csv} (with each job's partitions), a copy of the real cluster's
     * {@code slurmConf} and {@code scenario.yaml} into {@code dir}: hpcsim takes nodes,
     * partitions, scheduler, select and priority settings from the same slurm.conf Slurm ran;
     * returns the scenario.
     */
    public static Path writeWithConf(Path dir, String name, List<ReplayedJob> jobs, Path slurmConf) {
        return writeWithConf(dir, name, jobs, slurmConf, null);
    }

    /**
     * As {@link #writeWithConf(Path, String, List, Path)}, with each job's submission and run on
     * {@code clock} (to the millisecond; null: Slurm's whole seconds), and the controller's start
     * and the backfill thread's phase where the clock has them.
     */
    public static Path writeWithConf(Path dir, String name, List<ReplayedJob> jobs, Path slurmConf, TickClock clock) {
        try {
            Files.createDirectories(dir);
            Files.copy(slurmConf, dir.resolve("slurm.conf"), StandardCopyOption.REPLACE_EXISTING);
            StringBuilder csv = new StringBuilder(
                    "job_id,submit_s,run_s,requested_s,processors,nodes,gpus,partition,cpus_per_task\n");
            for (int i = 0; i < jobs.size(); i++) {
                // As in the SWF above: Slurm's submit and measured run time, the limit as requested;
                // a job of tasks asks CPUs alone (no node count).
                ReplayedJob r = jobs.get(i);
                OracleJob j = r.job();
                double submit = clock == null ? r.submit() : clock.submits()[i];
                double run = clock == null ? r.runTime() : clock.runs()[i];
                csv.append(j.id()).append(',').append(decimal(submit)).append(',').append(decimal(run))
                        .append(',').append(j.timeLimitMinutes() * 60L).append(',').append(j.processors())
                        .append(',').append(j.tasks() > 0 ? "" : String.valueOf(j.nodes())).append(',').append(j.gpus())
                        .append(",\"").append(j.partitions()).append("\",")
                        .append(j.cpusPerTask() > 0 ? String.valueOf(j.cpusPerTask()) : "").append('\n');
            }
            Files.writeString(dir.resolve("jobs.csv"), csv, StandardCharsets.UTF_8);
            String yaml = """
                    # The workload SlurmOracleTest replayed on a real Slurm, for hpcsim to predict
                    # under the same slurm.conf.
                    name: %s
                    seed: 1
                    scheduler: %s
                    workload: {trace: jobs.csv, format: jobs-csv}
                    outputs: {timeseries: false}
                    """.formatted(name, scheduler("conf: slurm.conf" + controllerClock(clock)));
            return Files.writeString(dir.resolve("scenario.yaml"), yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenario's scheduler block: policy slurm, jobs killed at their limit, {@code slurm} its Slurm settings. */
    private static String scheduler(String slurm) {
        return "{policy: slurm, killAtTimeLimit: true, slurm: {" + slurm + "}}";
    }

    /**
     * The Slurm settings that put the controller's start and the backfill thread's phase where
     * {@code clock} has them, if it does.
     */
    private static String controllerClock(TickClock clock) {
        if (clock == null) {
            return "";
        }
        return (clock.controllerStart() == null ? "" : ", controllerStart: " + clock.controllerStart())
                + (clock.backfillPhase() == null ? "" : ", backfillPhase: " + decimal(clock.backfillPhase()));
    }

    private static String decimal(double seconds) {
        return BigDecimal.valueOf(seconds).stripTrailingZeros().toPlainString();
    }

    private static long seconds(double s) {
        return Math.round(s * NANOS);
    }
}
