package org.hpcsim.models.slurm.priority;

/**
 * The PriorityFlags of slurm.conf(5) this model honours.
 *
 * <p>Not modelled, because the caller already decides what they change: ACCRUE_ALWAYS (pass the
 * eligible time you want aged), CALCULATE_RUNNING and INCR_ONLY (choose which jobs to re-rank and
 * whether to keep the larger value), MAX_TRES (the billing weight is the caller's input),
 * NO_NORMAL_ASSOC/PART/QOS/TRES (pass the factors already normalised or not). DEPTH_OBLIVIOUS
 * (a variant of the classic algorithm) is not modelled.
 */
public enum PriorityFlag {
    /** Job size factor is CPUs divided by the time limit in minutes, over the cluster's CPUs. */
    SMALL_RELATIVE_TO_TIME,
    /** Use the classic fair-share algorithm instead of Fair Tree. */
    NO_FAIR_TREE
}
