package org.hpcsim.models.slurm.priority;

import static org.hpcsim.models.slurm.priority.AssociationSpec.PARENT;
import static org.hpcsim.models.slurm.priority.AssociationSpec.account;
import static org.hpcsim.models.slurm.priority.AssociationSpec.root;
import static org.hpcsim.models.slurm.priority.AssociationSpec.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FairTreeTest {
    private static final double SIX_DECIMALS = 5e-7;

    /**
     * Slurm's own Fair Tree check, testsuite/expect/test24.4 (with test24.4.prog.c giving the tree,
     * shares and raw usage; FairShareDampeningFactor=1): the expected sshare -l lines, 21 users.
     */
    private static final AssociationSpec TEST_24_4 = root(
            account("aA", 40, account("aAA", 30, user("uAA1", 1)), account("aAB", 10, user("uAB1", 1), user("uAB2", 1))),
            account("aB", 60, account("aBA", 25, user("uBA1", 1)), account("aBB", 35, user("uBB1", 1))),
            account("aC", 0, user("uC1", 0)),
            account("aD", 50,
                    account("aDA", PARENT, user("uDA1", PARENT), user("uDA2", 30), user("uDA3", 50)),
                    user("uD1", PARENT), user("uD2", 40), user("uD3", 50)),
            account("aE", 10, user("aE1", 10), user("aE2", 10)),
            user("u1", 10),
            account("aF", 20, user("uF1", 10), user("uF2", 20)),
            account("aG", 8, user("uG1", 10), account("aGA", 10, user("uGA1", 20), user("uGA2", 20))),
            user("u2", 10));

    private static UsageLedger test24x4Usage(AssociationTree tree) {
        UsageLedger usage = new UsageLedger(tree);
        String[][] charges = {{"aAA", "uAA1", "20"}, {"aAB", "uAB1", "25"}, {"aBA", "uBA1", "25"}, {"aC", "uC1", "30"},
            {"aDA", "uDA1", "10"}, {"aDA", "uDA2", "10"}, {"aDA", "uDA3", "25"}, {"aD", "uD1", "20"},
            {"aD", "uD2", "20"}, {"aD", "uD3", "25"}, {"aG", "uG1", "10"}, {"aGA", "uGA1", "4"}, {"aGA", "uGA2", "6"},
            {"root", "u2", "10"}};
        for (String[] c : charges) {
            usage.charge(tree.userAssociation(c[0], c[1]), Double.parseDouble(c[2]));
        }
        return usage;
    }

    @Test
    void shouldReproduceSlurmTest24x4FairShareFactors() {
        AssociationTree tree = AssociationTree.of(TEST_24_4);
        UsageLedger usage = test24x4Usage(tree);
        assertEquals(240.0, usage.raw(0));
        FairShareFactors f = FairTree.compute(usage);
        Object[][] expected = {
            {"root", "u1", 1.000000}, {"root", "u2", 0.666667}, {"aAA", "uAA1", 0.619048}, {"aAB", "uAB1", 0.523810},
            {"aAB", "uAB2", 0.571429}, {"aBA", "uBA1", 0.714286}, {"aBB", "uBB1", 0.761905}, {"aC", "uC1", 0.047619},
            {"aD", "uD1", 0.476190}, {"aD", "uD2", 0.238095}, {"aD", "uD3", 0.333333}, {"aDA", "uDA1", 0.476190},
            {"aDA", "uDA2", 0.380952}, {"aDA", "uDA3", 0.333333}, {"aE", "aE1", 1.000000}, {"aE", "aE2", 1.000000},
            {"aF", "uF1", 1.000000}, {"aF", "uF2", 1.000000}, {"aG", "uG1", 0.190476}, {"aGA", "uGA1", 0.190476},
            {"aGA", "uGA2", 0.095238}};
        assertEquals(expected.length, tree.userCount());
        for (Object[] e : expected) {
            int id = tree.userAssociation((String) e[0], (String) e[1]);
            assertEquals((double) e[2], f.factor(id), SIX_DECIMALS, e[0] + "/" + e[1]);
        }
    }

    @Test
    void shouldReproduceSlurmTest24x4LevelFairShareAndColumns() {
        AssociationTree tree = AssociationTree.of(TEST_24_4);
        FairShareFactors f = FairTree.compute(test24x4Usage(tree));
        assertEquals(Double.POSITIVE_INFINITY, f.levelFs(tree.userAssociation("root", "u1")));
        assertEquals(1.153846, f.levelFs(tree.userAssociation("root", "u2")), SIX_DECIMALS);
        assertEquals(1.025641, f.levelFs(tree.accountAssociation("aA")), SIX_DECIMALS);
        assertEquals(1.687500, f.levelFs(tree.accountAssociation("aAA")), SIX_DECIMALS);
        assertEquals(0.450000, f.levelFs(tree.accountAssociation("aAB")), SIX_DECIMALS);
        assertEquals(2.769231, f.levelFs(tree.accountAssociation("aB")), SIX_DECIMALS);
        assertEquals(0.0, f.levelFs(tree.accountAssociation("aC")));
        assertEquals(0.524476, f.levelFs(tree.accountAssociation("aD")), SIX_DECIMALS);
        assertEquals(1.941176, f.levelFs(tree.userAssociation("aDA", "uDA2")), SIX_DECIMALS);
        assertEquals(1.294118, f.levelFs(tree.userAssociation("aD", "uD2")), SIX_DECIMALS);
        assertEquals(0.461538, f.levelFs(tree.accountAssociation("aG")), SIX_DECIMALS);
        assertEquals(1.250000, f.levelFs(tree.userAssociation("aGA", "uGA1")), SIX_DECIMALS);
        assertEquals(0.833333, f.levelFs(tree.userAssociation("aGA", "uGA2")), SIX_DECIMALS);
        assertEquals(0.048077, f.sharesNorm(tree.userAssociation("root", "u1")), SIX_DECIMALS);
        assertEquals(0.750000, f.sharesNorm(tree.accountAssociation("aAA")), SIX_DECIMALS);
        assertEquals(0.240385, f.sharesNorm(tree.accountAssociation("aDA")), SIX_DECIMALS);
        assertEquals(0.240385, f.sharesNorm(tree.userAssociation("aD", "uD1")), SIX_DECIMALS);
        assertEquals(0.176471, f.sharesNorm(tree.userAssociation("aDA", "uDA2")), SIX_DECIMALS);
        assertEquals(0.444444, f.effectiveUsage(tree.accountAssociation("aAA")), SIX_DECIMALS);
        assertEquals(0.181818, f.effectiveUsage(tree.userAssociation("aD", "uD2")), SIX_DECIMALS);
    }

    /**
     * fair_tree.html, "Overview for End Users": root => Acct1 => Acct12 => UserA and
     * root => Acct1 => Acct16 => UserB; when Acct16 has the higher Level FS, every user below it
     * outranks every user below Acct12, whatever the users' own usage.
     */
    @Test
    void shouldCountSacctmgrsRootUserAmongTheUsersAndRankItFirst() {
        // sacctmgr add cluster gives root a user association root/root (1 share, no jobs): its level
        // fair-share is infinite, so it takes the top rank and the others' factors are rank / 4.
        AssociationSpec withRoot = root(user("root"), account("A", 1, user("a1"), user("a2")),
                account("B", 1, user("b1")));
        AssociationTree tree = AssociationTree.of(withRoot);
        UsageLedger usage = new UsageLedger(tree);
        usage.charge(tree.userAssociation("A", "a1"), 100);
        usage.charge(tree.userAssociation("B", "b1"), 50);
        FairShareFactors f = FairTree.compute(usage);
        assertEquals(1.0, f.factor(tree.userAssociation("root", "root")));
        assertEquals(0.25, f.factor(tree.userAssociation("A", "a1")), SIX_DECIMALS);
        assertEquals(0.50, f.factor(tree.userAssociation("A", "a2")), SIX_DECIMALS);
        assertEquals(0.75, f.factor(tree.userAssociation("B", "b1")), SIX_DECIMALS);
    }

    @Test
    void shouldRankEveryUserOfTheBetterServedAccountAboveTheOther() {
        AssociationTree tree = AssociationTree.of(root(account("Acct1", 1,
                account("Acct12", 1, user("UserA"), user("UserA2")),
                account("Acct16", 1, user("UserB"), user("UserB2")))));
        UsageLedger usage = new UsageLedger(tree);
        usage.charge(tree.userAssociation("Acct12", "UserA"), 10);
        usage.charge(tree.userAssociation("Acct12", "UserA2"), 50);
        usage.charge(tree.userAssociation("Acct16", "UserB"), 1);
        usage.charge(tree.userAssociation("Acct16", "UserB2"), 39);
        FairShareFactors f = FairTree.compute(usage);
        assertTrue(f.levelFs(tree.accountAssociation("Acct16")) > f.levelFs(tree.accountAssociation("Acct12")));
        double worstB = Math.min(f.factor(tree.userAssociation("Acct16", "UserB")),
                f.factor(tree.userAssociation("Acct16", "UserB2")));
        double bestA = Math.max(f.factor(tree.userAssociation("Acct12", "UserA")),
                f.factor(tree.userAssociation("Acct12", "UserA2")));
        assertTrue(worstB > bestA);
        assertEquals(1.0, f.factor(tree.userAssociation("Acct16", "UserB")));
        assertEquals(0.25, f.factor(tree.userAssociation("Acct12", "UserA2")));
    }

    /** fair_tree.html "Ties": sibling users with the same Level FS share a rank, and the next rank skips. */
    @Test
    void shouldGiveTiedSiblingUsersTheSameRank() {
        AssociationTree tree = AssociationTree.of(root(account("a", 1, user("x"), user("y"), user("z"))));
        UsageLedger usage = new UsageLedger(tree);
        usage.charge(tree.userAssociation("a", "x"), 5);
        usage.charge(tree.userAssociation("a", "y"), 5);
        usage.charge(tree.userAssociation("a", "z"), 9);
        FairShareFactors f = FairTree.compute(usage);
        assertEquals(1.0, f.factor(tree.userAssociation("a", "x")));
        assertEquals(1.0, f.factor(tree.userAssociation("a", "y")));
        assertEquals(1.0 / 3, f.factor(tree.userAssociation("a", "z")));
    }

    /** fair_tree.html "Ties": a user tied with a sibling account gets the rank of that account's best user. */
    @Test
    void shouldGiveTheBestUserOfATiedAccountTheTiedUsersRank() {
        AssociationTree tree = AssociationTree.of(root(account("a", 1, user("solo", 1), account("sub", 1,
                user("p"), user("q")))));
        UsageLedger usage = new UsageLedger(tree);
        usage.charge(tree.userAssociation("a", "solo"), 10);
        usage.charge(tree.userAssociation("sub", "p"), 2);
        usage.charge(tree.userAssociation("sub", "q"), 8);
        FairShareFactors f = FairTree.compute(usage);
        assertEquals(1.0, f.factor(tree.userAssociation("a", "solo")));
        assertEquals(1.0, f.factor(tree.userAssociation("sub", "p")));
        assertEquals(1.0 / 3, f.factor(tree.userAssociation("sub", "q")));
    }

    @Test
    void shouldGiveEveryoneOneWhenNothingHasRun() {
        AssociationTree tree = AssociationTree.of(root(account("a", 1, user("x"), user("w")), account("b", 3,
                user("y"))));
        FairShareFactors f = FairTree.compute(new UsageLedger(tree));
        for (String[] u : new String[][] {{"a", "x"}, {"a", "w"}, {"b", "y"}}) {
            assertEquals(1.0, f.factor(tree.userAssociation(u[0], u[1])), u[1]);
        }
        assertTrue(Double.isNaN(f.factor(tree.accountAssociation("a"))));
    }

    @Test
    void shouldRankZeroShareUsersLast() {
        AssociationTree tree = AssociationTree.of(root(account("a", 1, user("none", 0), user("x"))));
        FairShareFactors f = FairTree.compute(new UsageLedger(tree));
        assertEquals(0.0, f.levelFs(tree.userAssociation("a", "none")));
        assertEquals(1.0, f.factor(tree.userAssociation("a", "x")));
        assertEquals(0.5, f.factor(tree.userAssociation("a", "none")));
    }

    /**
     * fair_tree.html says tied sibling accounts have their children merged; fair_tree.c
     * (_count_tied_accounts stops at the first following account) never merges, and the first user
     * of the later tied account keeps the rank of the user ranked just before it. Here a and b tie
     * at Level FS infinity; a's last user is "none" (rank 2 of 3), so b's y gets 2/3, not the 1.0
     * a merge would give.
     */
    @Test
    void shouldLetTheFirstUserOfATiedAccountKeepThePreviousUsersRankAsFairTreeCDoes() {
        AssociationTree tree = AssociationTree.of(root(account("a", 1, user("x"), user("none", 0)), account("b", 3,
                user("y"))));
        FairShareFactors f = FairTree.compute(new UsageLedger(tree));
        assertEquals(1.0, f.factor(tree.userAssociation("a", "x")));
        assertEquals(2.0 / 3, f.factor(tree.userAssociation("a", "none")));
        assertEquals(2.0 / 3, f.factor(tree.userAssociation("b", "y")));
    }

    /** The same fair_tree.c behaviour through an empty account: a4 ties with the empty a3 and takes u5's rank from a1. */
    @Test
    void shouldPassTheLastRankThroughAnAccountTiedWithAnEmptySibling() {
        AssociationTree tree = AssociationTree.of(root(
                account("a0", 0, user("u2", 0), account("a3", 1), account("a4", 1, user("u6", 0))),
                account("a1", 1, user("u5", 0))));
        FairShareFactors f = FairTree.compute(new UsageLedger(tree));
        assertEquals(1.0, f.factor(tree.userAssociation("a1", "u5")));
        assertEquals(1.0, f.factor(tree.userAssociation("a4", "u6")));
        assertEquals(1.0 / 3, f.factor(tree.userAssociation("a0", "u2")));
    }
}
