package org.hpcsim.scenarios.run;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hpcsim.models.slurm.BillingWeights;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.slurmconf.Partition;
import org.hpcsim.scenarios.slurmconf.TresWeight;

/**
 * A partition's TRESBillingWeights, such as {@code CPU=1.0,Mem=0.25G,GRES/gpu=2.0}, as slurmctld
 * reads it ({@link TresWeight}). A bad item is one error line, as it stops slurmctld ("failed to
 * parse tres weights str"); a weight on a TRES the model does not hold is noted, as it bills 0 here.
 */
final class SlurmConfBilling {
    private SlurmConfBilling() {}

    /**
     * {@code p}'s billing weights combined as {@code combine} says; {@link BillingWeights#CPUS}
     * when it sets none. Weights the model bills as 0 are added to {@code notes}.
     */
    static BillingWeights of(Partition p, BillingWeights.Combine combine, List<String> notes) {
        if (p.tresBillingWeights().isEmpty() || p.tresBillingWeights().get().isBlank()) {
            return BillingWeights.CPUS;
        }
        ModelTres.Split split;
        try {
            split = ModelTres.split(TresWeight.parseList(p.tresBillingWeights().get()));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(p.at() + ": partition " + p.name() + ": TRESBillingWeights " + e.getMessage());
        }
        if (!split.unheld().isEmpty()) {
            notes.add(p.at() + ": partition " + p.name() + ": TRESBillingWeights on " + String.join(", ", split.unheld())
                    + " bill nothing here: the model holds no such TRES");
        }
        TreeMap<String, Double> gpuTypes = new TreeMap<>();
        split.weights().forEach((key, weight) -> {
            if (key.startsWith("gres/gpu:")) {
                gpuTypes.put(key.substring("gres/gpu:".length()), weight);
            }
        });
        // A weight on billing itself is not read: assoc_mgr_tres_weighted skips that TRES.
        Map<String, Double> w = split.weights();
        return new BillingWeights(combine, w.getOrDefault("cpu", 0.0), w.getOrDefault("mem", 0.0),
                w.getOrDefault("node", 0.0), w.getOrDefault("gres/gpu", 0.0), gpuTypes);
    }
}
