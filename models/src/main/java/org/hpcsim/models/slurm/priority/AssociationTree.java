package org.hpcsim.models.slurm.priority;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable Slurm association tree, flattened into arrays indexed by association id (root is 0,
 * then pre-order in declaration order), with the fair-share links slurmctld's assoc_mgr derives.
 *
 * <p>Fair-share parent: the nearest ancestor whose shares are not {@code Fairshare=parent} (root
 * always qualifies). Fair-share children of an association are those whose fair-share parent it
 * is, so the children of a {@code Fairshare=parent} account are lifted to its own level and the
 * account itself keeps none (assoc_mgr.c _set_assoc_parent_and_user). Level shares are the raw
 * shares summed over those fair-share siblings, {@code parent} ones counting zero.
 *
 * <p>Jobs name an (account, user) pair. When the pair is unknown, {@link #resolve} maps it to the
 * fallback user association set with {@link #withFallback}, or rejects it when none was set. Real
 * Slurm rejects such jobs at submit under {@code AccountingStorageEnforce=associations}, and
 * without enforcement runs them with no association and a fair-share factor of zero; the fallback
 * exists so that trace users missing from a modelled tree still compete for fair-share.
 */
public final class AssociationTree {
    /** Returned by lookups that find nothing. */
    public static final int NONE = -1;

    private final String[] name;
    private final String[] account;
    private final boolean[] user;
    private final int[] shares;
    private final int[] parent;
    private final int[] fsParent;
    private final int[][] fsChildren;
    private final int[] levelShares;
    private final int userCount;
    // Lookup only, never iterated, so hash order cannot leak into results.
    private final Map<String, Integer> accounts;
    private final Map<String, Map<String, Integer>> users;
    private final int fallback;

    private AssociationTree(List<AssociationSpec> specs, List<Integer> parents, int fallbackAssoc,
            Map<String, Integer> accounts, Map<String, Map<String, Integer>> users) {
        int n = specs.size();
        name = new String[n];
        account = new String[n];
        user = new boolean[n];
        shares = new int[n];
        parent = new int[n];
        fsParent = new int[n];
        levelShares = new int[n];
        int usersSeen = 0;
        for (int i = 0; i < n; i++) {
            AssociationSpec s = specs.get(i);
            name[i] = s.name();
            user[i] = s.isUser();
            shares[i] = s.shares();
            parent[i] = parents.get(i);
            account[i] = s.isUser() ? name[parent[i]] : s.name();
            usersSeen += s.isUser() ? 1 : 0;
            int p = parent[i];
            while (p > 0 && shares[p] == AssociationSpec.PARENT) {
                p = parent[p];
            }
            fsParent[i] = p;
        }
        userCount = usersSeen;
        int[] childCount = new int[n];
        for (int i = 1; i < n; i++) {
            childCount[fsParent[i]]++;
        }
        fsChildren = new int[n][];
        for (int i = 0; i < n; i++) {
            fsChildren[i] = new int[childCount[i]];
        }
        int[] fill = new int[n];
        int[] levelSum = new int[n];
        for (int i = 1; i < n; i++) {
            int p = fsParent[i];
            fsChildren[p][fill[p]++] = i;
            if (shares[i] != AssociationSpec.PARENT) {
                levelSum[p] = Math.addExact(levelSum[p], shares[i]);
            }
        }
        for (int i = 1; i < n; i++) {
            levelShares[i] = levelSum[fsParent[i]];
        }
        this.accounts = accounts;
        this.users = users;
        this.fallback = fallbackAssoc;
    }

    /** Builds the tree from its root description; unknown (account, user) pairs are rejected by {@link #resolve}. */
    public static AssociationTree of(AssociationSpec root) {
        if (root.isUser()) {
            throw new IllegalArgumentException("the root association must be an account");
        }
        List<AssociationSpec> specs = new ArrayList<>();
        List<Integer> parents = new ArrayList<>();
        Map<String, Integer> accounts = new HashMap<>();
        Map<String, Map<String, Integer>> users = new HashMap<>();
        collect(root, NONE, specs, parents, accounts, users);
        return new AssociationTree(specs, parents, NONE, accounts, users);
    }

    private static void collect(AssociationSpec spec, int parentId, List<AssociationSpec> specs, List<Integer> parents,
            Map<String, Integer> accounts, Map<String, Map<String, Integer>> users) {
        int id = specs.size();
        specs.add(spec);
        parents.add(parentId);
        if (spec.isUser()) {
            String acct = specs.get(parentId).name();
            if (users.computeIfAbsent(acct, a -> new HashMap<>()).putIfAbsent(spec.name(), id) != null) {
                throw new IllegalArgumentException("user " + spec.name() + " appears twice under account " + acct);
            }
            return;
        }
        if (accounts.putIfAbsent(spec.name(), id) != null) {
            throw new IllegalArgumentException("account " + spec.name() + " appears twice (Slurm account names are unique)");
        }
        for (AssociationSpec child : spec.children()) {
            collect(child, id, specs, parents, accounts, users);
        }
    }

    /** A copy of this tree whose {@link #resolve} maps unknown (account, user) pairs to the given user association. */
    public AssociationTree withFallback(String fallbackAccount, String fallbackUser) {
        int id = userAssociation(fallbackAccount, fallbackUser);
        if (id == NONE) {
            throw new IllegalArgumentException("fallback user association " + fallbackAccount + "/" + fallbackUser
                    + " is not in the tree");
        }
        return new AssociationTree(this, id);
    }

    private AssociationTree(AssociationTree base, int fallbackAssoc) {
        name = base.name;
        account = base.account;
        user = base.user;
        shares = base.shares;
        parent = base.parent;
        fsParent = base.fsParent;
        fsChildren = base.fsChildren;
        levelShares = base.levelShares;
        userCount = base.userCount;
        accounts = base.accounts;
        users = base.users;
        fallback = fallbackAssoc;
    }

    /** The user association for (account, user), or {@link #NONE}. */
    public int userAssociation(String accountName, String userName) {
        Map<String, Integer> byUser = users.get(accountName);
        Integer id = byUser == null ? null : byUser.get(userName);
        return id == null ? NONE : id;
    }

    /** The account association with this name, or {@link #NONE}. */
    public int accountAssociation(String accountName) {
        Integer id = accounts.get(accountName);
        return id == null ? NONE : id;
    }

    /** The user association a job charges: the exact pair, else the fallback; throws when neither exists. */
    public int resolve(String accountName, String userName) {
        int id = userAssociation(accountName, userName);
        if (id != NONE) {
            return id;
        }
        if (fallback == NONE) {
            throw new IllegalArgumentException("no association for account " + accountName + ", user " + userName
                    + " (set a fallback to map unknown pairs)");
        }
        return fallback;
    }

    /** Number of associations, root included. */
    public int size() {
        return name.length;
    }

    /** Number of user associations (Slurm's g_user_assoc_count, the Fair Tree denominator). */
    public int userCount() {
        return userCount;
    }

    /** Account or user name of the association. */
    public String name(int id) {
        return name[id];
    }

    /** The account a user association belongs to, or the account's own name. */
    public String account(int id) {
        return account[id];
    }

    /** True for user associations. */
    public boolean isUser(int id) {
        return user[id];
    }

    /** Raw shares, or {@link AssociationSpec#PARENT}. */
    public int rawShares(int id) {
        return shares[id];
    }

    /** True when the association has {@code Fairshare=parent}. */
    public boolean usesParentShares(int id) {
        return shares[id] == AssociationSpec.PARENT;
    }

    /** The direct parent, {@link #NONE} for root; usage is charged up this chain. */
    public int parent(int id) {
        return parent[id];
    }

    /** The fair-share parent (first ancestor not {@code Fairshare=parent}), {@link #NONE} for root. */
    public int fairShareParent(int id) {
        return id == 0 ? NONE : fsParent[id];
    }

    /** Sum of raw shares over the association's fair-share siblings, itself included; 0 for root. */
    public int levelShares(int id) {
        return levelShares[id];
    }

    /** The fair-share children in declaration (pre-order) order; a fresh copy. */
    public int[] fairShareChildren(int id) {
        return fsChildren[id].clone();
    }

    /** The fair-share children without copying, for the algorithms in this package; callers must not write. */
    int[] fairShareChildrenView(int id) {
        return fsChildren[id];
    }

    @Override
    public String toString() {
        return "AssociationTree" + Arrays.toString(name);
    }
}
