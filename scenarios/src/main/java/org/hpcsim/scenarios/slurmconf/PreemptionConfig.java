package org.hpcsim.scenarios.slurmconf;

import java.time.Duration;
import java.util.Set;

/**
 * The cluster-wide preemption keys of slurm.conf; defaults are those of slurm.conf(5), 22.05.
 *
 * @param type       PreemptType, lower case; default {@code preempt/none}
 * @param mode       PreemptMode, such as {@code [SUSPEND, GANG]}; default {@code [OFF]}
 * @param exemptTime PreemptExemptTime: run time before a job may be preempted; -1 reads as zero, as
 *                   slurm.conf(5) says it is equivalent; default zero
 * @param jobRequeue JobRequeue: whether batch jobs may be requeued by default (after a preemption
 *                   or a node failure); slurm.conf(5), 22.05: 1 by default, above 1 read as 1
 */
public record PreemptionConfig(String type, Set<PreemptMode> mode, Duration exemptTime, boolean jobRequeue) {
    /** slurm.conf(5), 22.05, PreemptType: preempt/none "This is the default." */
    public static final String DEFAULT_TYPE = "preempt/none";

    /** Copies the set so the record stays immutable. */
    public PreemptionConfig {
        mode = Set.copyOf(mode);
    }
}
