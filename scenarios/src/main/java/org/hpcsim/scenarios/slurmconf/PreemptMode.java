package org.hpcsim.scenarios.slurmconf;

/**
 * One word of a PreemptMode value such as {@code SUSPEND,GANG}, from slurm.conf(5), 22.05; a
 * configuration holds a set of them.
 */
public enum PreemptMode {
    /** No preemption and no gang scheduling; the default. */
    OFF,
    /** The preempted job is cancelled. */
    CANCEL,
    /** Gang scheduling (time slicing) within a partition. */
    GANG,
    /** The preempted job is requeued, or cancelled if it cannot be. */
    REQUEUE,
    /** The preempted job is suspended and later resumed by the gang scheduler. */
    SUSPEND,
    /** With preempt/qos, jobs of one QOS may preempt each other. */
    WITHIN
}
