package org.hpcsim.scenarios.slurmconf;

import java.util.List;

/**
 * One switch of topology.conf with its place in the tree.
 *
 * @param name      SwitchName
 * @param switches  its child switches (Switches), in the order written; empty for a leaf
 * @param nodes     its nodes (Nodes), in the order written; empty unless a leaf
 * @param parents   the switches that list it as a child; empty for a root. Several parents are
 *                  legal (fat trees, each spine listing every leaf), as slurmctld 22.05.8 accepts
 * @param level     0 for a leaf, else one more than its highest child, as {@code scontrol show
 *                  topology} numbers them
 * @param linkSpeed LinkSpeed, in the file's own units (Slurm does not use it); 1 when not given,
 *                  as slurmctld 22.05.8 shows
 * @param at        the SwitchName line
 */
public record Switch(String name, List<String> switches, List<String> nodes, List<String> parents, int level,
        long linkSpeed, SourceLine at) {

    /** Copies the lists so the record stays immutable. */
    public Switch {
        switches = List.copyOf(switches);
        nodes = List.copyOf(nodes);
        parents = List.copyOf(parents);
    }

    /** Whether nodes hang from it directly. */
    public boolean isLeaf() {
        return switches.isEmpty();
    }
}
