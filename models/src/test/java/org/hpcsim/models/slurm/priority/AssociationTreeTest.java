package org.hpcsim.models.slurm.priority;

import static org.hpcsim.models.slurm.priority.AssociationSpec.PARENT;
import static org.hpcsim.models.slurm.priority.AssociationSpec.account;
import static org.hpcsim.models.slurm.priority.AssociationSpec.root;
import static org.hpcsim.models.slurm.priority.AssociationSpec.user;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AssociationTreeTest {
    private final AssociationTree tree = AssociationTree.of(root(
            account("phys", 60, user("ann", 2), account("lab", PARENT, user("bob", 3), user("cat", PARENT))),
            account("chem", 40, user("ann"))));

    @Test
    void shouldNumberAssociationsInPreOrderFromRoot() {
        assertEquals(8, tree.size());
        assertEquals(4, tree.userCount());
        assertEquals("root", tree.name(0));
        assertEquals("phys", tree.name(1));
        assertEquals("ann", tree.name(2));
        assertEquals("lab", tree.name(3));
        assertEquals("chem", tree.account(6));
    }

    @Test
    void shouldLiftChildrenOfAParentSharesAccountToTheFirstRealAncestor() {
        int phys = tree.accountAssociation("phys");
        int lab = tree.accountAssociation("lab");
        int bob = tree.userAssociation("lab", "bob");
        int cat = tree.userAssociation("lab", "cat");
        assertEquals(phys, tree.fairShareParent(bob));
        assertEquals(phys, tree.fairShareParent(cat));
        assertEquals(lab, tree.parent(bob));
        assertArrayEquals(new int[] {tree.userAssociation("phys", "ann"), lab, bob, cat}, tree.fairShareChildren(phys));
        assertArrayEquals(new int[0], tree.fairShareChildren(lab));
        // ann 2 + bob 3; lab and cat (parent) count zero
        assertEquals(5, tree.levelShares(bob));
        assertEquals(100, tree.levelShares(phys));
    }

    @Test
    void shouldTellApartTheSameUserInTwoAccounts() {
        int physAnn = tree.userAssociation("phys", "ann");
        int chemAnn = tree.userAssociation("chem", "ann");
        assertEquals(2, physAnn);
        assertEquals(7, chemAnn);
        assertEquals(AssociationTree.NONE, tree.userAssociation("chem", "bob"));
    }

    @Test
    void shouldRejectUnknownPairsUnlessAFallbackIsSet() {
        assertThrows(IllegalArgumentException.class, () -> tree.resolve("bio", "dan"));
        AssociationTree lenient = tree.withFallback("chem", "ann");
        assertEquals(7, lenient.resolve("bio", "dan"));
        assertEquals(2, lenient.resolve("phys", "ann"));
        assertThrows(IllegalArgumentException.class, () -> tree.withFallback("chem", "zed"));
    }

    @Test
    void shouldRejectDuplicateAccountsAndUsers() {
        assertThrows(IllegalArgumentException.class,
                () -> AssociationTree.of(root(account("a", 1), account("b", 1, account("a", 1)))));
        assertThrows(IllegalArgumentException.class, () -> AssociationTree.of(root(account("a", 1, user("u"), user("u")))));
        assertThrows(IllegalArgumentException.class, () -> user("u", -2));
    }
}
