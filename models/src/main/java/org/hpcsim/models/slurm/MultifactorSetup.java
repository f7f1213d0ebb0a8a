package org.hpcsim.models.slurm;

import org.hpcsim.models.slurm.priority.AssociationSpec;
import org.hpcsim.models.slurm.priority.MultifactorConfig;

/**
 * priority/multifactor as a cluster configures it: weights and periods, and the account/user
 * tree fair-share is computed over.
 *
 * @param config   PriorityWeight*, PriorityMaxAge, PriorityDecayHalfLife, PriorityCalcPeriod, flags
 * @param accounts the association tree (root, accounts, users with their shares), or null when
 *                 there is none: every job then has a fair-share factor of 0
 * @param decayThread whether slurmctld runs the decay thread that recomputes priorities every
 *                 PriorityCalcPeriod: only with slurmdbd (priority_multifactor.c, init: without it
 *                 the thread is not started and priorities are set at submission only)
 */
public record MultifactorSetup(MultifactorConfig config, AssociationSpec accounts, boolean decayThread) {
    /** Validates the setup. */
    public MultifactorSetup {
        if (config == null) {
            throw new IllegalArgumentException("priority/multifactor needs its configuration");
        }
    }

    /** A setup under slurmdbd: the decay thread recomputes priorities every PriorityCalcPeriod. */
    public MultifactorSetup(MultifactorConfig config, AssociationSpec accounts) {
        this(config, accounts, true);
    }
}
