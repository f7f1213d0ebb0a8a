package org.hpcsim.models.scheduling;

import org.hpcsim.models.workload.Job;

/**
 * A batch scheduling policy: it owns the wait queue and decides, in each pass, which jobs start.
 * The run loop tells it about arrivals and ends and calls {@link #schedule} after them.
 */
public interface SchedulingPolicy {
    /** The policy's name as scenarios spell it. */
    String name();

    /** A job arrives needing {@code units} allocation units. */
    void submit(Job job, int units, long now);

    /** A job this policy started, in running slot {@code slot}, has ended and its units are free. */
    void jobEnded(int slot, long now);

    /** One scheduling pass at time {@code now}. */
    void schedule(long now, SchedulingContext context);

    /** Jobs waiting in the queue. */
    int queueLength();

    /**
     * The cluster's capacity changed outside job starts and ends (a node failed and is being
     * replaced, or its replacement is up): plans built on the old capacity are to be rebuilt at
     * the next pass. While capacity is short a job may not fit even after every running job ends;
     * it then gets no reservation until capacity returns.
     */
    default void capacityChanged() {}
}
