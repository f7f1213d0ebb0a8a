package org.hpcsim.scenarios.slurmconf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The switch tree of a topology.conf (topology/tree), checked: every named switch exists, no
 * cycles, a switch has either nodes or child switches, and a node hangs from at most one leaf.
 *
 * @param switches the switches in file order
 * @param roots    the switches no other switch lists, in file order; more than one means no switch
 *                 reaches every node, which Slurm allows (it warns) and {@link #notes} says
 * @param notes    facts a user should know that Slurm only warns about, such as several roots or
 *                 slurm.conf nodes that no switch reaches; empty when there is nothing to say
 * @param ignored  keys on SwitchName lines the importer does not read
 */
public record Topology(List<Switch> switches, List<String> roots, List<String> notes, List<IgnoredKey> ignored) {

    /** Copies the lists so the record stays immutable. */
    public Topology {
        switches = List.copyOf(switches);
        roots = List.copyOf(roots);
        notes = List.copyOf(notes);
        ignored = List.copyOf(ignored);
    }

    /** The switch of that name. */
    public Optional<Switch> switchNamed(String name) {
        return switches.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The single root switch; empty when there are several. */
    public Optional<Switch> root() {
        return roots.size() == 1 ? switchNamed(roots.get(0)) : Optional.empty();
    }

    /** The leaf switch the node hangs from; empty when none lists it. */
    public Optional<Switch> leafOf(String node) {
        return switches.stream().filter(s -> s.nodes().contains(node)).findFirst();
    }

    /** Every node below the switch (its own for a leaf), each once, in tree order. */
    public List<String> nodesUnder(String switchName) {
        Set<String> out = new LinkedHashSet<>();
        collect(switchName, out);
        return List.copyOf(out);
    }

    private void collect(String switchName, Set<String> out) {
        Switch s = switchNamed(switchName).orElseThrow(() -> new IllegalArgumentException("no switch " + switchName));
        out.addAll(s.nodes());
        for (String child : s.switches()) {
            collect(child, out);
        }
    }

    /** The leaf switches, in file order. */
    public List<Switch> leaves() {
        List<Switch> leaves = new ArrayList<>();
        for (Switch s : switches) {
            if (s.isLeaf()) {
                leaves.add(s);
            }
        }
        return leaves;
    }
}
