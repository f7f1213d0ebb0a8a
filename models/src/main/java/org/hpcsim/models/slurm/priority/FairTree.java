package org.hpcsim.models.slurm.priority;

import java.util.Arrays;

/**
 * The Fair Tree fair-share algorithm, Slurm's default since 19.05 (fair_tree.html, fair_tree.c).
 *
 * <p>Per association, among its fair-share siblings: S = raw shares / level shares, U = raw usage /
 * the fair-share parent's raw usage (0 when the parent has none), and the level fair-share
 * LF = S / U, with LF = 0 when S = 0 and LF = +Infinity when U = 0 < S. A {@code Fairshare=parent}
 * user gets LF = +Infinity (first in its account); a {@code Fairshare=parent} account gets
 * LF = NO_VAL (4294967294) and has no fair-share children of its own.
 *
 * <p>Starting at root, each sibling list is sorted by LF descending, users before accounts on equal
 * LF, declaration order otherwise (a stable sort), and walked depth-first. Each user met takes the
 * next rank, counting down from the number of user associations, and gets factor rank / users, so
 * the first user gets 1.0. Ties: a user whose LF equals the previous sibling's keeps the previous
 * rank; the first user inside an account that is tied with its previous sibling keeps that rank
 * too. The rank counter still counts every user, so ranks after a tie skip (1, 1, 3 style).
 *
 * <p>fair_tree.html also says tied sibling accounts have their children merged before ranking.
 * In fair_tree.c (22.05-23.11) the tie count stops at the first following sibling that is an
 * account, so no merge ever happens; we do what the code does: tied accounts are walked one after
 * the other in sort order. One consequence: an account tied with an earlier sibling that has no
 * users hands its first user the rank of the last user ranked before it, possibly one under a
 * better-served account, a case where the code breaks the page's "all children of A above all
 * children of B" promise by a tie.
 */
public final class FairTree {
    /** The LF slurmctld gives Fairshare=parent accounts: NO_VAL (slurm.h 0xfffffffe). */
    static final double NO_VAL = 4294967294.0;

    private final AssociationTree tree;
    private final double[] levelFs;
    private final double[] factor;
    private int rank;
    private int rankNoTies;

    private FairTree(AssociationTree tree, double[] levelFs, double[] factor) {
        this.tree = tree;
        this.levelFs = levelFs;
        this.factor = factor;
    }

    /** Ranks every user association from the ledger's current usage. */
    public static FairShareFactors compute(UsageLedger usage) {
        AssociationTree tree = usage.tree();
        int n = tree.size();
        double[] sharesNorm = new double[n];
        double[] efctv = new double[n];
        double[] levelFs = new double[n];
        double[] factor = new double[n];
        Arrays.fill(factor, Double.NaN);
        levelFs[0] = NO_VAL;
        for (int a = 1; a < n; a++) {
            int fsParent = tree.fairShareParent(a);
            // A Fairshare=parent association reports its fair-share parent's S (assoc_mgr.c).
            int sharesOf = tree.usesParentShares(a) ? fsParent : a;
            sharesNorm[a] = sharesOf == 0 || tree.levelShares(sharesOf) == 0 ? 0.0
                    : tree.rawShares(sharesOf) / (double) tree.levelShares(sharesOf);
            double parentRaw = usage.raw(fsParent);
            efctv[a] = parentRaw > 0 ? usage.raw(a) / parentRaw : 0.0;
            levelFs[a] = levelFs(tree, a, sharesNorm[a], efctv[a]);
        }
        FairTree walk = new FairTree(tree, levelFs, factor);
        walk.rank = tree.userCount();
        walk.rankNoTies = tree.userCount();
        walk.visit(tree.fairShareChildrenView(0), false);
        return new FairShareFactors(sharesNorm, efctv, factor, levelFs);
    }

    private static double levelFs(AssociationTree tree, int a, double s, double u) {
        if (tree.usesParentShares(a)) {
            return tree.isUser(a) ? Double.POSITIVE_INFINITY : NO_VAL;
        }
        if (s == 0) {
            return 0.0;
        }
        return s / u; // u == 0 gives +Infinity, a valid LF
    }

    private void visit(int[] children, boolean accountTied) {
        Integer[] sorted = new Integer[children.length];
        for (int i = 0; i < children.length; i++) {
            sorted[i] = children[i];
        }
        Arrays.sort(sorted, this::compareSiblings);
        double previous = NO_VAL;
        for (int i = 0; i < sorted.length; i++) {
            int a = sorted[i];
            boolean tied = (i == 0 && accountTied) || previous == levelFs[a];
            if (tree.isUser(a)) {
                if (!tied) {
                    rank = rankNoTies;
                }
                factor[a] = rank / (double) tree.userCount();
                rankNoTies--;
            } else {
                visit(tree.fairShareChildrenView(a), tied);
            }
            previous = levelFs[a];
        }
    }

    /** LF descending, then users before accounts; Arrays.sort on objects is stable, keeping declaration order. */
    private int compareSiblings(int a, int b) {
        int byLevel = Double.compare(levelFs[b], levelFs[a]);
        if (byLevel != 0) {
            return byLevel;
        }
        return Boolean.compare(tree.isUser(b), tree.isUser(a));
    }
}
