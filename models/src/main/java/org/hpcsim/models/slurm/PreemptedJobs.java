package org.hpcsim.models.slurm;

import java.util.ArrayDeque;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.PreemptionStats;
import org.hpcsim.models.run.RunObserver;

/**
 * What becomes of jobs a preemption stopped: a job of a CANCEL partition ends PREEMPTED; one of a
 * REQUEUE partition loses its run and waits, outside the queue, for its begin time. job_mgr.c
 * (batch_requeue_fini, 22.05) sets a requeued job's submit time to now and its begin time to now
 * + cred_expire + 1 s, and clears its accrue time, so its age restarts when it becomes eligible.
 * Keeps the count of both and of the CPU time lost.
 */
final class PreemptedJobs {
    private final SlurmCluster cluster;
    private final long requeueDelay;
    private final RunObserver observer;
    /** Requeued jobs waiting for their begin time; all wait as long, so they become eligible in this order. */
    private final ArrayDeque<SlurmJob> held = new ArrayDeque<>();
    private long requeued;
    private long cancelled;
    private double lostCpuNanos;

    PreemptedJobs(SlurmCluster cluster, Preemption preemption, RunObserver observer) {
        this.cluster = cluster;
        this.requeueDelay = preemption.requeueDelay();
        this.observer = observer;
    }

    /**
     * {@code job}, already off its nodes, was preempted at {@code now}; returns when it becomes
     * eligible again (then call {@link #nextEligible}), or -1 when it was cancelled.
     */
    long stopped(SlurmJob job, long now) {
        lostCpuNanos += (double) job.allocation.totalCpus() * (now - job.start);
        if (cluster.partitions.get(job.partition).preemptMode() != PreemptMode.REQUEUE) {
            observer.jobFinished(job.outcome(now, JobEndState.PREEMPTED, cluster));
            cancelled++;
            return -1;
        }
        observer.jobRequeued(job.outcome(now, JobEndState.REQUEUED, cluster));
        job.partition = SlurmJob.HELD;
        job.allocation = null;
        job.start = -1;
        job.killedAtLimit = false;
        job.submit = now;
        job.eligible = now + requeueDelay;
        requeued++;
        held.addLast(job);
        return job.eligible;
    }

    /** The requeued job whose begin time has come, still {@link SlurmJob#HELD}. */
    SlurmJob nextEligible() {
        return held.removeFirst();
    }

    PreemptionStats stats() {
        if (requeued == 0 && cancelled == 0) {
            return PreemptionStats.NONE;
        }
        return new PreemptionStats(requeued, cancelled, lostCpuNanos / SimTime.SECOND);
    }
}
