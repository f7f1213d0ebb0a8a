package org.hpcsim.cli.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a study's points as Slurm job arrays: submits the points without a result, follows the
 * array until no task can still write, and resubmits the points still missing, up to the retry
 * limit. A point counts as done only when its result file is there, so a task that was cancelled,
 * killed at its time limit or lost with its node is simply run again, and a point written twice is
 * still one file.
 */
public final class SlurmExecutor {
    // squeue failing this many times in a row (controller restarting, network) ends the study; a
    // few in a row are weathered.
    private static final int QUERY_FAILURES = 10;
    private static final int REASONS_SHOWN = 3;

    private final SlurmClient slurm;
    private final Study study;
    private final SlurmOptions options;
    private final Path results;
    private final Path slurmDir;
    private final Path logs;
    private final Path workDir;
    private final List<String> task;
    private final SlurmJobLedger ledger;
    private final PrintWriter out;
    private final PrintWriter err;

    /**
     * Runs {@code study} (its results folder under {@code outDir}) through {@code slurm}; each task
     * runs {@code task} on {@code sweepFile}. Scripts, logs and the job ledger go to
     * {@code outDir}/slurm; a line per round goes to {@code out}, notes to {@code err}.
     */
    public SlurmExecutor(SlurmClient slurm, Study study, SlurmOptions options, TaskCommand task, Path sweepFile,
                         Path outDir, PrintWriter out, PrintWriter err) {
        this.slurm = slurm;
        this.study = study;
        this.options = options;
        Path dir = outDir.toAbsolutePath().normalize();
        ShellWords.requireNoControl("--out", dir.toString());
        this.results = study.results().dir().toAbsolutePath().normalize();
        this.slurmDir = dir.resolve("slurm");
        this.logs = slurmDir.resolve("logs");
        this.workDir = dir;
        String sweep = ShellWords.requireNoControl("SWEEP", sweepFile.toAbsolutePath().normalize().toString());
        this.task = task.sweepPoint(sweep, ShellWords.requireNoControl("--out", results.toString()));
        this.ledger = new SlurmJobLedger(slurmDir.resolve("jobs.txt"));
        this.out = out;
        this.err = err;
        // Checked now, before anything is submitted, so a bad folder fails in one line at once.
        SbatchArguments.outputPattern(logs);
    }

    /** Runs the points without a result; those still missing after the last round stay missing. */
    public void run() {
        try {
            Files.createDirectories(logs);
            Files.createDirectories(results);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + logs + " or " + results + ": " + e.getMessage(), e);
        }
        Path script = SbatchScript.write(slurmDir.resolve("sweep.sbatch"), study.sweep().name(), task);
        awaitEarlierJobs();
        List<Integer> missing = study.pending();
        for (int round = 1; round <= 1 + options.retries() && !missing.isEmpty(); round++) {
            missing = round(round, missing, script);
        }
    }

    private List<Integer> round(int round, List<Integer> points, Path script) {
        List<String> args = SbatchArguments.of(options, "hpcsim-" + study.sweep().name(), points, logs, workDir, script);
        long job = slurm.submit(args);
        ledger.add(job);
        out.printf("round %d: submitted job %d: %d %s (array %s)%n", round, job, points.size(),
                points.size() == 1 ? "point" : "points", ArrayIndexes.format(points));
        out.flush();
        Map<Integer, String> lastSeen = follow(job);
        Map<Integer, String> reasons = new TreeMap<>(lastSeen);
        slurm.accounting(job).ifPresent(reasons::putAll);
        List<Integer> failed = new ArrayList<>();
        for (int i : points) {
            if (!study.results().has(i, study.sweep().fingerprint())) {
                failed.add(i);
            }
        }
        out.printf("round %d: job %d ended: %d done, %d without a result%s%n", round, job,
                points.size() - failed.size(), failed.size(), describe(job, failed, reasons));
        out.flush();
        return failed;
    }

    /** Polls until no task of {@code job} is pending or running; returns each task's last state seen. */
    private Map<Integer, String> follow(long job) {
        Map<Integer, String> lastSeen = new TreeMap<>();
        int failures = 0;
        while (true) {
            sleep();
            Map<Integer, String> now;
            try {
                now = slurm.tasks(job);
                failures = 0;
            } catch (ExternalCommandException e) {
                if (++failures >= QUERY_FAILURES) {
                    throw e;
                }
                err.println("hpcsim: note: " + e.getMessage() + "; asking again");
                err.flush();
                continue;
            }
            lastSeen.putAll(now);
            if (now.values().stream().noneMatch(SlurmOutput::active)) {
                return lastSeen;
            }
        }
    }

    private void awaitEarlierJobs() {
        for (long job : ledger.ids()) {
            long active = slurm.tasks(job).values().stream().filter(SlurmOutput::active).count();
            if (active > 0) {
                out.printf("job %d from an earlier run still has %d %s pending or running; waiting for it%n", job,
                        active, active == 1 ? "task" : "tasks");
                out.flush();
                follow(job);
            }
        }
    }

    private String describe(long job, List<Integer> failed, Map<Integer, String> reasons) {
        if (failed.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (");
        for (int k = 0; k < Math.min(REASONS_SHOWN, failed.size()); k++) {
            int i = failed.get(k);
            sb.append(k == 0 ? "" : "; ").append("point ").append(i).append(": ")
                    .append(reasons.getOrDefault(i, "no longer listed by squeue")).append(", log ")
                    .append(logs.resolve(job + "_" + i + ".out"));
        }
        return sb.append(failed.size() > REASONS_SHOWN ? "; ..." : "").append(')').toString();
    }

    private void sleep() {
        try {
            Thread.sleep(options.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while following the Slurm job", e);
        }
    }
}
