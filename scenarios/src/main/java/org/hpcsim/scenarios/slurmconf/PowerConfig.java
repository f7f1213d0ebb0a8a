package org.hpcsim.scenarios.slurmconf;

/**
 * Slurm's power saving as slurm.conf sets it, for the nodes defined with {@code State=CLOUD}.
 *
 * @param suspendTime    seconds a node stays idle before it is powered down, or -1 when power
 *                       saving is off (SuspendTime; slurm.conf(5): "A value of -1 disables power
 *                       save system. The default value is -1.", also NONE or INFINITE)
 * @param suspendTimeout seconds between a node's suspend request and its being powered down and
 *                       allocatable again (SuspendTimeout; slurm.conf(5): "The default value is 30
 *                       seconds.")
 * @param resumeRate     powered-down nodes resumed per minute, 0 for no limit (ResumeRate; slurm.conf(5):
 *                       "A value of zero results in no limits being imposed. The default value is 300
 *                       nodes per minute.")
 */
public record PowerConfig(long suspendTime, long suspendTimeout, int resumeRate) {
    /** SuspendTime's default: power saving off. */
    public static final long OFF = -1;
    /** SuspendTimeout's default, slurm.conf(5). */
    public static final long DEFAULT_SUSPEND_TIMEOUT = 30;
    /** ResumeRate's default, slurm.conf(5) and read_config.h DEFAULT_RESUME_RATE. */
    public static final int DEFAULT_RESUME_RATE = 300;
    /** The highest ResumeRate slurmctld takes (power_save.c MAX_NODE_RATE: one node a millisecond). */
    public static final int MAX_RESUME_RATE = 60_000;
    /** No key given. */
    public static final PowerConfig DEFAULTS = new PowerConfig(OFF, DEFAULT_SUSPEND_TIMEOUT);

    /** SuspendTime and SuspendTimeout with the default ResumeRate. */
    public PowerConfig(long suspendTime, long suspendTimeout) {
        this(suspendTime, suspendTimeout, DEFAULT_RESUME_RATE);
    }

    /** Whether idle nodes power down. */
    public boolean enabled() {
        return suspendTime >= 0;
    }
}
