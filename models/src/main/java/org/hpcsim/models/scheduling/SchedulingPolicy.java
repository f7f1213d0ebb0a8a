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
}
