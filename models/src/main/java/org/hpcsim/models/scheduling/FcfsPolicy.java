package org.hpcsim.models.scheduling;

import org.hpcsim.models.workload.Job;

/** First-come first-served: jobs start strictly in arrival order; a job that does not fit blocks all behind it. */
public final class FcfsPolicy implements SchedulingPolicy {
    private final PendingQueue queue = new PendingQueue();

    @Override
    public String name() {
        return "fcfs";
    }

    @Override
    public void submit(Job job, int units, long now) {
        queue.add(job, units);
    }

    @Override
    public void jobEnded(int slot, long now) {
        // Nothing to track: FCFS never looks at running jobs.
    }

    @Override
    public void schedule(long now, SchedulingContext context) {
        int free = context.freeUnits();
        while (!queue.isEmpty() && queue.units(0) <= free) {
            int units = queue.units(0);
            context.start(queue.removeFirst(), units);
            free -= units;
        }
    }

    @Override
    public int queueLength() {
        return queue.size();
    }
}
