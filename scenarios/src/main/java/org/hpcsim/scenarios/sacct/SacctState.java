package org.hpcsim.scenarios.sacct;

import java.util.Locale;
import org.hpcsim.models.workload.JobStatus;

/**
 * What a job's State field means for the import: how a finished job ended, or why its record is
 * no finished job. sacct prints one name per job, a state flag in place of the base state when
 * one is set, and {@code CANCELLED by <uid>} when it knows who cancelled; only the first word
 * counts, and a trailing {@code +} (a cut field in fixed-width output) is ignored.
 */
enum SacctState {
    /** Ended: {@code COMPLETED}. */
    COMPLETED(JobStatus.COMPLETED),
    /** Ended in error: {@code FAILED}, {@code OUT_OF_MEMORY}, {@code BOOT_FAIL}, {@code LAUNCH_FAILED}, {@code RECONFIG_FAIL}. */
    FAILED(JobStatus.FAILED),
    /** Ended by scancel: {@code CANCELLED}, {@code CANCELLED by 1234}. */
    CANCELLED(JobStatus.CANCELLED),
    /** Stopped at its limit: {@code TIMEOUT}, {@code DEADLINE}. */
    TIMEOUT(JobStatus.TIMEOUT),
    /** Ended with a node: {@code NODE_FAIL}. */
    NODE_FAIL(JobStatus.NODE_FAIL),
    /** Ended by preemption: {@code PREEMPTED}. */
    PREEMPTED(JobStatus.PREEMPTED),
    /** The part of a job before it changed size ({@code RESIZING}); the rest is a record of its own. */
    RESIZED(JobStatus.PARTIAL),
    /** Never ran: {@code PENDING}, and {@code REVOKED} (a federation sibling another cluster ran). */
    NOT_STARTED(null),
    /** Has not ended: {@code RUNNING}, {@code SUSPENDED}, {@code COMPLETING} and the other in-flight flags. */
    ACTIVE(null),
    /**
     * An attempt that was requeued: {@code REQUEUED}, {@code REQUEUE_FED}, {@code REQUEUE_HOLD},
     * {@code SPECIAL_EXIT}. The attempt that finally ran is a record of its own.
     */
    REQUEUED(null),
    /** A name this reader does not know, or an empty field: kept, with status unknown. */
    UNRECOGNISED(JobStatus.UNKNOWN),
    /** The export has no State column: every job is taken as finished, status unknown. */
    ABSENT(JobStatus.UNKNOWN);

    private final JobStatus status;

    SacctState(JobStatus status) {
        this.status = status;
    }

    /** How the job ended; only for states of finished jobs. */
    JobStatus status() {
        return status;
    }

    /** The meaning of a State field. */
    static SacctState of(String field) {
        int space = field.indexOf(' ');
        String name = (space < 0 ? field : field.substring(0, space)).toUpperCase(Locale.ROOT);
        if (name.endsWith("+")) {
            name = name.substring(0, name.length() - 1);
        }
        switch (name) {
            case "COMPLETED":
                return COMPLETED;
            case "FAILED":
            case "OUT_OF_MEMORY":
            case "BOOT_FAIL":
            case "LAUNCH_FAILED":
            case "RECONFIG_FAIL":
                return FAILED;
            case "CANCELLED":
                return CANCELLED;
            case "TIMEOUT":
            case "DEADLINE":
                return TIMEOUT;
            case "NODE_FAIL":
                return NODE_FAIL;
            case "PREEMPTED":
                return PREEMPTED;
            case "RESIZING":
                return RESIZED;
            case "PENDING":
            case "REVOKED":
                return NOT_STARTED;
            case "RUNNING":
            case "SUSPENDED":
            case "COMPLETING":
            case "CONFIGURING":
            case "STOPPED":
            case "SIGNALING":
            case "STAGE_OUT":
            case "POWER_UP_NODE":
            case "UPDATE_DB":
            case "EXPEDITING":
                return ACTIVE;
            case "REQUEUED":
            case "REQUEUE_FED":
            case "REQUEUE_HOLD":
            case "SPECIAL_EXIT":
                return REQUEUED;
            default:
                return UNRECOGNISED;
        }
    }
}
