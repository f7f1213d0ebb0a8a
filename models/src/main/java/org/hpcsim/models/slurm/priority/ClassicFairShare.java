package org.hpcsim.models.slurm.priority;

import java.util.Arrays;

/**
 * The classic fair-share algorithm ({@code PriorityFlags=NO_FAIR_TREE}), after
 * classic_fair_share.html and priority_multifactor.c / assoc_mgr.c of Slurm 22.05-23.11.
 *
 * <ul>
 *   <li>S (NormShares) = product over the association and its ancestors below root, skipping
 *       {@code Fairshare=parent} ones, of raw shares / level shares; a {@code parent}
 *       association copies its fair-share parent's S.</li>
 *   <li>U_N (NormUsage) = raw usage / root's raw usage, capped at 1.</li>
 *   <li>U_E (EffectvUsage) = U_N under root; a {@code parent} association copies its fair-share
 *       parent's U_E; otherwise U_N + (U_E,parent - U_N) * S_raw / S_raw,level (the parent's U_E
 *       when level shares are 0).</li>
 *   <li>F = 2^(-(U_E / S) / d), d = FairShareDampeningFactor; F = 0 when S = 0.</li>
 * </ul>
 *
 * <p>slurmctld computes accounts' U_E at the top of each decay pass and users' U_E lazily when a
 * job's priority is next computed; we compute everything at once from the same usage, a
 * difference of at most one calc period's usage at the account levels.
 */
public final class ClassicFairShare {
    private ClassicFairShare() {}

    /** Computes every association's classic factor from the ledger's current usage. */
    public static FairShareFactors compute(UsageLedger usage, int dampeningFactor) {
        if (dampeningFactor < 1) {
            throw new IllegalArgumentException("FairShareDampeningFactor must be >= 1, got " + dampeningFactor);
        }
        AssociationTree tree = usage.tree();
        int n = tree.size();
        double[] sharesNorm = new double[n];
        double[] efctv = new double[n];
        double[] factor = new double[n];
        double rootRaw = usage.raw(0);
        sharesNorm[0] = 1.0;
        efctv[0] = rootRaw > 0 ? 1.0 : 0.0;
        factor[0] = fairShare(efctv[0], 1.0, dampeningFactor);
        // Ids are pre-order, so every fair-share parent is computed before its children.
        for (int a = 1; a < n; a++) {
            int fsParent = tree.fairShareParent(a);
            sharesNorm[a] = tree.usesParentShares(a) ? sharesNorm[fsParent] : normalisedShares(tree, a);
            double usageNorm = rootRaw > 0 ? Math.min(usage.raw(a) / rootRaw, 1.0) : 0.0;
            if (fsParent == 0) {
                efctv[a] = usageNorm;
            } else if (tree.usesParentShares(a) || tree.levelShares(a) == 0) {
                efctv[a] = efctv[fsParent];
            } else {
                efctv[a] = usageNorm
                        + (efctv[fsParent] - usageNorm) * (tree.rawShares(a) / (double) tree.levelShares(a));
            }
            // A Fairshare=parent user's jobs are priced with its fair-share parent's values.
            factor[a] = tree.usesParentShares(a) && fsParent != 0 ? factor[fsParent]
                    : fairShare(efctv[a], sharesNorm[a], dampeningFactor);
        }
        double[] noLevelFs = new double[n];
        Arrays.fill(noLevelFs, Double.NaN);
        return new FairShareFactors(sharesNorm, efctv, factor, noLevelFs);
    }

    /** F = 2^(-(U_E/S)/d), 0 when S is 0 (priority_multifactor.c priority_p_calc_fs_factor). */
    static double fairShare(double effectiveUsage, double sharesNorm, int dampeningFactor) {
        if (sharesNorm <= 0) {
            return 0.0;
        }
        return Math.pow(2.0, -((effectiveUsage / sharesNorm) / dampeningFactor));
    }

    private static double normalisedShares(AssociationTree tree, int assoc) {
        double s = 1.0;
        for (int a = assoc; tree.parent(a) != AssociationTree.NONE; a = tree.parent(a)) {
            if (tree.usesParentShares(a)) {
                continue;
            }
            s = tree.levelShares(a) == 0 ? 0.0 : s * (tree.rawShares(a) / (double) tree.levelShares(a));
        }
        return s;
    }
}
