package org.hpcsim.models.slurm.priority;

/**
 * Decayed raw usage per association (sshare's RawUsage), in billing-seconds: a job's TRES billing
 * weight times the seconds it ran. With no TRESBillingWeights Slurm bills the allocated CPU count
 * (job_mgr.c calc_job_billable_tres), so by default the unit is CPU-seconds.
 *
 * <p>Usage charged to a user is added to every ancestor up to root, as slurmctld does, so an
 * account's usage is always the sum of its subtree's charges (root holds the cluster total).
 * Only {@code PriorityUsageResetPeriod=NONE} is modelled: usage is never reset, only decayed.
 */
public final class UsageLedger {
    private final AssociationTree tree;
    private final double[] raw;

    /** An empty ledger for the associations of {@code tree}. */
    public UsageLedger(AssociationTree tree) {
        this.tree = tree;
        this.raw = new double[tree.size()];
    }

    /** Adds {@code billingSeconds} to the association and each of its ancestors. */
    public void charge(int assoc, double billingSeconds) {
        if (!(billingSeconds >= 0) || Double.isInfinite(billingSeconds)) {
            throw new IllegalArgumentException("usage must be finite and >= 0, got " + billingSeconds);
        }
        for (int a = assoc; a != AssociationTree.NONE; a = tree.parent(a)) {
            raw[a] += billingSeconds;
        }
    }

    /** Multiplies every association's usage by {@code factor} (in (0, 1]), as the decay thread does each period. */
    public void decay(double factor) {
        if (!(factor > 0 && factor <= 1)) {
            throw new IllegalArgumentException("decay factor must be in (0, 1], got " + factor);
        }
        if (factor == 1) {
            return;
        }
        for (int i = 0; i < raw.length; i++) {
            raw[i] *= factor;
        }
    }

    /** Decayed usage of one association in billing-seconds. */
    public double raw(int assoc) {
        return raw[assoc];
    }

    /** The tree this ledger is indexed by. */
    public AssociationTree tree() {
        return tree;
    }
}
