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
 * Slurm's job log has all of them, and reads back when each was submitted, started and ended. A
 * run that preemption requeued logs a PREEMPTED record and the job runs again: a job is over when
 * its last record is not PREEMPTED (so a workload whose preemption cancels jobs is not for here).
 */
public final class SlurmReplay {
    private static final long POLL_MILLIS = 500;
    /** The state jobcomp/filetxt logs for a run that preemption ended (requeued or not). */
    private static final String PREEMPTED = "PREEMPTED";
    /** Beside the job log: the index of the record at which the last replay's records begin. */
    static final String START_FILE = "jobcomp.start";

    private SlurmReplay() {}

    /**
     * Submits {@code jobs} to {@code cluster} at their offsets and waits for all of them to end, at
     * most {@code timeout} after the last submission; returns them in submission order.
     */
    public static List<ReplayedJob> replay(SlurmCluster cluster, List<OracleJob> jobs, Duration timeout) {
        // The log outlives restarts and job ids restart at 1 with a fresh cluster, so only records
        // written after this point belong to this replay.
        int skipRecords = JobCompFile.read(cluster.jobCompLog()).size();
        writeStartRecord(cluster.jobCompLog(), skipRecords);
        List<OracleJob> order = inSubmissionOrder(jobs);
        Map<Long, OracleJob> bySlurmId = new HashMap<>();
        long t0 = System.nanoTime();
        for (OracleJob job : order) {
            sleepUntil(t0 + (long) (job.submitOffset() * 1e9));
            bySlurmId.put(cluster.submit(job), job);
        }
        Map<Long, List<JobCompRecord>> ended = waitForAll(cluster, bySlurmId, skipRecords, timeout);
        return toReplayed(order, bySlurmId, ended);
    }

    /**
     * {@code jobs} as an earlier replay ran them, from its job log {@code jobCompLog}: the records
     * from the record its replay began at ({@link #START_FILE} beside the log; the whole log when
     * there is none), each job's runs under its Slurm id; in submission order.
     */
    public static List<ReplayedJob> fromJobComp(Path jobCompLog, List<OracleJob> jobs) {
        List<JobCompRecord> all = JobCompFile.read(jobCompLog);
        List<JobCompRecord> replayed = all.subList(Math.min(startRecord(jobCompLog), all.size()), all.size());
        Map<String, Long> slurmIdOf = new HashMap<>();
        for (JobCompRecord r : replayed) {
            slurmIdOf.put(r.name(), r.jobId());
        }
        List<OracleJob> order = inSubmissionOrder(jobs);
        Map<Long, OracleJob> bySlurmId = new HashMap<>();
        for (OracleJob job : order) {
            Long id = slurmIdOf.get(job.name());
            if (id == null) {
                throw new IllegalStateException(jobCompLog + ": no record of job " + job.name());
            }
            bySlurmId.put(id, job);
        }
        return toReplayed(order, bySlurmId, runsOf(replayed, bySlurmId));
    }

    private static List<OracleJob> inSubmissionOrder(List<OracleJob> jobs) {
        List<OracleJob> order = new ArrayList<>(jobs);
        order.sort(Comparator.comparingDouble(OracleJob::submitOffset).thenComparingInt(OracleJob::id));
        return order;
    }

    private static Map<Long, List<JobCompRecord>> waitForAll(SlurmCluster cluster, Map<Long, OracleJob> bySlurmId,
                                                             int skipRecords, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<JobCompRecord> all = JobCompFile.read(cluster.jobCompLog());
            Map<Long, List<JobCompRecord>> ended = runsOf(all.subList(Math.min(skipRecords, all.size()), all.size()),
                    bySlurmId);
            long over = ended.values().stream().filter(runs -> !last(runs).state().equals(PREEMPTED)).count();
            if (over == bySlurmId.size()) {
                return ended;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + over + " of " + bySlurmId.size()
                        + " jobs ended within " + timeout + "\n" + cluster.diagnostics());
            }
            sleepUntil(System.nanoTime() + POLL_MILLIS * 1_000_000);
        }
    }

    /**
     * The records of our jobs, by Slurm id, each job's in log order: its last record and the
     * PREEMPTED ones right before it (a log without a start mark may hold an earlier replay's
     * records of the same id and name, which end in a final state).
     */
    private static Map<Long, List<JobCompRecord>> runsOf(List<JobCompRecord> records, Map<Long, OracleJob> bySlurmId) {
        Map<Long, List<JobCompRecord>> runs = new HashMap<>();
        for (JobCompRecord r : records) {
            OracleJob job = bySlurmId.get(r.jobId());
            if (job != null && job.name().equals(r.name())) {
                List<JobCompRecord> chain = runs.computeIfAbsent(r.jobId(), k -> new ArrayList<>());
                if (!chain.isEmpty() && !last(chain).state().equals(PREEMPTED)) {
                    chain.clear(); // an earlier replay's job: this record begins another
                }
                chain.add(r);
            }
        }
        return runs;
    }

    private static JobCompRecord last(List<JobCompRecord> runs) {
        return runs.get(runs.size() - 1);
    }

    private static List<ReplayedJob> toReplayed(List<OracleJob> order, Map<Long, OracleJob> bySlurmId,
                                                Map<Long, List<JobCompRecord>> ended) {
        LocalDateTime origin = null;
        for (List<JobCompRecord> runs : ended.values()) {
            LocalDateTime submit = runs.get(0).submit();
            if (origin == null || submit.isBefore(origin)) {
                origin = submit;
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
            List<JobCompRecord> runs = ended.get(slurmIdOf.get(job.id()));
            JobCompRecord r = last(runs);
            if (r.start() == null || r.end() == null) {
                throw new IllegalStateException("job " + job.name() + " (Slurm " + r.jobId() + ") never ran: "
                        + r.state());
            }
            // A requeue resets the job's submit time: its first record keeps the submission.
            int requeues = (int) runs.stream().filter(x -> x.state().equals(PREEMPTED)).count();
            out.add(new ReplayedJob(job, r.jobId(), r.state(), seconds(origin, runs.get(0).submit()),
                    seconds(origin, r.start()), seconds(origin, r.end()), requeues));
        }
        return out;
    }

    // The log's times are local wall-clock time without a zone; a replay of a few minutes that
    // crosses a daylight-saving change would be off by an hour, which the comparison would show.
    private static double seconds(LocalDateTime origin, LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) - origin.toEpochSecond(ZoneOffset.UTC);
    }

    /** Where a replay's records begin in its job log, which earlier replays in the same folder also wrote to. */
    private static Path startFile(Path jobCompLog) {
        return jobCompLog.resolveSibling(START_FILE);
    }

    private static void writeStartRecord(Path jobCompLog, int record) {
        try {
            Files.writeString(startFile(jobCompLog), record + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int startRecord(Path jobCompLog) {
        Path f = startFile(jobCompLog);
        try {
            return Files.exists(f) ? Integer.parseInt(Files.readString(f).strip()) : 0;
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
