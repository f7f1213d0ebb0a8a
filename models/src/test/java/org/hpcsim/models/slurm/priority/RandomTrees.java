package org.hpcsim.models.slurm.priority;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Small random association trees with integer usage (so ties happen), for property tests. */
final class RandomTrees {
    /**
     * A tree as a flat list: node i hangs under account {@code parentPick % accountsSoFar}, is a user
     * or an account, has shares (-1 = parent) and, for users, an integer usage.
     */
    record Node(int parentPick, boolean isUser, int shares, int usage) {}

    /** A tree and its usage, rebuilt from the flat list on demand. */
    record Case(List<Node> nodes) {
        AssociationTree tree() {
            return AssociationTree.of(spec());
        }

        AssociationSpec spec() {
            List<List<Integer>> children = new ArrayList<>();
            List<Integer> accounts = new ArrayList<>();
            children.add(new ArrayList<>());
            accounts.add(-1);
            for (int i = 0; i < nodes.size(); i++) {
                Node n = nodes.get(i);
                int parent = accounts.get(n.parentPick() % accounts.size());
                children.get(parent + 1).add(i);
                children.add(new ArrayList<>());
                if (!n.isUser()) {
                    accounts.add(i);
                }
            }
            return build(-1, children);
        }

        private AssociationSpec build(int index, List<List<Integer>> children) {
            List<AssociationSpec> kids = new ArrayList<>();
            for (int child : children.get(index + 1)) {
                kids.add(build(child, children));
            }
            if (index < 0) {
                return new AssociationSpec(AssociationSpec.ROOT, false, 1, kids);
            }
            Node n = nodes.get(index);
            return n.isUser() ? AssociationSpec.user("u" + index, n.shares())
                    : new AssociationSpec("a" + index, false, n.shares(), kids);
        }

        /** Usage charged to each user association, in node order. */
        UsageLedger usage(AssociationTree tree) {
            UsageLedger ledger = new UsageLedger(tree);
            for (int id = 0; id < tree.size(); id++) {
                if (tree.isUser(id)) {
                    int node = Integer.parseInt(tree.name(id).substring(1));
                    ledger.charge(id, nodes.get(node).usage());
                }
            }
            return ledger;
        }
    }

    private RandomTrees() {}

    static Arbitrary<Case> cases() {
        Arbitrary<Integer> shares = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(0, 4)),
                Tuple.of(1, Arbitraries.just(AssociationSpec.PARENT)));
        Arbitrary<Node> node = Combinators.combine(Arbitraries.integers().between(0, 50), Arbitraries.of(true, true, false),
                shares, Arbitraries.integers().between(0, 6)).as(Node::new);
        return node.list().ofMinSize(1).ofMaxSize(25).map(Case::new)
                .filter(c -> c.nodes().stream().anyMatch(Node::isUser));
    }
}
