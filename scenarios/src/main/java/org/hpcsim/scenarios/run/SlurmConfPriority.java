package org.hpcsim.scenarios.run;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import org.hpcsim.models.slurm.MultifactorSetup;
import org.hpcsim.models.slurm.priority.MultifactorConfig;
import org.hpcsim.models.slurm.priority.MultifactorWeights;
import org.hpcsim.models.slurm.priority.PriorityFlag;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.slurmconf.PriorityConfig;
import org.hpcsim.scenarios.slurmconf.SlurmConf;

/** A slurm.conf's PriorityType and its PriorityWeight*, PriorityFlags and timing as the model's multifactor setup. */
final class SlurmConfPriority {
    private SlurmConfPriority() {}

    /**
     * PriorityWeightTRES by the model's TRES names; weights on TRES the model holds none of are
     * noted, a name that is no TRES is one error line (slurmctld: "failed to parse tres weights str").
     */
    private static SortedMap<String, Double> tresWeights(PriorityConfig p, SlurmConf conf, List<String> notes) {
        ModelTres.Split split;
        try {
            split = ModelTres.split(p.weightTres());
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(conf.path() + ": PriorityWeightTRES " + e.getMessage());
        }
        if (!split.unheld().isEmpty()) {
            notes.add(conf.path() + ": PriorityWeightTRES on " + String.join(", ", split.unheld())
                    + " weighs nothing here: the model holds no such TRES");
        }
        return split.weights();
    }

    /** priority/multifactor's setup from {@code p} (null for priority/basic); unmodelled settings go to {@code notes}. */
    static MultifactorSetup multifactor(PriorityConfig p, SlurmConf conf, List<String> notes) {
        String type = p.type().toLowerCase(Locale.ROOT);
        if (type.equals("priority/basic")) {
            return null;
        }
        if (!type.equals("priority/multifactor")) {
            throw new ScenarioException(conf.path() + ": PriorityType=" + p.type()
                    + " is not modelled (allowed: priority/basic, priority/multifactor)");
        }
        Set<PriorityFlag> flags = new SlurmConfPriorityFlags(p.flags()).multifactorFlags();
        long age = p.weightAge();
        long fairshare = p.weightFairshare();
        if (!p.withSlurmdbd() && (age > 0 || fairshare > 0)) {
            // priority_multifactor.c, init: "PriorityWeightAge can only be used with SlurmDBD, ignoring"
            // (and the same for PriorityWeightFairshare).
            notes.add(conf.path() + ": PriorityWeightAge and PriorityWeightFairshare weigh nothing without"
                    + " AccountingStorageType=" + PriorityConfig.SLURMDBD + ", as slurmctld ignores them there;"
                    + " priorities are set at submission only");
            age = 0;
            fairshare = 0;
        }
        MultifactorWeights w = MultifactorWeights.of(age, p.weightAssoc(), fairshare,
                p.weightJobSize(), p.weightPartition(), p.weightQos()).withTres(tresWeights(p, conf, notes));
        MultifactorConfig c = MultifactorConfig.defaults().withWeights(w).withMaxAge(p.maxAge().toNanos())
                .withDecayHalfLife(p.decayHalfLife().toNanos()).withCalcPeriod(p.calcPeriod().toNanos())
                .withFavorSmall(p.favorSmall()).withFlags(flags);
        // Without slurmdbd slurmctld starts no decay thread: no priority is ever recomputed.
        return new MultifactorSetup(c, null, p.withSlurmdbd());
    }
}
