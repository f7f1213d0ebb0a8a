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
 */
public record PowerConfig(long suspendTime, long suspendTimeout) {
    /** SuspendTime's default: power saving off. */
    public static final long OFF = -1;
    /** SuspendTimeout's default, slurm.conf(5). */
    public static final long DEFAULT_SUSPEND_TIMEOUT = 30;
    /** Neither key given. */
    public static final PowerConfig DEFAULTS = new PowerConfig(OFF, DEFAULT_SUSPEND_TIMEOUT);

    /** Whether idle nodes power down. */
    public boolean enabled() {
        return suspendTime >= 0;
    }
}
