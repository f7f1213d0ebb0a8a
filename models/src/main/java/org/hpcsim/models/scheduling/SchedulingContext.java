package org.hpcsim.models.scheduling;

import org.hpcsim.models.workload.Job;

/** The narrow view of the cluster a scheduling policy gets during one pass. */
public interface SchedulingContext {
    /** Allocation units free now. */
    int freeUnits();

    /**
     * Starts the job now on {@code units} free units and returns its running slot, the number the
     * policy is later told in {@link SchedulingPolicy#jobEnded}.
     */
    int start(Job job, int units);

    /**
     * Asks for a scheduling pass at {@code time}, later than now, even if no job arrives or ends
     * then (a reservation falls due); it replaces the previous request, and
     * {@link Long#MAX_VALUE} withdraws it.
     */
    void wakeAt(long time);
}
