package org.hpcsim.models.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hpcsim.models.workload.Job;

/**
 * Holds back jobs that depend on a preceding job (SWF fields 17 and 18) until it has ended and
 * the think time has passed: the job is then submitted at max(its recorded submit time, the
 * preceding job's end + think time). A job whose preceding job never appears in the workload
 * (dropped, or outside a slice) is not held. Used only when a scenario asks for dependencies, so
 * the bookkeeping (every job's end time) costs nothing otherwise.
 */
final class DependencyTracker {
    private final Set<Long> inFlight = new HashSet<>();
    private final Map<Long, Long> ended = new HashMap<>();
    private final Map<Long, List<Job>> waiting = new HashMap<>();

    /** A job has arrived at its recorded submit time and is known to the run. */
    void arrived(Job job) {
        inFlight.add(job.id());
    }

    /**
     * When {@code job}, arriving at {@code now}, may be submitted: {@code now} or later, or -1
     * when it must wait for its preceding job to end (it is then held here).
     */
    long releaseTime(Job job, long now) {
        long p = job.precedingJob();
        if (p <= 0 || p == job.id()) {
            return now;
        }
        Long end = ended.get(p);
        if (end != null) {
            return Math.max(now, end + think(job));
        }
        if (inFlight.contains(p)) {
            waiting.computeIfAbsent(p, k -> new ArrayList<>()).add(job);
            return -1;
        }
        return now;
    }

    /** A job has ended; returns the jobs that were waiting for it (each to submit after its think time). */
    List<Job> ended(Job job, long now) {
        inFlight.remove(job.id());
        ended.put(job.id(), now);
        List<Job> released = waiting.remove(job.id());
        return released == null ? List.of() : released;
    }

    /** Think time of a dependent job, 0 when unknown. */
    static long think(Job job) {
        return Math.max(0, job.thinkTime());
    }

    /** Jobs still held (for the end-of-run check). */
    int held() {
        int n = 0;
        for (List<Job> l : waiting.values()) {
            n += l.size();
        }
        return n;
    }
}
