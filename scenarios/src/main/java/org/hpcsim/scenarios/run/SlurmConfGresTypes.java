package org.hpcsim.scenarios.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hpcsim.scenarios.slurmconf.Gres;
import org.hpcsim.scenarios.slurmconf.Hostlist;
import org.hpcsim.scenarios.slurmconf.Node;
import org.hpcsim.scenarios.slurmconf.SlurmConf;

/** A slurm.conf's GresTypes: the GRES names its nodes may have; slurmctld drops the others. */
final class SlurmConfGresTypes {
    private SlurmConfGresTypes() {}

    /** Whether GresTypes lists {@code name}, case aside. */
    static boolean lists(SlurmConf conf, String name) {
        return conf.gresTypes().stream().anyMatch(t -> t.equalsIgnoreCase(name));
    }

    /**
     * GRES of a name GresTypes does not list, which slurmctld drops from the node ("Invalid GRES
     * configured on node", gres.c gres_name_filter): one note naming them and their nodes.
     */
    static void noteUnlisted(SlurmConf conf, List<String> notes) {
        Set<String> listed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        listed.addAll(conf.gresTypes());
        Set<String> names = new TreeSet<>();
        List<String> on = new ArrayList<>();
        for (Node n : conf.nodes()) {
            boolean any = false;
            for (Gres g : n.gres()) {
                if (!listed.contains(g.name())) {
                    names.add(g.name());
                    any = true;
                }
            }
            if (any) {
                on.add(n.name());
            }
        }
        if (!names.isEmpty()) {
            notes.add(conf.path() + ": Gres " + String.join(", ", names) + " on " + Hostlist.format(on)
                    + " is dropped, as slurmctld drops a GRES that GresTypes does not list (\"Invalid GRES configured"
                    + " on node\")");
        }
    }
}
