package org.hpcsim.models.run;

import org.hpcsim.models.workload.Job;

/**
 * What happened to one job, or to one run of it that preemption cut short.
 *
 * @param job            the job as submitted
 * @param startTime      when it started (the last start, for a job that was requeued)
 * @param endTime        when it ended
 * @param allocatedCores cores it held while running (whole nodes count all their cores)
 * @param allocatedUnits allocation units (nodes or cores) it held
 * @param killedAtLimit  whether it was stopped at its requested time before finishing
 * @param partition      the Slurm partition it ran in, or "" when the scheduler has none
 * @param leafSwitches   leaf switches its nodes hang from under Slurm's topology/tree, or 0 without one
 * @param endState       how it ended; TIMEOUT exactly when {@code killedAtLimit}
 * @param nodes          the nodes it held and its CPUs on each, or null when the scheduler does not say
 * @param billing        its billable TRES, whole (sacct's AllocTRES {@code billing}): its cores unless
 *                       the partition weighs TRES (Slurm's TRESBillingWeights)
 */
public record JobOutcome(Job job, long startTime, long endTime, long allocatedCores, int allocatedUnits,
                         boolean killedAtLimit, String partition, int leafSwitches, JobEndState endState,
                         NodeShares nodes, long billing) {

    /** Rejects a null partition (none is the empty string) and an end state that contradicts {@code killedAtLimit}. */
    public JobOutcome {
        if (partition == null) {
            throw new IllegalArgumentException("partition may be empty but not null");
        }
        if (endState == null || killedAtLimit != (endState == JobEndState.TIMEOUT)) {
            throw new IllegalArgumentException("end state " + endState + " contradicts killedAtLimit=" + killedAtLimit);
        }
        if (billing < 0) {
            throw new IllegalArgumentException("billing must not be negative, got " + billing);
        }
    }

    /** An outcome billed its cores. */
    public JobOutcome(Job job, long startTime, long endTime, long allocatedCores, int allocatedUnits,
                      boolean killedAtLimit, String partition, int leafSwitches, JobEndState endState,
                      NodeShares nodes) {
        this(job, startTime, endTime, allocatedCores, allocatedUnits, killedAtLimit, partition, leafSwitches, endState,
                nodes, allocatedCores);
    }

    /** An outcome that does not say which nodes it held. */
    public JobOutcome(Job job, long startTime, long endTime, long allocatedCores, int allocatedUnits,
                      boolean killedAtLimit, String partition, int leafSwitches, JobEndState endState) {
        this(job, startTime, endTime, allocatedCores, allocatedUnits, killedAtLimit, partition, leafSwitches, endState,
                null);
    }

    /** An outcome that completed or timed out, as {@code killedAtLimit} says. */
    public JobOutcome(Job job, long startTime, long endTime, long allocatedCores, int allocatedUnits,
                      boolean killedAtLimit, String partition, int leafSwitches) {
        this(job, startTime, endTime, allocatedCores, allocatedUnits, killedAtLimit, partition, leafSwitches,
                killedAtLimit ? JobEndState.TIMEOUT : JobEndState.COMPLETED);
    }

    /** An outcome with no switch tree that ended as {@code endState} says. */
    public JobOutcome(Job job, long startTime, long endTime, long allocatedCores, int allocatedUnits,
                      boolean killedAtLimit, String partition, JobEndState endState) {
        this(job, startTime, endTime, allocatedCores, allocatedUnits, killedAtLimit, partition, 0, endState);
    }

    /** An outcome with no switch tree that completed or timed out, as {@code killedAtLimit} says. */
    public JobOutcome(Job job, long startTime, long endTime, long allocatedCores, int allocatedUnits,
                      boolean killedAtLimit, String partition) {
        this(job, startTime, endTime, allocatedCores, allocatedUnits, killedAtLimit, partition, 0);
    }

    /** An outcome outside any partition. */
    public JobOutcome(Job job, long startTime, long endTime, long allocatedCores, int allocatedUnits,
                      boolean killedAtLimit) {
        this(job, startTime, endTime, allocatedCores, allocatedUnits, killedAtLimit, "");
    }

    /** Time spent waiting in the queue: from the submission to the (last) start. */
    public long waitTime() {
        return startTime - job.submitTime();
    }

    /** Time spent running. */
    public long runTime() {
        return endTime - startTime;
    }
}
