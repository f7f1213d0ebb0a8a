package org.hpcsim.models.scheduling;

import java.util.Arrays;
import org.hpcsim.models.workload.Job;

/**
 * The wait queue in arrival order, with each job's units and requested time kept in primitive
 * arrays so that a backfill scan reads contiguous memory. Jobs taken from the middle leave a hole
 * until {@link #compact()} closes the gaps in one pass. A policy may keep one time with each job
 * (conservative backfilling keeps its reservation); it starts as {@link #UNSET}.
 */
final class PendingQueue {
    /** The time kept with a job that no policy has set. */
    static final long UNSET = Long.MIN_VALUE;

    private Job[] jobs = new Job[256];
    private int[] units = new int[256];
    private long[] requested = new long[256];
    private long[] mark = new long[256];
    private int head;
    private int tail;
    private int holes;

    /** Jobs waiting (holes left by {@link #take} do not count). */
    int size() {
        return tail - head - holes;
    }

    /** Positions from the head to the tail, holes included: the bound for index-based scans. */
    int span() {
        return tail - head;
    }

    /** True when no job waits (holes do not count). */
    boolean isEmpty() {
        return size() == 0;
    }

    void add(Job job, int jobUnits) {
        if (tail == jobs.length) {
            makeRoom();
        }
        jobs[tail] = job;
        units[tail] = jobUnits;
        requested[tail] = job.requestedTime();
        mark[tail] = UNSET;
        tail++;
    }

    /** The job at position {@code i} from the head, or null if it was taken. */
    Job job(int i) {
        return jobs[head + i];
    }

    int units(int i) {
        return units[head + i];
    }

    long requested(int i) {
        return requested[head + i];
    }

    /** The time kept with the job at position {@code i}, or {@link #UNSET}. */
    long mark(int i) {
        return mark[head + i];
    }

    void setMark(int i, long time) {
        mark[head + i] = time;
    }

    /** Removes the head; holes must have been closed by {@link #compact()} first. */
    Job removeFirst() {
        if (holes != 0) {
            throw new IllegalStateException("removeFirst with holes open; compact first");
        }
        Job j = jobs[head];
        jobs[head++] = null;
        return j;
    }

    /** Takes the job at position {@code i}, leaving a hole. */
    Job take(int i) {
        Job j = jobs[head + i];
        jobs[head + i] = null;
        holes++;
        return j;
    }

    /** Closes the holes left by {@link #take}, keeping arrival order. */
    void compact() {
        if (holes == 0) {
            return;
        }
        int w = head;
        for (int r = head; r < tail; r++) {
            if (jobs[r] != null) {
                jobs[w] = jobs[r];
                units[w] = units[r];
                requested[w] = requested[r];
                mark[w] = mark[r];
                w++;
            }
        }
        Arrays.fill(jobs, w, tail, null);
        tail = w;
        holes = 0;
    }

    private void makeRoom() {
        int n = span(); // holes included: they move with the jobs and compact() closes them later
        if (head > jobs.length / 2) {
            System.arraycopy(jobs, head, jobs, 0, n);
            System.arraycopy(units, head, units, 0, n);
            System.arraycopy(requested, head, requested, 0, n);
            System.arraycopy(mark, head, mark, 0, n);
            Arrays.fill(jobs, n, tail, null);
        } else {
            int cap = jobs.length * 2;
            Job[] nj = new Job[cap];
            System.arraycopy(jobs, head, nj, 0, n);
            jobs = nj;
            int[] nu = new int[cap];
            System.arraycopy(units, head, nu, 0, n);
            units = nu;
            long[] nr = new long[cap];
            System.arraycopy(requested, head, nr, 0, n);
            requested = nr;
            long[] nm = new long[cap];
            System.arraycopy(mark, head, nm, 0, n);
            mark = nm;
        }
        head = 0;
        tail = n;
    }
}
