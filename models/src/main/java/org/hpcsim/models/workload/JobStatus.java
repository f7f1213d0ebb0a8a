package org.hpcsim.models.workload;

/** How a job ended in the system its trace was recorded on (not in the simulation). */
public enum JobStatus {
    /** Ran to completion (SWF 1, Slurm COMPLETED). */
    COMPLETED(1),
    /** Ended with an error (SWF 0, Slurm FAILED, OUT_OF_MEMORY, BOOT_FAIL). */
    FAILED(0),
    /** Cancelled by the user or an administrator (SWF 5, Slurm CANCELLED). */
    CANCELLED(5),
    /** Stopped at its time limit (Slurm TIMEOUT; SWF has no code of its own and says completed). */
    TIMEOUT(1),
    /** Lost with its node (Slurm NODE_FAIL; SWF says failed). */
    NODE_FAIL(0),
    /** Preempted (Slurm PREEMPTED; SWF says failed). */
    PREEMPTED(0),
    /** A partial execution to be continued (SWF 2). */
    PARTIAL(2),
    /** The last partial execution, completed (SWF 3). */
    PARTIAL_LAST_COMPLETED(3),
    /** The last partial execution, failed (SWF 4). */
    PARTIAL_LAST_FAILED(4),
    /** Not recorded (SWF -1). */
    UNKNOWN(-1);

    private final int swfCode;

    JobStatus(int swfCode) {
        this.swfCode = swfCode;
    }

    /** The SWF status code (field 11) that stands for this status. */
    public int swfCode() {
        return swfCode;
    }

    /** The status an SWF status code stands for; unknown codes are {@link #UNKNOWN}. */
    public static JobStatus fromSwf(int code) {
        switch (code) {
            case 0:
                return FAILED;
            case 1:
                return COMPLETED;
            case 2:
                return PARTIAL;
            case 3:
                return PARTIAL_LAST_COMPLETED;
            case 4:
                return PARTIAL_LAST_FAILED;
            case 5:
                return CANCELLED;
            default:
                return UNKNOWN;
        }
    }
}
