package org.hpcsim.scenarios.run;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.slurm.Maintenance;
import org.hpcsim.models.slurm.SlurmConfig;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.slurmconf.Hostlist;
import org.hpcsim.scenarios.spec.MaintenanceSpec;

/** Turns a scenario's maintenance reservations into the model's, resolving node names on the cluster. */
final class MaintenanceMapping {
    private MaintenanceMapping() {}

    static List<Maintenance> of(List<MaintenanceSpec> specs, SlurmConfig config) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < config.nodes().size(); i++) {
            index.put(config.nodes().get(i).name(), i);
        }
        List<Maintenance> out = new ArrayList<>();
        for (int k = 0; k < specs.size(); k++) {
            MaintenanceSpec m = specs.get(k);
            BitSet nodes = new BitSet();
            if (m.nodes().equalsIgnoreCase("ALL")) {
                nodes.set(0, config.nodes().size());
            } else {
                for (String name : expand(m.nodes(), k)) {
                    Integer i = index.get(name);
                    if (i == null) {
                        throw new ScenarioException("scheduler.slurm.maintenance[" + k + "].nodes: no node " + name
                                + " in the cluster (its nodes are " + config.nodes().get(0).name() + " ... "
                                + config.nodes().get(config.nodes().size() - 1).name() + ")");
                    }
                    nodes.set(i);
                }
            }
            out.add(new Maintenance(m.name(), SimTime.ofSeconds(m.start()), SimTime.ofSeconds(m.start() + m.duration()),
                    nodes));
        }
        return out;
    }

    private static List<String> expand(String hostlist, int k) {
        try {
            return Hostlist.expand(hostlist);
        } catch (IllegalArgumentException | ScenarioException e) {
            throw new ScenarioException("scheduler.slurm.maintenance[" + k + "].nodes: " + e.getMessage());
        }
    }
}
