package org.hpcsim.models.scheduling;

import org.hpcsim.models.workload.Job;

/**
 * Conservative backfilling (Mu'alem and Feitelson 2001): every waiting job holds a reservation,
 * made on arrival at the earliest time its units are free for its requested time in a profile of
 * running jobs (until their requested ends) and of the reservations of all jobs that came before
 * it; a job starts when its reservation falls due, so a later job never delays an earlier one.
 *
 * <p>When a job ends before its requested time the schedule is compressed, in one sweep at the
 * next pass: in queue order, each waiting job gives up its reservation and takes the earliest one
 * now possible, every other job keeping its own. Its old slot is still free, so no job ever moves
 * later. (Rebuilding every
 * reservation from scratch in queue order, the other common reading, can move a job later: an
 * earlier job may move into the hole that the later one was using.)
 *
 * <p>A reservation can fall due when no job arrives or ends, so the policy asks for a pass at the
 * earliest one.
 *
 * <p>Only a job running past its requested time (when jobs are not killed at their limit, or a
 * node's boot delayed it) breaks the profile. Then, at every pass while such a job runs (and at
 * the next, if a reservation lies in the past by then), all reservations are rebuilt in queue
 * order with that job expected to end now (as EASY does). A job
 * reserved now that the units really free cannot hold is blocked: it waits for the next job to
 * arrive or end, and no pass is asked for meanwhile, since the reservations after it assume it
 * started and would otherwise fall due again and again at the end of its unused slot.
 *
 * <p>A job's requested time counts as at least one nanosecond, so that a zero-length job still
 * needs its units at the instant it starts.
 */
public final class ConservativeBackfillPolicy implements SchedulingPolicy {
    private final PendingQueue queue = new PendingQueue();
    private final RunningJobIndex running = new RunningJobIndex();
    private final AvailabilityProfile profile = new AvailabilityProfile();
    private final ReservationListener listener;

    private boolean endedEarly;
    private boolean capacityChanged;
    private long earliestReservation = Long.MAX_VALUE;
    private long[] endScratch = new long[64];
    private int[] unitScratch = new int[64];

    /** Conservative backfilling. */
    public ConservativeBackfillPolicy() {
        this(ReservationListener.NONE);
    }

    /** Conservative backfilling that reports every reservation it makes or moves. */
    public ConservativeBackfillPolicy(ReservationListener listener) {
        this.listener = listener;
    }

    @Override
    public String name() {
        return "conservative";
    }

    @Override
    public void submit(Job job, int units, long now) {
        queue.add(job, units);
    }

    @Override
    public void jobEnded(int slot, long now) {
        long end = running.expectedEnd(slot);
        int units = running.units(slot);
        running.remove(slot);
        if (now < end) {
            profile.add(now, end, units);
            endedEarly = true;
        }
    }

    @Override
    public void capacityChanged() {
        capacityChanged = true;
    }

    @Override
    public void schedule(long now, SchedulingContext context) {
        int free = context.freeUnits();
        boolean rebuild = profile.isEmpty() || running.earliestEnd() <= now || earliestReservation < now
                || capacityChanged;
        capacityChanged = false;
        if (rebuild) {
            rebuild(now, free);
        } else {
            profile.advance(now);
        }
        boolean compress = endedEarly && !rebuild;
        endedEarly = false;
        long earliest = Long.MAX_VALUE;
        long nextDue = Long.MAX_VALUE;
        boolean blocked = false;
        int n = queue.span();
        for (int i = 0; i < n; i++) {
            Job job = queue.job(i);
            if (job == null) {
                continue;
            }
            int units = queue.units(i);
            long duration = Math.max(queue.requested(i), 1);
            long at = queue.mark(i);
            if (at == PendingQueue.UNSET) {
                at = profile.earliest(now, units, duration, Long.MAX_VALUE);
                if (at == Long.MAX_VALUE) {
                    continue; // more units than the cluster has up now: no reservation until capacity returns
                }
                profile.add(at, at + duration, -units);
                queue.setMark(i, at);
                listener.reserved(job, at, now);
            } else if (compress) {
                long earlier = profile.earlierStart(now, units, duration, at);
                if (earlier < at) {
                    profile.add(at, at + duration, units);
                    profile.add(earlier, earlier + duration, -units);
                    at = earlier;
                    queue.setMark(i, at);
                    listener.reserved(job, at, now);
                }
            }
            if (at == now && units <= free) {
                // Its reservation already holds its units in the profile until its requested end.
                int slot = context.start(queue.take(i), units);
                running.add(slot, now + duration, units);
                free -= units;
            } else {
                earliest = Math.min(earliest, at);
                blocked |= at == now;
                if (at > now) {
                    nextDue = Math.min(nextDue, at);
                }
            }
        }
        queue.compact();
        earliestReservation = earliest;
        context.wakeAt(blocked ? Long.MAX_VALUE : nextDue);
    }

    /** A fresh profile from the running jobs alone, and every waiting job without a reservation. */
    private void rebuild(long now, int free) {
        if (endScratch.length < running.size()) {
            endScratch = new long[running.size() * 2];
            unitScratch = new int[running.size() * 2];
        }
        int n = running.inEndOrder(endScratch, unitScratch);
        profile.rebuild(now, free, endScratch, unitScratch, n);
        for (int i = 0, span = queue.span(); i < span; i++) {
            queue.setMark(i, PendingQueue.UNSET);
        }
    }

    @Override
    public int queueLength() {
        return queue.size();
    }
}
