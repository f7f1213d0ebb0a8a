package org.hpcsim.models.slurm.priority;

import static org.hpcsim.models.slurm.priority.AssociationSpec.PARENT;
import static org.hpcsim.models.slurm.priority.AssociationSpec.account;
import static org.hpcsim.models.slurm.priority.AssociationSpec.root;
import static org.hpcsim.models.slurm.priority.AssociationSpec.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClassicFairShareTest {
    private static final double SIX_DECIMALS = 5e-7;

    /**
     * classic_fair_share.html, "Example" (Figure 3): A 40 (B 30: User1; C 10: User2, User3),
     * D 60 (E 25: User4; F 35: User5). The page's actual usages (User1 .2, User2 .25, User4 .25)
     * are fractions of a total of 1, so, like Slurm's testsuite/expect/test24.1 which checks the
     * same numbers, we add a zero-share AccountG whose User6 used the remaining .3.
     */
    private static final AssociationSpec DOC_EXAMPLE = root(
            account("A", 40, account("B", 30, user("User1", 1)), account("C", 10, user("User2", 1), user("User3", 1))),
            account("D", 60, account("E", 25, user("User4", 1)), account("F", 35, user("User5", 1))),
            account("G", 0, user("User6", 0)));

    @Test
    void shouldReproduceTheClassicFairShareDocumentationExample() {
        AssociationTree tree = AssociationTree.of(DOC_EXAMPLE);
        UsageLedger usage = new UsageLedger(tree);
        usage.charge(tree.userAssociation("B", "User1"), 20);
        usage.charge(tree.userAssociation("C", "User2"), 25);
        usage.charge(tree.userAssociation("E", "User4"), 25);
        usage.charge(tree.userAssociation("G", "User6"), 30);
        FairShareFactors f = ClassicFairShare.compute(usage, 1);

        assertEquals(0.45, f.effectiveUsage(tree.accountAssociation("A")), 1e-12);
        assertEquals(0.25, f.effectiveUsage(tree.accountAssociation("D")), 1e-12);
        assertEquals(0.3875, f.effectiveUsage(tree.accountAssociation("B")), 1e-12);
        assertEquals(0.3, f.effectiveUsage(tree.accountAssociation("C")), 1e-12);
        assertEquals(0.25, f.effectiveUsage(tree.accountAssociation("E")), 1e-12);
        assertEquals(0.1458, f.effectiveUsage(tree.accountAssociation("F")), 5e-5);

        String[][] users = {{"B", "User1"}, {"C", "User2"}, {"C", "User3"}, {"E", "User4"}, {"F", "User5"}};
        double[] shares = {0.3, 0.05, 0.05, 0.25, 0.35};
        double[] effective = {0.3875, 0.275, 0.15, 0.25, 0.1458};
        double[] factor = {0.408479, 0.022097, 0.125000, 0.500000, 0.749154};
        for (int i = 0; i < users.length; i++) {
            int id = tree.userAssociation(users[i][0], users[i][1]);
            assertEquals(shares[i], f.sharesNorm(id), 1e-12, users[i][1]);
            assertEquals(effective[i], f.effectiveUsage(id), 5e-5, users[i][1]);
            assertEquals(factor[i], f.factor(id), SIX_DECIMALS, users[i][1]);
        }
        assertEquals(0.0, f.factor(tree.userAssociation("G", "User6")));
    }

    /**
     * Slurm's testsuite/expect/test24.3 (tree and usage from test24.3.prog.c, NO_FAIR_TREE,
     * dampening 1): the documentation tree plus AccountH with Fairshare=parent users and a
     * Fairshare=parent sub-account; expected sshare columns NormShares, EffectvUsage, FairShare.
     */
    @Test
    void shouldReproduceSlurmTest24x3WithParentShares() {
        AssociationTree tree = AssociationTree.of(root(
                account("AccountA", 40, account("AccountB", 30, user("User1", 1)),
                        account("AccountC", 10, user("User2", 1), user("User3", 1))),
                account("AccountD", 60, account("AccountE", 25, user("User4", 1)),
                        account("AccountF", 35, user("User5", 1))),
                account("AccountG", 0, user("User6", 0)),
                account("AccountH", 50,
                        account("AccountHTA", PARENT, user("UHTAStd1", PARENT), user("UHTAStd2", 30),
                                user("UHTAStd3", 50)),
                        user("UHRA1", PARENT), user("UHRA2", 40), user("UHRA3", 50))));
        UsageLedger usage = new UsageLedger(tree);
        Object[][] charges = {{"AccountB", "User1", 20}, {"AccountC", "User2", 25}, {"AccountE", "User4", 25},
            {"AccountG", "User6", 30}, {"AccountHTA", "UHTAStd1", 10}, {"AccountHTA", "UHTAStd2", 10},
            {"AccountHTA", "UHTAStd3", 25}, {"AccountH", "UHRA1", 20}, {"AccountH", "UHRA2", 20},
            {"AccountH", "UHRA3", 25}};
        for (Object[] c : charges) {
            usage.charge(tree.userAssociation((String) c[0], (String) c[1]), (Integer) c[2]);
        }
        FairShareFactors f = ClassicFairShare.compute(usage, 1);
        // account, user (null for the account line), NormShares, EffectvUsage, FairShare
        Object[][] expected = {
            {"AccountA", null, 0.266667, 0.214286, 0.572929}, {"AccountB", null, 0.200000, 0.184524, 0.527550},
            {"AccountB", "User1", 0.200000, 0.184524, 0.527550}, {"AccountC", null, 0.066667, 0.142857, 0.226431},
            {"AccountC", "User2", 0.033333, 0.130952, 0.065672}, {"AccountC", "User3", 0.033333, 0.071429, 0.226431},
            {"AccountD", null, 0.400000, 0.119048, 0.813594}, {"AccountE", "User4", 0.166667, 0.119048, 0.609507},
            {"AccountF", null, 0.233333, 0.069444, 0.813594}, {"AccountF", "User5", 0.233333, 0.069444, 0.813594},
            {"AccountG", null, 0.000000, 0.142857, 0.000000}, {"AccountG", "User6", 0.000000, 0.142857, 0.000000},
            {"AccountH", null, 0.333333, 0.523810, 0.336475}, {"AccountH", "UHRA1", 0.333333, 0.523810, 0.336475},
            {"AccountH", "UHRA2", 0.078431, 0.196078, 0.176777}, {"AccountH", "UHRA3", 0.098039, 0.238095, 0.185749},
            {"AccountHTA", null, 0.333333, 0.523810, 0.336475},
            {"AccountHTA", "UHTAStd1", 0.333333, 0.523810, 0.336475},
            {"AccountHTA", "UHTAStd2", 0.058824, 0.131653, 0.211966},
            {"AccountHTA", "UHTAStd3", 0.098039, 0.238095, 0.185749}};
        for (Object[] e : expected) {
            int id = e[1] == null ? tree.accountAssociation((String) e[0])
                    : tree.userAssociation((String) e[0], (String) e[1]);
            String what = e[0] + "/" + e[1];
            assertEquals((double) e[2], f.sharesNorm(id), SIX_DECIMALS, what + " NormShares");
            assertEquals((double) e[3], f.effectiveUsage(id), SIX_DECIMALS, what + " EffectvUsage");
            assertEquals((double) e[4], f.factor(id), SIX_DECIMALS, what + " FairShare");
        }
        assertEquals(210.0, usage.raw(0));
        assertEquals(0.5, f.factor(0), SIX_DECIMALS);
    }

    @Test
    void shouldDampenOverUseWithTheDampeningFactor() {
        AssociationTree tree = AssociationTree.of(root(account("a", 1, user("x")), account("b", 1, user("y"))));
        UsageLedger usage = new UsageLedger(tree);
        usage.charge(tree.userAssociation("a", "x"), 100);
        int x = tree.userAssociation("a", "x");
        assertEquals(0.25, ClassicFairShare.compute(usage, 1).factor(x), 1e-12); // 2^-(1/0.5)
        assertEquals(Math.pow(2, -0.4), ClassicFairShare.compute(usage, 5).factor(x), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> ClassicFairShare.compute(usage, 0));
    }
}
