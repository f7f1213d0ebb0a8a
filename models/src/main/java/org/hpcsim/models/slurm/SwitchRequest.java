package org.hpcsim.models.slurm;

/**
 * A job's {@code --switches=count[@max-time]} (sbatch(1), 22.05): it wants at most {@code count}
 * leaf switches and waits at most {@code maxWait} for such a placement, then takes any.
 *
 * @param count leaf switches at most; 0 for no limit
 * @param maxWait how long it will wait, in nanoseconds; {@link Long#MAX_VALUE} when not given, so
 *              that max_switch_wait alone bounds it (job_mgr.c's {@code _max_switch_wait})
 */
public record SwitchRequest(int count, long maxWait) {
    /** No --switches. */
    public static final SwitchRequest NONE = new SwitchRequest(0, Long.MAX_VALUE);

    /** Validates the request. */
    public SwitchRequest {
        if (count < 0 || maxWait < 0) {
            throw new IllegalArgumentException("--switches needs a count and a wait of 0 or more");
        }
    }
}
