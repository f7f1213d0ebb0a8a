package org.hpcsim.models.slurm;

import java.util.List;
import java.util.function.Supplier;
import org.hpcsim.models.run.JobEndState;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.NodeShares;
import org.hpcsim.models.workload.ArrayTaskIds;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobLinks;

/** slurmctld's record of one job: what it asked for, its priority, and once started where and until when. */
final class SlurmJob {
    /** {@link #partition} of a job waiting in the queue. */
    static final int PENDING = -1;
    /** {@link #partition} of a requeued job waiting for its begin time, outside the queue. */
    static final int HELD = -2;

    final Job job;
    final JobRequest request;
    /** Submission order, the last tie-break of the queue order after submit time and id. */
    final long seq;
    /**
     * Its array's job id when it is an array task (by its links, or by an id {@link ArrayTaskIds}
     * made, as a replayed run's jobs.csv has), else -1.
     */
    final long arrayId;
    /**
     * The id the queue breaks ties of priority and submit time with: an array task's array id
     * (job_scheduler.c sort_job_queue2 takes array_job_id for any array task), else its own.
     */
    final long queueId;
    /** Its index in its array, the tie-break after {@link #queueId}; -1 for a job of no array. */
    final int arrayTask;
    /** Its place in slurmctld's job list once it has one of its own (see {@link JobListPlaces}). */
    long listPlace;
    /** The record it shares while it is an array task that has never started, else null. */
    JobListPlaces.ArrayRecord unstartedArray;
    /** Index of its QOS in the cluster's {@link QosSetup}, or -1 when QOS are not modelled. */
    final int qos;
    /** The QOS whose MaxSubmitJobsPerUser this job counts towards (see {@link QosLimits#submitted}). */
    int[] submitQos = QosLimits.NO_QOS;
    /** Priority for each partition the job may run in, parallel to {@code request.partitions()}. */
    final long[] priority;
    /**
     * Submit time as slurmctld orders the queue: the job's own, until a requeue sets it to the time
     * of the requeue (job_mgr.c, batch_requeue_fini: "details->submit_time = now").
     */
    long submit;
    /** When the job became eligible, where priority/multifactor's age starts: submit, or the requeue's begin time. */
    long eligible;
    /** Partition index it runs in; {@link #PENDING} while queued, {@link #HELD} while requeued and not yet eligible. */
    int partition = PENDING;
    Allocation allocation;
    long start = -1;
    /** When its time limit ends: start plus the limit; backfill plans with this. */
    long limitEnd;
    /** Its time limit in nanoseconds, as its partition set it at its start; Long.MAX_VALUE for none. */
    long timeLimit = Long.MAX_VALUE;
    /** Whether it is in a preemption grace time, which ends at its (cut) limitEnd (see {@link GracePeriods}). */
    boolean inGrace;
    boolean killedAtLimit;
    /** Work its current run does, when nodes fail: what its last failed run left (see {@link NodeOutages}). */
    long work;
    /** Slot in the controller's table of running jobs, and the handle of its end event. */
    int slot = -1;
    long endEvent;
    /** How often it was requeued (see {@link RequeuedJobs#MAX_REQUEUES}). */
    int requeues;
    /** Its own preemption marks, which it takes from its array's record as it starts (see {@link #marks}). */
    private final PreemptMarks ownMarks = new PreemptMarks();
    /** When it was first tested for a placement within its --switches count, -1 before. */
    long switchWaitStart = -1;

    /** Per partition, the request as it sees it where that differs from {@link #request}; null until wanted. */
    private JobRequest[] partitionRequests;

    SlurmJob(Job job, JobRequest request, long seq, int qos) {
        this.job = job;
        this.request = request;
        this.seq = seq;
        this.listPlace = seq;
        this.qos = qos;
        JobLinks links = job.options().links();
        this.arrayId = links.inArray() ? links.arrayJobId() : ArrayTaskIds.arrayOf(job.id());
        this.queueId = arrayId >= 0 ? arrayId : job.id();
        this.arrayTask = links.inArray() ? links.arrayTaskId() : ArrayTaskIds.indexOf(job.id());
        this.priority = new long[request.partitions().length];
        this.submit = job.submitTime();
        this.eligible = job.submitTime();
    }

    /**
     * The preemption marks of its job record: its array's waiting record's while it is one of those
     * tasks (node_scheduler.c sets preempt_in_progress on the record select_nodes was given).
     */
    PreemptMarks marks() {
        return unstartedArray != null ? unstartedArray.marks : ownMarks;
    }

    /** What a pass's preempt_in_progress test looks at: its array's waiting record, or the job. */
    Object record() {
        return unstartedArray != null ? unstartedArray : this;
    }

    /**
     * It starts as a task of its array's waiting record: it keeps a copy of the record's marks, and
     * the record, split off from it, keeps its preempt_in_progress hold but not its preemption
     * time (job_mgr.c job_array_split: "or high priority array jobs will hang for a period before
     * preempting more jobs").
     */
    void leaveRecord() {
        ownMarks.copyFrom(unstartedArray.marks);
        unstartedArray.marks.preemptedOthersAt = Long.MIN_VALUE;
        unstartedArray = null;
    }

    /** Its place in slurmctld's job list: its array's waiting record's while it is one of those tasks. */
    long listPlace() {
        return unstartedArray != null ? unstartedArray.place() : listPlace;
    }

    /**
     * The request as partition {@code p} (of {@code partitions}) sees it, made by {@code make} the
     * first time and kept.
     */
    JobRequest requestIn(int p, int partitions, Supplier<JobRequest> make) {
        if (partitionRequests == null) {
            partitionRequests = new JobRequest[partitions];
        }
        if (partitionRequests[p] == null) {
            partitionRequests[p] = make.get();
        }
        return partitionRequests[p];
    }

    boolean pending() {
        return partition == PENDING;
    }

    // The nodes of the current allocation and the CPUs held on each, for pricing by node.
    private NodeShares shares() {
        int n = allocation.nodeCount();
        int[] cpus = new int[n];
        for (int k = 0; k < n; k++) {
            cpus[k] = allocation.cpus(k);
        }
        return new NodeShares(allocation.nodeIndices(), cpus);
    }

    /** The outcome of the current run on {@code cluster}, ending at {@code end} as {@code state}. */
    JobOutcome outcome(long end, JobEndState state, SlurmCluster cluster) {
        // job_mgr.c: the billable TRES go into tres_alloc_cnt, a uint64_t, by truncation.
        long billing = (long) Math.max(0, billing(cluster.partitions));
        return new JobOutcome(job, start, end, allocation.totalCpus(), allocation.nodeCount(),
                state == JobEndState.TIMEOUT, cluster.partitions.get(partition).name(),
                cluster.selector.leaves(allocation), state, shares(), billing);
    }

    /** The UsageFactor of its own QOS among {@code qos} (1 without one), which scales what it counts in every QOS. */
    double usageFactor(List<Qos> qos) {
        return this.qos < 0 ? 1.0 : qos.get(this.qos).usageFactor();
    }

    /** What one second of the current run is billed: its partition's TRESBillingWeights over its allocation. */
    double billing(List<Partition> partitions) {
        return partitions.get(partition).billing().billable(allocation, job.options().resources().gpuType());
    }
}
