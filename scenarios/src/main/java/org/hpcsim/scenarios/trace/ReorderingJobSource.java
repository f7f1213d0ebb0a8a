package org.hpcsim.scenarios.trace;

import java.util.PriorityQueue;
import org.hpcsim.models.workload.ArrayTaskIds;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;

/**
 * Puts the jobs of a trace into submit order with a bounded buffer: accounting logs list jobs as
 * they end (PBS) or by id (sacct), not as they were submitted. Up to {@code capacity} jobs are held;
 * the earliest is released when the buffer is full, so memory stays bounded on any log. A job read
 * after a later-submitted job was already released cannot be replayed in order and is dropped with
 * a reason; ties keep their reading order, or go in job-id order when asked (an array task by its
 * array's id, then its index).
 */
public final class ReorderingJobSource implements JobSource {
    /** The drop reason for a job that arrived too far out of order for the buffer. */
    public static final String TOO_LATE = "submitted before jobs already replayed (beyond the reorder buffer)";

    private record Pending(Job job, long order) {}

    private final JobSource in;
    private final int capacity;
    private final ReadReport report;
    private final PriorityQueue<Pending> buffer;
    private long read;
    private long released = Long.MIN_VALUE;
    private boolean drained;

    /** Orders {@code in} with a buffer of {@code capacity} jobs, counting late jobs in {@code report}. */
    public ReorderingJobSource(JobSource in, int capacity, ReadReport report) {
        this(in, capacity, report, false);
    }

    /** As above; with {@code tiesById}, jobs submitted at the same instant go in job-id order. */
    public ReorderingJobSource(JobSource in, int capacity, ReadReport report, boolean tiesById) {
        if (capacity < 1) {
            throw new IllegalArgumentException("reorder buffer must hold at least one job");
        }
        this.in = in;
        this.capacity = capacity;
        this.report = report;
        this.buffer = new PriorityQueue<>((a, b) -> {
            int c = Long.compare(a.job().submitTime(), b.job().submitTime());
            if (c == 0 && tiesById) {
                c = Long.compare(creationKey(a.job().id()), creationKey(b.job().id()));
                if (c == 0) {
                    c = Long.compare(a.job().id(), b.job().id());
                }
            }
            return c != 0 ? c : Long.compare(a.order(), b.order());
        });
    }

    /**
     * The id that says which of two jobs was created first: an array task's array id (its tasks
     * were created with the array, as one record), else the job's own.
     */
    private static long creationKey(long id) {
        long array = ArrayTaskIds.arrayOf(id);
        return array >= 0 ? array : id;
    }

    @Override
    public Job next() {
        while (!drained && buffer.size() < capacity) {
            Job j = in.next();
            if (j == null) {
                drained = true;
            } else if (j.submitTime() < released) {
                report.drop(TOO_LATE);
            } else {
                buffer.add(new Pending(j, read++));
            }
        }
        Pending p = buffer.poll();
        if (p == null) {
            return null;
        }
        released = p.job().submitTime();
        return p.job();
    }

    @Override
    public void close() {
        in.close();
    }
}
