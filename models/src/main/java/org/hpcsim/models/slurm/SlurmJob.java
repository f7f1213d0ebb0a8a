package org.hpcsim.models.slurm;

import org.hpcsim.models.workload.Job;

/** slurmctld's record of one job: what it asked for, its priority, and once started where and until when. */
final class SlurmJob {
    final Job job;
    final JobRequest request;
    /** Submission order, the last tie-break of the queue order after submit time and id. */
    final long seq;
    /** Priority for each partition the job may run in, parallel to {@code request.partitions()}. */
    final long[] priority;
    /** Partition index it runs in, -1 while pending. */
    int partition = -1;
    Allocation allocation;
    long start = -1;
    /** When its time limit ends: start plus the limit; backfill plans with this. */
    long limitEnd;
    boolean killedAtLimit;
    /** When it was first tested for a placement within its --switches count, -1 before. */
    long switchWaitStart = -1;

    SlurmJob(Job job, JobRequest request, long seq) {
        this.job = job;
        this.request = request;
        this.seq = seq;
        this.priority = new long[request.partitions().length];
    }

    boolean pending() {
        return partition < 0;
    }
}
