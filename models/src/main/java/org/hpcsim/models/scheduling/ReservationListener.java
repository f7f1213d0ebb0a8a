package org.hpcsim.models.scheduling;

import org.hpcsim.models.workload.Job;

/**
 * Told each time a backfilling policy (re)computes a reservation: EASY's for the job at the head of
 * its queue, conservative backfilling's for any waiting job.
 */
@FunctionalInterface
public interface ReservationListener {
    /** The job is guaranteed to start no later than {@code reservedStart}. */
    void reserved(Job job, long reservedStart, long now);

    /** A listener that ignores every reservation. */
    ReservationListener NONE = (head, reservedStart, now) -> { };
}
