package org.hpcsim.scenarios.run;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.slurm.SelectType;
import org.hpcsim.scenarios.slurmconf.SelectTypeParameters;
import org.hpcsim.scenarios.slurmconf.SlurmConf;

/**
 * The SelectTypeParameters words a run does not act on, one note for them: what CPUs and memory a
 * job holds follows the consumable resource word (see {@link SlurmConfCores} and
 * {@link SlurmConfMemory}); the others shape task layout or node choice in ways not modelled.
 */
final class SlurmConfSelectNotes {
    private SlurmConfSelectNotes() {}

    /** Adds to {@code notes} the words of {@code conf}'s SelectTypeParameters that change nothing here under {@code select}. */
    static void add(SlurmConf conf, SelectType select, List<String> notes) {
        List<String> unmodelled = new ArrayList<>();
        for (String w : conf.scheduling().selectTypeParameters()) {
            // select/linear hands out whole nodes; its CR_Memory would count memory, which it does not here.
            if (!SelectTypeParameters.isResource(w) || select == SelectType.LINEAR) {
                unmodelled.add(w);
            }
        }
        if (!unmodelled.isEmpty()) {
            notes.add(conf.path() + ": SelectTypeParameters " + String.join(", ", unmodelled)
                    + (unmodelled.size() == 1 ? " is" : " are") + " not modelled"
                    + (select == SelectType.LINEAR ? " under select/linear" : "")
                    + ": jobs get nodes and CPUs as without " + (unmodelled.size() == 1 ? "it" : "them"));
        }
    }
}
