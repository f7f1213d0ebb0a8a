package org.hpcsim.models.slurm;

/** slurm.conf SchedulerType. */
public enum SchedulerType {
    /** sched/builtin: the main loop only, strict priority order. */
    BUILTIN,
    /** sched/backfill: the main loop plus the periodic backfill loop. */
    BACKFILL
}
