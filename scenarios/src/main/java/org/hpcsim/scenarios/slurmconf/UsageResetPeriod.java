package org.hpcsim.scenarios.slurmconf;

/** PriorityUsageResetPeriod's words, from slurm.conf(5), 22.05 (default NONE). */
public enum UsageResetPeriod {
    /** Never clear historic usage. */
    NONE,
    /** Clear it at startup and reconfiguration. */
    NOW,
    /** Every day at midnight. */
    DAILY,
    /** Every Sunday at 00:00. */
    WEEKLY,
    /** On the first day of each month. */
    MONTHLY,
    /** On the first day of each quarter. */
    QUARTERLY,
    /** On the first day of each year. */
    YEARLY
}
