package org.hpcsim.models.slurm;

/** Which jobs may preempt which (slurm.conf PreemptType). */
public enum PreemptType {
    /** preempt/none: no job is ever preempted. */
    NONE,
    /** preempt/partition_prio: a job may preempt jobs of lower-PriorityTier partitions that share its nodes. */
    PARTITION_PRIO,
    /** preempt/qos: a job may preempt running jobs of the QOS its own QOS's Preempt list names. */
    QOS
}
