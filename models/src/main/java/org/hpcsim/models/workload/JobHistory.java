package org.hpcsim.models.workload;

/**
 * What the trace recorded about a job's real execution, kept so outputs and conversions lose
 * nothing; the simulation itself uses only the job's runtime. Unknown numbers are -1; times are
 * simulation nanoseconds.
 *
 * @param waitTime            recorded wait in the queue
 * @param status              how the job ended
 * @param averageCpuTime      average CPU time per processor
 * @param usedMemoryKb        memory used per processor, in KB
 * @param requestedProcessors processors requested (the job's size is what it was allocated)
 * @param requestedMemoryKb   memory requested per processor, in KB
 */
public record JobHistory(long waitTime, JobStatus status, long averageCpuTime, long usedMemoryKb,
                         int requestedProcessors, long requestedMemoryKb) {
    /** Nothing recorded. */
    public static final JobHistory UNKNOWN = new JobHistory(-1, JobStatus.UNKNOWN, -1, -1, -1, -1);

    /** Rejects a null status: unknown is {@link JobStatus#UNKNOWN}. */
    public JobHistory {
        if (status == null) {
            throw new IllegalArgumentException("status may be UNKNOWN but not null");
        }
    }
}
