package org.hpcsim.models.slurm;

import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.PreemptionStats;
import org.hpcsim.models.run.RunObserver;

/**
 * What becomes of jobs a preemption stopped: a job whose PreemptMode (its partition's, or under
 * preempt/qos its QOS's; see {@link Preemptor#modeOf}) is CANCEL ends PREEMPTED; one whose mode is
 * REQUEUE loses its run and waits, outside the queue, for its begin time (see
 * {@link RequeuedJobs}), unless JobRequeue=0 forbids requeueing: then it ends PREEMPTED too (a
 * real slurmctld 22.05.8 logged "preempted JobId=1 had to be killed"). Keeps the count of both and of the CPU time lost.
 */
final class PreemptedJobs {
    private final SlurmCluster cluster;
    private final RequeuedJobs requeue;
    private final RunObserver observer;
    private long requeued;
    private long cancelled;
    private double lostCpuNanos;

    PreemptedJobs(SlurmCluster cluster, RequeuedJobs requeue, RunObserver observer) {
        this.cluster = cluster;
        this.requeue = requeue;
        this.observer = observer;
    }

    /**
     * {@code job}, already off its nodes, was preempted at {@code now}; returns when it becomes
     * eligible again (then call {@link RequeuedJobs#nextEligible}), or -1 when it was cancelled.
     */
    long stopped(SlurmJob job, long now) {
        lostCpuNanos += (double) job.allocation.totalCpus() * (now - job.start);
        // Under JobRequeue=0 requeueing fails and slurm_job_preempt kills the job instead.
        if (Preemptor.modeOf(cluster, job) != PreemptMode.REQUEUE || !cluster.config.jobRequeue()) {
            observer.jobFinished(job.outcome(now, JobEndState.PREEMPTED, cluster));
            cancelled++;
            return -1;
        }
        observer.jobRequeued(job.outcome(now, JobEndState.REQUEUED, cluster));
        requeued++;
        return requeue.requeue(job, now);
    }

    PreemptionStats stats() {
        if (requeued == 0 && cancelled == 0) {
            return PreemptionStats.NONE;
        }
        return new PreemptionStats(requeued, cancelled, lostCpuNanos / SimTime.SECOND);
    }
}
