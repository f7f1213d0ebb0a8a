package org.hpcsim.models.slurm;

import java.util.ArrayDeque;
import org.hpcsim.core.SimTime;

/**
 * Requeued jobs waiting, outside the queue, for their begin time, whatever requeued them
 * (preemption, a node failure). job_mgr.c (batch_requeue_fini, 22.05) clears a requeued job's
 * run, sets its submit time to now and its begin time to now + cred_expire + 1 s, and clears its
 * accrue time, so its age restarts when it becomes eligible; it keeps its priority (24.05.5
 * resets that too) until multifactor's next pass recomputes it. slurm.conf(5) on cred_expire: it
 * "also controls how long a requeued job must wait before starting again" (default 120 s).
 */
final class RequeuedJobs {
    /**
     * Requeues after which a run stops with an error: not a Slurm setting (slurmctld requeues a
     * job as often as it is preempted), a guard so that a run whose preemptions go round in a circle
     * ends rather than runs for ever: under priority/basic, or fifo_sched's unsorted walk, an older
     * job of the preempted QOS goes before its preemptor and may take the nodes the preemption freed
     * (QosPreemptionTest), and the requeued job, eligible again, may be the next to do so.
     */
    static final int MAX_REQUEUES = 1000;

    private final long delay;
    /** All wait as long, so they become eligible in the order they were requeued. */
    private final ArrayDeque<SlurmJob> held = new ArrayDeque<>();

    /** Requeued jobs that wait {@code delay} (cred_expire + 1 s) before they may start again. */
    RequeuedJobs(long delay) {
        this.delay = delay;
    }

    /**
     * {@code job}, already off its nodes and its last run reported, goes back at {@code now};
     * returns its begin time, when {@link #nextEligible} hands it back.
     */
    long requeue(SlurmJob job, long now) {
        if (++job.requeues > MAX_REQUEUES) {
            throw new IllegalStateException("job " + job.job.id() + " was requeued " + MAX_REQUEUES
                    + " times without finishing, the last at " + SimTime.toSeconds(now) + " s: preemption and requeues"
                    + " go round without end (a livelock of the model, stopped here rather than run for ever)");
        }
        job.partition = SlurmJob.HELD;
        job.allocation = null;
        job.start = -1;
        job.killedAtLimit = false;
        job.submit = now;
        job.eligible = now + delay;
        held.addLast(job);
        return job.eligible;
    }

    /** The requeued job whose begin time has come, still {@link SlurmJob#HELD}. */
    SlurmJob nextEligible() {
        return held.removeFirst();
    }

    /** Whether no requeued job waits for its begin time. */
    boolean isEmpty() {
        return held.isEmpty();
    }
}
