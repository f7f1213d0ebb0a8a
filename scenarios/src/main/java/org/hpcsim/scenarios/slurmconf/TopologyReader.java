package org.hpcsim.scenarios.slurmconf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.scenarios.ScenarioException;

/**
 * Reads a topology.conf ({@code SwitchName=s0 Nodes=n[1-8]}, {@code SwitchName=top Switches=s[0-1]},
 * optional {@code LinkSpeed=}) into a checked {@link Topology}; syntax as slurm.conf's, after
 * topology.conf(5), 22.05.
 */
public final class TopologyReader {
    /** A SwitchName line before the tree is built. */
    private record Line(ConfPair name, ConfPair switchesKey, List<String> switches, ConfPair nodesKey,
            List<String> nodes, long linkSpeed) {}

    /** slurmctld 22.05.8 shows LinkSpeed=1 for a switch that gives none. */
    static final long DEFAULT_LINK_SPEED = 1;

    private TopologyReader() {}

    /**
     * Reads and checks a topology.conf on its own, without knowing the cluster's nodes.
     *
     * @throws ScenarioException {@code FILE:LINE: what is wrong (what is allowed)}
     */
    public static Topology read(Path topologyConf) {
        return read(topologyConf, null);
    }

    /** Reads and checks a topology.conf; with the slurm.conf's nodes, a switch's other nodes are left out and noted. */
    static Topology read(Path topologyConf, Collection<String> definedNodes) {
        List<IgnoredKey> ignored = new ArrayList<>();
        Map<String, Line> lines = new LinkedHashMap<>();
        for (ConfLine line : ConfFileReader.read(topologyConf)) {
            Line l = parse(line, ignored);
            Line earlier = lines.putIfAbsent(l.name().value(), l);
            if (earlier != null) {
                throw l.name().at().error("switch " + l.name().value() + " is defined again (first at "
                        + earlier.name().at() + "; each switch has one line)");
            }
        }
        if (lines.isEmpty()) {
            throw new ScenarioException(topologyConf.getFileName() + ": defines no switch (SwitchName=NAME Nodes=... "
                    + "or Switches=... lines)");
        }
        List<String> leftOut = new ArrayList<>();
        if (definedNodes != null) {
            lines.replaceAll((name, l) -> withDefinedNodes(l, definedNodes, leftOut));
        }
        Map<String, List<String>> parents = parentsAndNodes(lines);
        Map<String, Integer> levels = new HashMap<>();
        for (String name : lines.keySet()) {
            level(name, lines, levels, new ArrayList<>());
        }
        List<Switch> switches = new ArrayList<>();
        List<String> roots = new ArrayList<>();
        for (Line l : lines.values()) {
            String name = l.name().value();
            List<String> up = parents.getOrDefault(name, List.of());
            if (up.isEmpty()) {
                roots.add(name);
            }
            switches.add(new Switch(name, l.switches(), l.nodes(), up, levels.get(name), l.linkSpeed(), l.name().at()));
        }
        Topology unchecked = new Topology(switches, roots, List.of(), ignored);
        List<String> notes = new ArrayList<>(leftOut);
        notes.addAll(TopologyNotes.of(unchecked, definedNodes));
        return new Topology(switches, roots, notes, ignored);
    }

    /**
     * {@code l} without the nodes slurm.conf does not define, each switch's left out noted in
     * {@code leftOut}: slurmctld only warns ("Invalid hostnames in switch configuration",
     * topology_tree.c) and builds the tree from the nodes it knows.
     */
    private static Line withDefinedNodes(Line l, Collection<String> defined, List<String> leftOut) {
        List<String> known = new ArrayList<>(l.nodes().size());
        List<String> unknown = new ArrayList<>();
        for (String node : l.nodes()) {
            (defined.contains(node) ? known : unknown).add(node);
        }
        if (unknown.isEmpty()) {
            return l;
        }
        leftOut.add("line " + l.nodesKey().at().line() + ": switch " + l.name().value() + " lists " + Hostlist.format(unknown)
                + ", which no NodeName line in slurm.conf defines: left out, as slurmctld leaves "
                + (unknown.size() == 1 ? "it" : "them") + " (\"Invalid hostnames in switch configuration\")");
        return new Line(l.name(), l.switchesKey(), l.switches(), l.nodesKey(), known, l.linkSpeed());
    }

