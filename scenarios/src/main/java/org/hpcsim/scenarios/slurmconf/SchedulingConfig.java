package org.hpcsim.scenarios.slurmconf;

import java.util.List;
import java.util.OptionalLong;

/**
 * The cluster-wide scheduling keys of slurm.conf. Plugin names are kept in lower case (slurm.conf
 * is case-insensitive but for node and partition names); defaults are those of slurm.conf(5), 22.05.
 *
 * @param schedulerType        SchedulerType; default {@code sched/backfill}
 * @param schedulerParameters  SchedulerParameters
 * @param selectType           SelectType; default {@code select/linear} (22.05; 23.11 made it cons_tres)
 * @param selectTypeParameters SelectTypeParameters as written, such as {@code [CR_Core_Memory]}; empty
 *                             when unset, when the select plugin's own default applies
 * @param maxJobCount          MaxJobCount; default 10000
 * @param killWaitSeconds      KillWait: seconds between SIGTERM and SIGKILL at the time limit; default 30
 * @param minJobAgeSeconds     MinJobAge: seconds a finished job stays in slurmctld; default 300
 * @param overTimeLimit        OverTimeLimit, read in minutes: how long past its limit a job may run; default 0
 * @param defMemPerCpuMb       DefMemPerCPU in MB; default 0, meaning unlimited
 * @param maxMemPerCpuMb       MaxMemPerCPU in MB; empty when not set (slurm.conf(5): "The default value
 *                             is 0 (unlimited)")
 * @param maxMemPerNodeMb      MaxMemPerNode in MB; empty when not set. slurmctld keeps one of the two,
 *                             MaxMemPerNode when both are set
 * @param defCpuPerGpu         DefCpuPerGPU: CPUs a job holds per GPU when it asked no CPUs per task or
 *                             per GPU; default 0, none
 */
public record SchedulingConfig(String schedulerType, SchedulerParameters schedulerParameters, String selectType,
        List<String> selectTypeParameters, int maxJobCount, int killWaitSeconds, int minJobAgeSeconds,
        TimeLimit overTimeLimit, long defMemPerCpuMb, OptionalLong maxMemPerCpuMb, OptionalLong maxMemPerNodeMb,
        int defCpuPerGpu) {
    /** slurm.conf(5), 22.05, SchedulerType: sched/backfill "is the default configuration". */
    public static final String DEFAULT_SCHEDULER_TYPE = "sched/backfill";
    /** slurm.conf(5), 22.05, SelectType: select/linear "This is the default value." */
    public static final String DEFAULT_SELECT_TYPE = "select/linear";
    /** slurm.conf(5), 22.05, MaxJobCount: "The default value is 10000 jobs." */
    public static final int DEFAULT_MAX_JOB_COUNT = 10_000;
    /** slurm.conf(5), 22.05, KillWait: "The default value is 30 seconds." */
    public static final int DEFAULT_KILL_WAIT_S = 30;
    /** slurm.conf(5), 22.05, MinJobAge: "The default value is 300 seconds." */
    public static final int DEFAULT_MIN_JOB_AGE_S = 300;

    /** Copies the list so the record stays immutable. */
    public SchedulingConfig {
        selectTypeParameters = List.copyOf(selectTypeParameters);
    }
}
