package org.hpcsim.scenarios.slurmconf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What Slurm would only warn about in a topology, said in words for the user; internal. */
final class TopologyNotes {
    private TopologyNotes() {}

    static List<String> of(Topology t, Collection<String> definedNodes) {
        List<String> notes = new ArrayList<>();
        if (t.roots().size() > 1) {
            // slurmctld 22.05.8: "TOPOLOGY: warning -- no switch can reach all nodes through its descendants".
            notes.add(t.roots().size() + " root switches (" + String.join(", ", t.roots())
                    + "): no switch reaches every node, so a job cannot span nodes under different roots");
        }
        if (definedNodes != null) {
            Set<String> unreached = new LinkedHashSet<>(definedNodes);
            for (Switch s : t.leaves()) {
                s.nodes().forEach(unreached::remove);
            }
            if (!unreached.isEmpty()) {
                // slurmctld 22.05.8: "WARNING: switches lack access to 1 nodes: n1".
                notes.add(unreached.size() + " node(s) under no switch: " + Hostlist.format(unreached)
                        + " (slurmctld warns that switches lack access to them)");
            }
        }
        return notes;
    }
}
