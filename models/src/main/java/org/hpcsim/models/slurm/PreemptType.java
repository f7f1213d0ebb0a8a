package org.hpcsim.models.slurm;

/** Which jobs may preempt which (slurm.conf PreemptType); preempt/qos is not modelled. */
public enum PreemptType {
    /** preempt/none: no job is ever preempted. */
    NONE,
    /** preempt/partition_prio: a job may preempt jobs of lower-PriorityTier partitions that share its nodes. */
    PARTITION_PRIO
}
