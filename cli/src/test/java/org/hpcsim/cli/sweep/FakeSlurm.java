package org.hpcsim.cli.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.hpcsim.reports.sweep.PointResultFiles;
import org.hpcsim.scenarios.run.SharedTraces;
import org.hpcsim.scenarios.sweep.SweepSpec;

/**
 * A Slurm in memory for the executor's tests: each squeue call moves the world one step (tasks
 * that ran end, pending tasks start up to the array's limit), and a task that completes runs its
 * point for real and writes the result, as sweep-point would. Tasks can be made to be cancelled.
 */
final class FakeSlurm implements SlurmClient {
    /** Every sbatch argument list, in submission order. */
    final List<List<String>> submissions = new ArrayList<>();
    /** Index to the number of times a task wrote that point's result. */
    final Map<Integer, Integer> writes = new TreeMap<>();
    /** Indexes that were submitted while a task of the same point was still pending or running. */
    final Set<Integer> submittedWhileActive = new HashSet<>();
    /** The most tasks of one job seen running at once. */
    int mostRunning;
    /** squeue calls still to fail before it answers again. */
    int squeueFailures;
    /** What sacct answers (empty: no accounting, as on the loopback Slurm). */
    Map<Integer, String> accounting;

    private final SweepSpec sweep;
    private final PointResultFiles results;
    private final Map<Integer, Integer> cancelTimes = new TreeMap<>();
    private final Map<Long, Job> jobs = new LinkedHashMap<>();
    private long nextId = 100;

    private static final class Job {
        final Map<Integer, String> states = new TreeMap<>();
        final int limit;

        Job(List<Integer> indexes, int limit) {
            indexes.forEach(i -> states.put(i, "PENDING"));
            this.limit = limit;
        }
    }

    FakeSlurm(SweepSpec sweep, Path results) {
        this.sweep = sweep;
        this.results = new PointResultFiles(results);
    }

    /** The next {@code times} tasks of point {@code index} are cancelled while they run. */
    FakeSlurm cancel(int index, int times) {
        cancelTimes.put(index, times);
        return this;
    }

    /** A job submitted by an earlier driver, still pending; returns its id. */
    long earlierJob(List<Integer> indexes) {
        long id = nextId++;
        jobs.put(id, new Job(indexes, Integer.MAX_VALUE));
        return id;
    }

    @Override
    public long submit(List<String> args) {
        submissions.add(List.copyOf(args));
        String array = args.stream().filter(a -> a.startsWith("--array=")).findFirst()
                .orElseThrow(() -> new AssertionError("no --array in " + args)).substring("--array=".length());
        if (!Files.isRegularFile(Path.of(args.get(args.size() - 1)))) {
            throw new AssertionError("the last argument is not the script: " + args);
        }
        int percent = array.indexOf('%');
        int limit = percent < 0 ? Integer.MAX_VALUE : Integer.parseInt(array.substring(percent + 1));
        List<Integer> indexes = ArrayIndexes.parse(array);
        for (Job j : jobs.values()) {
            for (int i : indexes) {
                if (j.states.containsKey(i) && SlurmOutput.active(j.states.get(i))) {
                    submittedWhileActive.add(i);
                }
            }
        }
        long id = nextId++;
        jobs.put(id, new Job(indexes, limit));
        return id;
    }

    @Override
    public Map<Integer, String> tasks(long jobId) {
        if (squeueFailures > 0) {
            squeueFailures--;
            throw new ExternalCommandException("squeue failed (exit 1): slurm_load_jobs error: Unable to contact"
                    + " slurm controller");
        }
        Job job = jobs.get(jobId);
        if (job == null) {
            return Map.of();
        }
        step(job);
        return new TreeMap<>(job.states);
    }

    @Override
    public Optional<Map<Integer, String>> accounting(long jobId) {
        return Optional.ofNullable(accounting);
    }

    private void step(Job job) {
        for (Map.Entry<Integer, String> e : job.states.entrySet()) {
            if (e.getValue().equals("RUNNING")) {
                int i = e.getKey();
                int cancels = cancelTimes.getOrDefault(i, 0);
                if (cancels > 0) {
                    cancelTimes.put(i, cancels - 1);
                    e.setValue("CANCELLED");
                } else {
                    results.write(new PointRunner(sweep, new SharedTraces()).run(i));
                    writes.merge(i, 1, Integer::sum);
                    e.setValue("COMPLETED");
                }
            }
        }
        int running = 0;
        for (Map.Entry<Integer, String> e : job.states.entrySet()) {
            if (e.getValue().equals("PENDING") && running < job.limit) {
                e.setValue("RUNNING");
                running++;
            }
        }
        mostRunning = Math.max(mostRunning, running);
    }
}
