package org.hpcsim.scenarios.pbs;

import org.hpcsim.models.workload.JobStatus;

/**
 * How a job ended, from its {@code Exit_status}:
 * <ul>
 * <li>absent: {@link JobStatus#UNKNOWN};
 * <li>0: {@link JobStatus#COMPLETED};
 * <li>-29 (PBS Pro's JOB_EXEC_KILL_WALLTIME): {@link JobStatus#TIMEOUT};
 * <li>-11: Torque's JOB_EXEC_OVERLIMIT_WT but PBS Pro's JOB_EXEC_RERUN, so {@link JobStatus#TIMEOUT}
 *     when the job ran to its walltime limit, else {@link JobStatus#FAILED};
 * <li>other negative values (PBS could not run the job, or killed it for memory, CPU time or
 *     CPU count): {@link JobStatus#FAILED};
 * <li>256 + signal (PBS's code for a job killed by a signal): SIGTERM (271) or SIGKILL (265), which
 *     PBS sends both for {@code qdel} and at the walltime limit, is {@link JobStatus#TIMEOUT} when
 *     the job ran to its limit and {@link JobStatus#CANCELLED} otherwise; other signals
 *     {@link JobStatus#FAILED};
 * <li>1 to 255 (the script's own exit code, 128 + N when its shell saw signal N):
 *     {@link JobStatus#FAILED}.
 * </ul>
 */
final class PbsExitStatus {
    static final long KILL_WALLTIME = -29;
    static final long TORQUE_OVERLIMIT_WALLTIME = -11;
    static final long SIGNAL_BASE = 256;
    private static final long SIGKILL = 9;
    private static final long SIGTERM = 15;

    private PbsExitStatus() {}

    /**
     * The status for an exit code ({@code present} false when the record has none), where
     * {@code ranToLimit} says the job's used walltime reached its requested walltime.
     */
    static JobStatus of(boolean present, long code, boolean ranToLimit) {
        if (!present) {
            return JobStatus.UNKNOWN;
        }
        if (code == 0) {
            return JobStatus.COMPLETED;
        }
        if (code == KILL_WALLTIME) {
            return JobStatus.TIMEOUT;
        }
        if (code == TORQUE_OVERLIMIT_WALLTIME) {
            return ranToLimit ? JobStatus.TIMEOUT : JobStatus.FAILED;
        }
        if (code > SIGNAL_BASE) {
            long signal = code - SIGNAL_BASE;
            if (signal == SIGTERM || signal == SIGKILL) {
                return ranToLimit ? JobStatus.TIMEOUT : JobStatus.CANCELLED;
            }
        }
        return JobStatus.FAILED;
    }
}
