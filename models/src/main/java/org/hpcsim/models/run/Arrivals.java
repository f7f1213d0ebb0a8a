package org.hpcsim.models.run;

import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;

/**
 * Pulls a workload's jobs one at a time and hands each over at its submit time, all jobs of one
 * instant together; one arrival event is pending at a time, so a million-job trace never sits in
 * the event queue. Both batch run loops use it. A job source must yield jobs in submit order.
 */
public final class Arrivals {
    private final Simulation sim;
    private final JobSource source;
    private final Consumer<Job> arrive;
    private final LongConsumer nextDue;
    private final int kind;
    private Job next;
    private long lastSubmit = Long.MIN_VALUE;

    /** Arrivals from {@code source}, each handed to {@code arrive} at its submit time on {@code sim}. */
    public Arrivals(Simulation sim, JobSource source, Consumer<Job> arrive) {
        this(sim, source, arrive, t -> { });
    }

    /** As above, and tells {@code nextDue} each next submit time as its arrival is scheduled. */
    public Arrivals(Simulation sim, JobSource source, Consumer<Job> arrive, LongConsumer nextDue) {
        this.sim = sim;
        this.source = source;
        this.arrive = arrive;
        this.nextDue = nextDue;
        this.kind = sim.registerHandler("arrival", payload -> admitDue());
    }

    /** Reads the first job and schedules its arrival; call once before the simulation runs. */
    public void start() {
        next = pull();
        if (next != null) {
            scheduleArrival(next.submitTime());
        }
    }

    /**
     * Hands over every job due now. The arrival event calls it; a caller may call it earlier in
     * the same instant (the event then finds nothing to do).
     */
    public void admitDue() {
        long now = sim.now();
        Job job = next;
        if (job == null || job.submitTime() != now) {
            return;
        }
        while (job != null && job.submitTime() == now) {
            arrive.accept(job);
            job = pull();
        }
        next = job;
        if (job != null) {
            scheduleArrival(job.submitTime());
        }
    }

    private void scheduleArrival(long t) {
        // Told first, so that what it schedules for the run's first instant comes before the arrival.
        nextDue.accept(t);
        sim.schedule(t, kind, 0);
    }

    /** Whether every job of the workload has arrived. */
    public boolean exhausted() {
        return next == null;
    }

    private Job pull() {
        Job job = source.next();
        if (job != null) {
            if (job.submitTime() < lastSubmit) {
                throw new IllegalStateException("job " + job.id() + " was submitted before the job read ahead of it;"
                        + " a job source must yield jobs in submit order");
            }
            lastSubmit = job.submitTime();
        }
        return job;
    }
}
