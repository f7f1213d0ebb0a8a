package org.hpcsim.models.slurm;

import java.util.List;

/**
 * What a QOS says about preemption under preempt/qos (sacctmgr QOS specifications).
 *
 * @param preempt    Preempt: the QOS whose running jobs a pending job of this QOS may preempt
 * @param mode       PreemptMode: what happens to this QOS's preempted jobs; null for the cluster's
 *                   PreemptMode (sacctmgr's OFF and Cluster both mean that: preempt_qos.c
 *                   _job_preempt_mode uses the QOS's mode only when it is set)
 * @param exemptTime PreemptExemptTime in nanoseconds: a job of this QOS that has run less is not
 *                   preempted, in place of the cluster's (acct_policy.c,
 *                   acct_policy_is_job_preempt_exempt); -1 for the cluster's
 * @param graceTime  GraceTime in nanoseconds: how long a job of this QOS chosen for preemption
 *                   keeps running after its SIGTERM (preempt_qos.c, see {@link GracePeriods}); 0 for none
 */
public record QosPreemptRule(List<String> preempt, PreemptMode mode, long exemptTime, long graceTime) {
    /** Preempts nothing, the cluster's mode and exempt time, no grace time. */
    public static final QosPreemptRule NONE = new QosPreemptRule(List.of(), null, -1, 0);

    /** Validates the rule. */
    public QosPreemptRule {
        preempt = preempt == null ? List.of() : List.copyOf(preempt);
        if (mode == PreemptMode.OFF) {
            mode = null;
        }
        if (exemptTime < -1) {
            throw new IllegalArgumentException("PreemptExemptTime must be 0 or more, or unset");
        }
        if (graceTime < 0) {
            throw new IllegalArgumentException("GraceTime must be 0 or more");
        }
    }

    /** A rule without a grace time. */
    public QosPreemptRule(List<String> preempt, PreemptMode mode, long exemptTime) {
        this(preempt, mode, exemptTime, 0);
    }
}
