package org.hpcsim.models.slurm;

import java.util.HashMap;
import java.util.Map;
import org.hpcsim.models.slurm.priority.AssociationTree;
import org.hpcsim.models.workload.JobLabels;

/**
 * Which user association of an association tree a job charges, from the account and user its
 * labels name. A job that names no account (SWF traces never do) runs under its user's default
 * account (sacctmgr(1) DefaultAccount: the account used when a job names none). The tree does not
 * record that setting, so we take the first account, in declaration order, that lists the user; a
 * convention of this model, not Slurm's: list users under their default account first.
 */
final class JobAssociations {
    private final AssociationTree tree;
    // Lookup only, never iterated, so hash order cannot leak into results.
    private final Map<String, Integer> defaultAccount = new HashMap<>();

    JobAssociations(AssociationTree tree) {
        this.tree = tree;
        // Ids are in pre-order of the declaration, so the first one met is the first declared.
        for (int id = 0; id < tree.size(); id++) {
            if (tree.isUser(id)) {
                defaultAccount.putIfAbsent(tree.name(id), id);
            }
        }
    }

    /** The user association of {@code labels}, or {@link AssociationTree#NONE} when the tree has none. */
    int of(JobLabels labels) {
        if (labels.account().isEmpty()) {
            Integer id = defaultAccount.get(labels.user());
            return id == null ? AssociationTree.NONE : id;
        }
        return tree.userAssociation(labels.account(), labels.user());
    }
}