    private static Line parse(ConfLine line, List<IgnoredKey> ignored) {
        ConfPair name = line.first();
        if (!name.is("SwitchName")) {
            throw name.at().error(name.key() + " starts a line (topology.conf lines start with SwitchName=)");
        }
        if (name.value().isEmpty()) {
            throw name.bad("names no switch", "SwitchName=NAME");
        }
        ConfPair switchesKey = null;
        ConfPair nodesKey = null;
        long speed = DEFAULT_LINK_SPEED;
        for (ConfPair p : line.pairs().subList(1, line.pairs().size())) {
            if (p.is("Switches")) {
                switchesKey = p;
            } else if (p.is("Nodes")) {
                nodesKey = p;
            } else if (p.is("LinkSpeed")) {
                speed = ConfValues.number(p, 0, Long.MAX_VALUE);
            } else {
                ignored.add(new IgnoredKey(p.key(), "SwitchName", p.at()));
            }
        }
        if (switchesKey == null && nodesKey == null) {
            throw name.at().error("switch " + name.value() + " has neither Nodes nor Switches (give one of them)");
        }
        if (switchesKey != null && nodesKey != null) {
            // slurmctld 22.05.8 stops with "switch s1 has both child switches and nodes".
            throw name.at().error("switch " + name.value() + " has both Nodes and Switches (a leaf has Nodes, "
                    + "an upper switch has Switches)");
        }
        return new Line(name, switchesKey, switchesKey == null ? List.of() : ConfValues.hostlist(switchesKey),
                nodesKey, nodesKey == null ? List.of() : ConfValues.hostlist(nodesKey), speed);
    }

    /** Checks child switch and node names, returning each switch's parents in file order. */
    private static Map<String, List<String>> parentsAndNodes(Map<String, Line> lines) {
        Map<String, List<String>> parents = new HashMap<>();
        Map<String, String> leafOfNode = new HashMap<>();
        for (Line l : lines.values()) {
            String name = l.name().value();
            for (String child : l.switches()) {
                if (!lines.containsKey(child)) {
                    throw l.switchesKey().at().error("switch " + name + " lists " + child
                            + ", which no SwitchName line defines (define it, or remove it from Switches)");
                }
                parents.computeIfAbsent(child, k -> new ArrayList<>()).add(name);
            }
            for (String node : l.nodes()) {
                String other = leafOfNode.putIfAbsent(node, name);
                if (other != null && !other.equals(name)) {
                    // slurmctld only warns ("Multiple leaf switches contain nodes"); a tree needs one leaf per node.
                    throw l.nodesKey().at().error("node " + node + " is under leaf " + other + " and leaf " + name
                            + " (a node hangs from one leaf switch)");
                }
            }
        }
        return parents;
    }

    /** The switch's level, leaves 0; {@code path} is the chain being explored, for cycle messages. */
    private static int level(String name, Map<String, Line> lines, Map<String, Integer> levels, List<String> path) {
        Integer known = levels.get(name);
        if (known != null) {
            return known;
        }
        if (path.contains(name)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
            cycle.add(name);
            Line closing = lines.get(path.get(path.size() - 1));
            throw closing.switchesKey().at().error("switches " + String.join(" -> ", cycle)
                    + " form a cycle (a switch cannot be below itself)");
        }
        path.add(name);
        int level = 0;
        for (String child : lines.get(name).switches()) {
            level = Math.max(level, level(child, lines, levels, path) + 1);
        }
        path.remove(path.size() - 1);
        levels.put(name, level);
        return level;
    }
}
