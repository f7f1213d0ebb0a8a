package org.hpcsim.models.slurm.priority;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Invariants of both fair-share algorithms on random small trees. */
class FairShareProperties {
    @Provide
    Arbitrary<RandomTrees.Case> trees() {
        return RandomTrees.cases();
    }

    @Provide
    Arbitrary<Boolean> algorithms() {
        return Arbitraries.of(true, false);
    }

    private static FairShareFactors compute(UsageLedger usage, boolean fairTree) {
        return fairTree ? FairTree.compute(usage) : ClassicFairShare.compute(usage, 1);
    }

    @Property
    void shouldKeepEveryUsersFactorInZeroToOne(@ForAll("trees") RandomTrees.Case c, @ForAll("algorithms") boolean fairTree) {
        AssociationTree tree = c.tree();
        FairShareFactors f = compute(c.usage(tree), fairTree);
        for (int id = 0; id < tree.size(); id++) {
            if (tree.isUser(id)) {
                double v = f.factor(id);
                assertTrue(v >= 0 && v <= 1, tree.name(id) + " = " + v);
                if (fairTree) {
                    assertTrue(v >= 1.0 / tree.userCount(), "Fair Tree's worst rank is 1");
                }
            }
        }
    }

    @Property
    void shouldNeverRaiseAUsersFactorWhenItUsesMore(@ForAll("trees") RandomTrees.Case c,
            @ForAll("algorithms") boolean fairTree, @ForAll @IntRange(min = 0, max = 1000) int pick,
            @ForAll @IntRange(min = 1, max = 10) int extra) {
        AssociationTree tree = c.tree();
        List<Integer> users = users(tree);
        int u = users.get(pick % users.size());
        UsageLedger usage = c.usage(tree);
        double before = compute(usage, fairTree).factor(u);
        usage.charge(u, extra);
        double after = compute(usage, fairTree).factor(u);
        assertTrue(after <= before, tree.name(u) + ": " + before + " -> " + after);
    }

    @Property
    void shouldNeverRankAHeavierEqualShareSiblingAbove(@ForAll("trees") RandomTrees.Case c,
            @ForAll("algorithms") boolean fairTree) {
        AssociationTree tree = c.tree();
        UsageLedger usage = c.usage(tree);
        FairShareFactors f = compute(usage, fairTree);
        for (int i : users(tree)) {
            for (int j : users(tree)) {
                boolean equalShareSiblings = tree.fairShareParent(i) == tree.fairShareParent(j)
                        && tree.rawShares(i) == tree.rawShares(j) && tree.rawShares(i) > 0;
                if (equalShareSiblings && usage.raw(i) > usage.raw(j)) {
                    assertTrue(f.factor(i) <= f.factor(j), tree.name(i) + " vs " + tree.name(j));
                }
            }
        }
    }

    /**
     * fair_tree.html: if sibling account A has a higher Level FS than B, all of A's users outrank all
     * of B's. fair_tree.c keeps that strictly only when no account without users takes part in a
     * tie: an account tied with the sibling walked just before it hands its first user the rank of
     * the last user ranked, which is one of A's when the accounts walked in between had no users.
     * Weakly it always holds.
     */
    @Property
    void shouldRankAllUsersOfAHigherLevelAccountAboveTheLowerOnesUsers(@ForAll("trees") RandomTrees.Case c) {
        AssociationTree tree = c.tree();
        FairShareFactors f = FairTree.compute(c.usage(tree));
        boolean emptyAccounts = false;
        for (int id = 1; id < tree.size(); id++) {
            emptyAccounts |= !tree.isUser(id) && !tree.usesParentShares(id) && subtreeUsers(tree, id).isEmpty();
        }
        Statistics.label("strict").collect(emptyAccounts ? "weak only (empty account)" : "strict");
        for (int a = 1; a < tree.size(); a++) {
            for (int b = 1; b < tree.size(); b++) {
                boolean siblingAccounts = !tree.isUser(a) && !tree.isUser(b)
                        && tree.fairShareParent(a) == tree.fairShareParent(b);
                if (!siblingAccounts || !(f.levelFs(a) > f.levelFs(b))) {
                    continue;
                }
                for (int ua : subtreeUsers(tree, a)) {
                    for (int ub : subtreeUsers(tree, b)) {
                        String what = tree.name(ua) + " under " + tree.name(a) + " vs " + tree.name(ub) + " under "
                                + tree.name(b);
                        assertTrue(f.factor(ua) >= f.factor(ub), what);
                        assertTrue(emptyAccounts || f.factor(ua) > f.factor(ub), what);
                    }
                }
            }
        }
    }

    @Property
    void shouldGiveBitIdenticalResultsForTheSameInput(@ForAll("trees") RandomTrees.Case c,
            @ForAll("algorithms") boolean fairTree) {
        FairShareFactors one = compute(c.usage(c.tree()), fairTree);
        FairShareFactors two = compute(c.usage(c.tree()), fairTree);
        assertArrayEquals(bits(one), bits(two));
    }

    private static long[] bits(FairShareFactors f) {
        long[] out = new long[f.size() * 4];
        for (int i = 0; i < f.size(); i++) {
            out[4 * i] = Double.doubleToRawLongBits(f.factor(i));
            out[4 * i + 1] = Double.doubleToRawLongBits(f.sharesNorm(i));
            out[4 * i + 2] = Double.doubleToRawLongBits(f.effectiveUsage(i));
            out[4 * i + 3] = Double.doubleToRawLongBits(f.levelFs(i));
        }
        return out;
    }

    private static List<Integer> users(AssociationTree tree) {
        List<Integer> users = new ArrayList<>();
        for (int id = 0; id < tree.size(); id++) {
            if (tree.isUser(id)) {
                users.add(id);
            }
        }
        return users;
    }

    private static List<Integer> subtreeUsers(AssociationTree tree, int account) {
        List<Integer> out = new ArrayList<>();
        for (int child : tree.fairShareChildren(account)) {
            if (tree.isUser(child)) {
                out.add(child);
            } else {
                out.addAll(subtreeUsers(tree, child));
            }
        }
        return out;
    }
}
