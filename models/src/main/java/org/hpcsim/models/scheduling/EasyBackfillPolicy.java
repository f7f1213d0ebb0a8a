package org.hpcsim.models.scheduling;

import org.hpcsim.models.workload.Job;

/**
 * EASY backfilling (Lifka 1995; Mu'alem and Feitelson 2001). Jobs start in arrival order while
 * they fit. The first job that does not fit gets a reservation: the earliest time (the shadow
 * time) at which enough units free up if running jobs end at their requested times; the units to
 * spare at that time are the extra units. A later job may start now only if it fits now and either
 * ends, by its requested time, before the shadow time or uses no more than the extra units.
 *
 * <p>A pass that follows only arrivals (no job ended since the last pass, reservation still in the
 * future) cannot change the head's reservation or any earlier decision, so only the jobs that
 * arrived since are tested; this gives the same schedule as testing the whole queue every time.
 */
public final class EasyBackfillPolicy implements SchedulingPolicy {
    private final PendingQueue queue = new PendingQueue();
    private final RunningJobIndex running = new RunningJobIndex();
    private final ReservationListener listener;
    private final boolean incremental;

    private boolean unitsFreed;
    private int examined;           // queue positions already tested against the current reservation
    private long shadowTime;
    private int extraUnits;

    /** EASY backfilling. */
    public EasyBackfillPolicy() {
        this(ReservationListener.NONE, true);
    }

    /**
     * EASY backfilling that reports reservations; {@code incremental} false re-tests the whole
     * queue in every pass (for checking that the shortcut changes nothing).
     */
    public EasyBackfillPolicy(ReservationListener listener, boolean incremental) {
        this.listener = listener;
        this.incremental = incremental;
    }

    @Override
    public String name() {
        return "easy";
    }

    @Override
    public void submit(Job job, int units, long now) {
        queue.add(job, units);
    }

    @Override
    public void jobEnded(int slot, long now) {
        running.remove(slot);
        unitsFreed = true;
    }

    @Override
    public void capacityChanged() {
        unitsFreed = true;
    }

    @Override
    public void schedule(long now, SchedulingContext context) {
        int free = context.freeUnits();
        int from;
        if (!incremental || unitsFreed || examined == 0 || shadowTime < now) {
            unitsFreed = false;
            free = startHeadJobsThatFit(now, context, free);
            if (queue.isEmpty()) {
                examined = 0;
                return;
            }
            shadowTime = running.reservationTime(free, queue.units(0), now);
            extraUnits = running.extraUnits();
            listener.reserved(queue.job(0), shadowTime, now);
            from = 1;
        } else {
            from = examined;
        }
        backfill(now, context, free, from);
        queue.compact();
        examined = queue.size();
    }

    private int startHeadJobsThatFit(long now, SchedulingContext context, int free) {
        while (!queue.isEmpty() && queue.units(0) <= free) {
            int units = queue.units(0);
            long requested = queue.requested(0);
            start(queue.removeFirst(), units, requested, now, context);
            free -= units;
        }
        return free;
    }

    private void backfill(long now, SchedulingContext context, int free, int from) {
        int n = queue.span();
        for (int i = from; i < n && free > 0; i++) {
            int units = queue.units(i);
            if (units > free) {
                continue;
            }
            long requested = queue.requested(i);
            boolean endsBeforeShadow = now + requested <= shadowTime;
            if (endsBeforeShadow || units <= extraUnits) {
                if (!endsBeforeShadow) {
                    extraUnits -= units;
                }
                start(queue.take(i), units, requested, now, context);
                free -= units;
            }
        }
    }

    private void start(Job job, int units, long requested, long now, SchedulingContext context) {
        int slot = context.start(job, units);
        running.add(slot, now + requested, units);
    }

    @Override
    public int queueLength() {
        return queue.size();
    }
}
