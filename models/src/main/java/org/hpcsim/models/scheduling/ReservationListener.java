package org.hpcsim.models.scheduling;

import org.hpcsim.models.workload.Job;

/** Told each time a backfilling policy (re)computes the reservation of the job at the head of its queue. */
@FunctionalInterface
public interface ReservationListener {
    /** The head job is guaranteed to start no later than {@code reservedStart}. */
    void reserved(Job head, long reservedStart, long now);

    /** A listener that ignores every reservation. */
    ReservationListener NONE = (head, reservedStart, now) -> { };
}
