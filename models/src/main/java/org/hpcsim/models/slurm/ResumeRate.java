package org.hpcsim.models.slurm;

import org.hpcsim.core.SimTime;

/**
 * Slurm's ResumeRate and the power-save scan intervals that pace it (slurm.conf(5); SchedMD/slurm
 * src/slurmctld/power_save.c).
 *
 * @param nodesPerMinute ResumeRate: powered-down nodes resumed per minute, 0 for no limit
 *                       (slurm.conf(5): "A value of zero results in no limits being imposed")
 * @param interval       SlurmctldParameters power_save_interval, ns (power_save.c: 10 s by default)
 * @param minInterval    SlurmctldParameters power_save_min_interval, ns (power_save.c: 0 by default)
 */
public record ResumeRate(int nodesPerMinute, long interval, long minInterval) {
    /** power_save.c: {@code power_save_interval = 10}. */
    public static final long DEFAULT_INTERVAL = SimTime.ofSeconds(10);
    /** No limit, as AWS ParallelCluster writes it (slurm.conf ResumeRate=0). */
    public static final ResumeRate NONE = new ResumeRate(0, DEFAULT_INTERVAL, 0);
    /** read_config.h DEFAULT_RESUME_RATE: 300 nodes a minute when slurm.conf does not say. */
    public static final int SLURM_DEFAULT = 300;
    /** power_save.c MAX_NODE_RATE: the refill period is whole milliseconds, so at most 60,000 a minute. */
    public static final int MAX = 60_000;

    /** Validates the figures. */
    public ResumeRate {
        if (nodesPerMinute < 0 || nodesPerMinute > MAX || interval < 0 || minInterval < 0) {
            throw new IllegalArgumentException("ResumeRate " + nodesPerMinute + " (allowed 0 to " + MAX
                    + " nodes a minute) and power-save intervals of 0 or more");
        }
    }

    /** Whether resumes are paced at all. */
    public boolean limited() {
        return nodesPerMinute > 0;
    }
}
