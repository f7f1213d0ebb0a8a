package org.hpcsim.models.run;

import org.hpcsim.models.workload.Job;

/**
 * What happened to one job.
 *
 * @param job            the job as submitted
 * @param startTime      when it started
 * @param endTime        when it ended
 * @param allocatedCores cores it held while running (whole nodes count all their cores)
 * @param allocatedUnits allocation units (nodes or cores) it held
 * @param killedAtLimit  whether it was stopped at its requested time before finishing
 * @param partition      the Slurm partition it ran in, or "" when the scheduler has none
 * @param leafSwitches   leaf switches its nodes hang from under Slurm's topology/tree, or 0 without one
 */
public record JobOutcome(Job job, long startTime, long endTime, long allocatedCores, int allocatedUnits,
                         boolean killedAtLimit, String partition, int leafSwitches) {

    /** Rejects a null partition: none is the empty string. */
    public JobOutcome {
        if (partition == null) {
            throw new IllegalArgumentException("partition may be empty but not null");
        }
    }

    /** An outcome with no switch tree. */
    public JobOutcome(Job job, long startTime, long endTime, long allocatedCores, int allocatedUnits,
                      boolean killedAtLimit, String partition) {
        this(job, startTime, endTime, allocatedCores, allocatedUnits, killedAtLimit, partition, 0);
    }

    /** An outcome outside any partition. */
    public JobOutcome(Job job, long startTime, long endTime, long allocatedCores, int allocatedUnits,
                      boolean killedAtLimit) {
        this(job, startTime, endTime, allocatedCores, allocatedUnits, killedAtLimit, "");
    }

    /** Time spent waiting in the queue. */
    public long waitTime() {
        return startTime - job.submitTime();
    }

    /** Time spent running. */
    public long runTime() {
        return endTime - startTime;
    }
}
