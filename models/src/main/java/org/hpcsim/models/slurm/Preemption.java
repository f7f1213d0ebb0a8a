package org.hpcsim.models.slurm;

import org.hpcsim.core.SimTime;

/**
 * How slurmctld preempts running jobs: slurm.conf PreemptType and PreemptExemptTime, the preempt_*
 * SchedulerParameters, and the delays around a preemption. Under preempt/partition_prio which
 * partition's jobs may be preempted, and how, is each {@link Partition}'s PreemptMode; under
 * preempt/qos it is each {@link Qos}'s Preempt list and PreemptMode, else {@code mode}. Times are
 * simulation nanoseconds.
 *
 * @param type          PreemptType
 * @param exemptTime    PreemptExemptTime: a job that has run less than this is not preempted
 *                      (acct_policy.c, acct_policy_is_job_preempt_exempt); 0 for none
 * @param youngestFirst preempt_youngest_first: try the most recently started jobs first, instead of
 *                      the lowest PriorityTier and then the fewest nodes
 * @param reorderCount  preempt_reorder_count (select/cons_tres only; default 1): how many times the
 *                      candidates are reordered to preempt fewer jobs
 * @param strictOrder   preempt_strict_order (select/cons_tres only): reorder by moving the job that
 *                      made room to the front, keeping the others' order
 * @param requeueDelay  how long a requeued job waits before it may start again: job_mgr.c
 *                      (batch_requeue_fini) sets its begin time to now + cred_expire + 1 s
 *                      (cred_expire default 120 s, slurm_cred.c, 22.05)
 * @param retryGuard    how long after preempting a job holds back from preempting more while the
 *                      first ones may still be dying: KillWait + MessageTimeout (node_scheduler.c,
 *                      select_nodes' kill_pending)
 * @param mode          the cluster's PreemptMode, what preempt/qos does to jobs of a QOS without a
 *                      PreemptMode of its own (preempt_qos.c _job_preempt_mode); CANCEL or REQUEUE
 */
public record Preemption(PreemptType type, long exemptTime, boolean youngestFirst, int reorderCount,
                         boolean strictOrder, long requeueDelay, long retryGuard, PreemptMode mode) {
    /** preempt/none. */
    public static final Preemption NONE = new Preemption(PreemptType.NONE, 0, false, 1, false,
            SimTime.seconds(121), SimTime.seconds(40));

    /** Validates the settings. */
    public Preemption {
        if (type == null) {
            throw new IllegalArgumentException("a preemption type is required");
        }
        if (exemptTime < 0 || reorderCount < 0 || requeueDelay < 0 || retryGuard < 0) {
            throw new IllegalArgumentException("preemption times and preempt_reorder_count must not be negative");
        }
        mode = mode == null ? PreemptMode.CANCEL : mode;
        if (type == PreemptType.QOS && mode == PreemptMode.OFF) {
            // slurm.conf(5): preempt/qos "is not compatible with PreemptMode=OFF".
            throw new IllegalArgumentException("preempt/qos needs a PreemptMode other than OFF");
        }
    }

    /** Settings whose cluster-wide PreemptMode is CANCEL (it matters only under preempt/qos). */
    public Preemption(PreemptType type, long exemptTime, boolean youngestFirst, int reorderCount, boolean strictOrder,
                      long requeueDelay, long retryGuard) {
        this(type, exemptTime, youngestFirst, reorderCount, strictOrder, requeueDelay, retryGuard, PreemptMode.CANCEL);
    }

    /** preempt/qos with Slurm 22.05's defaults otherwise, jobs of QOS without a PreemptMode preempted as {@code m}. */
    public static Preemption qos(PreemptMode m) {
        return NONE.withType(PreemptType.QOS).withMode(m);
    }

    /** These settings with the cluster-wide PreemptMode {@code m}. */
    public Preemption withMode(PreemptMode m) {
        return new Preemption(type, exemptTime, youngestFirst, reorderCount, strictOrder, requeueDelay, retryGuard, m);
    }

    /**
     * preempt/partition_prio with Slurm 22.05's defaults: no exempt time, lowest tier and fewest
     * nodes first, one reorder, requeued jobs eligible 121 s later, KillWait 30 s + MessageTimeout 10 s.
     */
    public static Preemption partitionPrio() {
        return NONE.withType(PreemptType.PARTITION_PRIO);
    }

    /** These settings under {@code t}. */
    public Preemption withType(PreemptType t) {
        return new Preemption(t, exemptTime, youngestFirst, reorderCount, strictOrder, requeueDelay, retryGuard, mode);
    }

    /** These settings with PreemptExemptTime {@code t}. */
    public Preemption withExemptTime(long t) {
        return new Preemption(type, t, youngestFirst, reorderCount, strictOrder, requeueDelay, retryGuard, mode);
    }

    /** Whether any job may ever be preempted. */
    public boolean enabled() {
        return type != PreemptType.NONE;
    }
}
