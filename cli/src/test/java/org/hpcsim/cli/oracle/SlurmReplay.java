package org.hpcsim.cli.oracle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays a workload on a real Slurm in real time: submits each job at its offset, waits until
 * Slurm's job log has all of them, and reads back when each was submitted, started and ended.
 */
public final class SlurmReplay {
    private static final long POLL_MILLIS = 500;

    private SlurmReplay() {}

    /**
     * Submits {@code jobs} to {@code cluster} at their offsets and waits for all of them to end, at
     * most {@code timeout} after the last submission; returns them in submission order.
     */
    public static List<ReplayedJob> replay(SlurmCluster cluster, List<OracleJob> jobs, Duration timeout) {
        // The log outlives restarts and job ids restart at 1 with a fresh cluster, so only lines
        // written after this point belong to this replay.
        int skipLines = lineCount(cluster.jobCompLog());
        List<OracleJob> order = inSubmissionOrder(jobs);
        Map<Long, OracleJob> bySlurmId = new HashMap<>();
        long t0 = System.nanoTime();
        for (OracleJob job : order) {
            sleepUntil(t0 + (long) (job.submitOffset() * 1e9));
            bySlurmId.put(cluster.submit(job), job);
        }
        Map<Long, JobCompRecord> ended = waitForAll(cluster, bySlurmId, skipLines, timeout);
        return toReplayed(order, bySlurmId, ended);
    }

    /**
     * {@code jobs} as an earlier replay ran them, from its job log {@code jobCompLog}: each job is the
     * last record of its name; in submission order.
     */
    public static List<ReplayedJob> fromJobComp(Path jobCompLog, List<OracleJob> jobs) {
        Map<String, JobCompRecord> byName = new HashMap<>();
        for (JobCompRecord r : JobCompFile.read(jobCompLog)) {
            byName.put(r.name(), r);
        }
        List<OracleJob> order = inSubmissionOrder(jobs);
        Map<Long, OracleJob> bySlurmId = new HashMap<>();
        Map<Long, JobCompRecord> ended = new HashMap<>();
        for (OracleJob job : order) {
            JobCompRecord r = byName.get(job.name());
            if (r == null) {
                throw new IllegalStateException(jobCompLog + ": no record of job " + job.name());
            }
            bySlurmId.put(r.jobId(), job);
            ended.put(r.jobId(), r);
        }
        return toReplayed(order, bySlurmId, ended);
    }

    private static List<OracleJob> inSubmissionOrder(List<OracleJob> jobs) {
        List<OracleJob> order = new ArrayList<>(jobs);
        order.sort(Comparator.comparingDouble(OracleJob::submitOffset).thenComparingInt(OracleJob::id));
        return order;
    }

    private static Map<Long, JobCompRecord> waitForAll(SlurmCluster cluster, Map<Long, OracleJob> bySlurmId,
                                                       int skipLines, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Map<Long, JobCompRecord> ended = new HashMap<>();
            List<JobCompRecord> all = JobCompFile.read(cluster.jobCompLog());
            for (JobCompRecord r : all.subList(Math.min(skipLines, all.size()), all.size())) {
                OracleJob job = bySlurmId.get(r.jobId());
                if (job != null && job.name().equals(r.name())) {
                    ended.put(r.jobId(), r);
                }
            }
            if (ended.size() == bySlurmId.size()) {
                return ended;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + ended.size() + " of " + bySlurmId.size()
                        + " jobs ended within " + timeout + "\n" + cluster.diagnostics());
            }
            sleepUntil(System.nanoTime() + POLL_MILLIS * 1_000_000);
        }
    }

    private static List<ReplayedJob> toReplayed(List<OracleJob> order, Map<Long, OracleJob> bySlurmId,
                                                Map<Long, JobCompRecord> ended) {
        LocalDateTime origin = null;
        for (JobCompRecord r : ended.values()) {
            if (origin == null || r.submit().isBefore(origin)) {
                origin = r.submit();
            }
        }
        // From the top of the first submission's hour: backfill rounds its plan's times down to
        // bf_resolution in epoch seconds (backfill.c), so the simulated clock must keep their
        // phase within the minute.
        origin = origin.truncatedTo(ChronoUnit.HOURS);
        Map<Integer, Long> slurmIdOf = new HashMap<>();
        bySlurmId.forEach((slurmId, job) -> slurmIdOf.put(job.id(), slurmId));
        List<ReplayedJob> out = new ArrayList<>(order.size());
        for (OracleJob job : order) {
            JobCompRecord r = ended.get(slurmIdOf.get(job.id()));
            if (r.start() == null || r.end() == null) {
                throw new IllegalStateException("job " + job.name() + " (Slurm " + r.jobId() + ") never ran: "
                        + r.state());
            }
            out.add(new ReplayedJob(job, r.jobId(), r.state(), seconds(origin, r.submit()), seconds(origin, r.start()),
                    seconds(origin, r.end())));
        }
        return out;
    }

    // The log's times are local wall-clock time without a zone; a replay of a few minutes that
    // crosses a daylight-saving change would be off by an hour, which the comparison would show.
    private static double seconds(LocalDateTime origin, LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) - origin.toEpochSecond(ZoneOffset.UTC);
    }

    private static int lineCount(Path file) {
        if (!Files.exists(file)) {
            return 0;
        }
        try {
            return Files.readAllLines(file).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleepUntil(long nanoTime) {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("replay interrupted", e);
            }
        }
    }
}
