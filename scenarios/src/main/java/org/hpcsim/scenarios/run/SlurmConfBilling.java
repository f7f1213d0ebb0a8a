package org.hpcsim.scenarios.run;

import java.util.ArrayList;
import java.util.List;
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
        double cpu = 0;
        double mem = 0;
        double node = 0;
        double gpu = 0;
        TreeMap<String, Double> gpuTypes = new TreeMap<>();
        List<String> unheld = new ArrayList<>();
        try {
            for (TresWeight w : TresWeight.parseList(p.tresBillingWeights().get())) {
                String key = ModelTres.keyOf(w);
                switch (key) {
                    case "cpu" -> cpu = w.weight();
                    case "mem" -> mem = w.weight();
                    case "node" -> node = w.weight();
                    case "gres/gpu" -> gpu = w.weight();
                    case "billing" -> { } // assoc_mgr_tres_weighted skips the billing TRES itself
                    case "" -> unheld.add(w.tres());
                    default -> gpuTypes.put(key.substring("gres/gpu:".length()), w.weight());
                }
            }
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(p.at() + ": partition " + p.name() + ": TRESBillingWeights " + e.getMessage());
        }
        if (!unheld.isEmpty()) {
            notes.add(p.at() + ": partition " + p.name() + ": TRESBillingWeights on " + String.join(", ", unheld)
                    + " bill nothing here: the model holds no such TRES");
        }
        return new BillingWeights(combine, cpu, mem, node, gpu, gpuTypes);
    }
}
