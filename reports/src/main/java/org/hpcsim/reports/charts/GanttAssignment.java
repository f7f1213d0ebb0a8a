package org.hpcsim.reports.charts;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.hpcsim.reports.data.JobRow;

/**
 * Concrete unit indices (nodes or cores) for each job, which jobs.csv does not record: a greedy
 * sweep over start times in which each job takes the lowest free indices and gives them back at
 * its end. Because the run never held more units than the cluster has, a free index is always
 * there; input that breaks that is refused.
 */
public final class GanttAssignment {
    /**
     * One job and the unit indices it was given, ascending.
     *
     * @param job   the job
     * @param units its unit indices, each in [0, capacity)
     */
    public record Placement(JobRow job, int[] units) {}

    private GanttAssignment() {}

    /**
     * Places {@code jobs} on {@code capacity} units, taking jobs by start time then id so the
     * result does not depend on the order of the list. A job ending at the instant another
     * starts hands its units over first; a job of zero length holds nothing. Returns placements
     * in that order.
     *
     * @throws IllegalArgumentException if jobs overlapping in time hold more than {@code capacity}
     */
    public static List<Placement> assign(List<JobRow> jobs, int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
        List<JobRow> order = new ArrayList<>(jobs);
        order.sort(Comparator.comparingDouble(JobRow::start).thenComparingLong(JobRow::id));
        // Jobs holding units, the one ending first on top.
        PriorityQueue<Placement> active = new PriorityQueue<>(Comparator.comparingDouble(p -> p.job().end()));
        BitSet used = new BitSet(capacity);
        List<Placement> out = new ArrayList<>(order.size());
        for (JobRow job : order) {
            while (!active.isEmpty() && active.peek().job().end() <= job.start()) {
                for (int u : active.poll().units()) {
                    used.clear(u);
                }
            }
            int need = Math.max(0, job.units());
            boolean instant = !(job.end() > job.start());
            if (need > capacity || (!instant && need > capacity - used.cardinality())) {
                throw new IllegalArgumentException("job " + job.id() + " starting at " + job.start() + " s needs "
                        + need + " units but only " + (capacity - used.cardinality()) + " of " + capacity
                        + " are free: the jobs hold more units at once than the cluster has");
            }
            // A job of no length holds its units for no time and so overlaps nothing: it takes the
            // lowest free units when there are enough, else the lowest units, and gives them straight back.
            BitSet taken = instant && need > capacity - used.cardinality() ? new BitSet() : used;
            int[] units = new int[need];
            int u = -1;
            for (int i = 0; i < need; i++) {
                u = taken.nextClearBit(u + 1);
                units[i] = u;
            }
            Placement p = new Placement(job, units);
            out.add(p);
            if (!instant) {
                for (int x : units) {
                    used.set(x);
                }
                active.add(p);
            }
        }
        return out;
    }
}
