package org.hpcsim.scenarios.slurmconf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * NodeSet lines ({@code NodeSet=gpus Feature=a100} or {@code Nodes=...}), named sets that a
 * partition's Nodes may use, and the resolution of a partition's Nodes into node names; internal.
 *
 * <p>slurm.conf(5), 22.05, NODESET CONFIGURATION: with both Feature and Nodes the set is their union.
 */
final class NodeSets {
    private record NodeSet(ConfPair name, ConfPair nodes, ConfPair feature) {}

    private final Map<String, NodeSet> sets = new LinkedHashMap<>();
    private final List<IgnoredKey> ignored;

    NodeSets(List<IgnoredKey> ignored) {
        this.ignored = ignored;
    }

    void add(ConfLine line) {
        ConfPair nodes = null;
        ConfPair feature = null;
        for (ConfPair p : line.pairs().subList(1, line.pairs().size())) {
            if (p.is("Nodes")) {
                nodes = p;
            } else if (p.is("Feature")) {
                feature = p;
            } else {
                ignored.add(new IgnoredKey(p.key(), "NodeSet", p.at()));
            }
        }
        ConfPair name = line.first();
        if (sets.containsKey(name.value())) {
            throw name.at().error("NodeSet " + name.value() + " is defined again (first at " + sets.get(name.value()).name().at() + ")");
        }
        sets.put(name.value(), new NodeSet(name, nodes, feature));
    }

    /** The node names of a partition's Nodes key: ALL, node names, hostlists and node set names, each node once. */
    List<String> resolve(ConfPair nodesKey, List<Node> nodes) {
        Set<String> defined = new LinkedHashSet<>();
        nodes.forEach(n -> defined.add(n.name()));
        for (NodeSet set : sets.values()) {
            if (defined.contains(set.name().value())) {
                throw set.name().bad("is also a node's name", "a NodeSet name must not be a NodeName");
            }
        }
        return List.copyOf(names(nodesKey, nodes, defined, true));
    }

    private Set<String> names(ConfPair key, List<Node> nodes, Set<String> defined, boolean setsAllowed) {
        Set<String> out = new LinkedHashSet<>();
        if (key.value().equalsIgnoreCase("ALL")) {
            out.addAll(defined);
            return out;
        }
        List<String> elements;
        try {
            elements = key.value().isEmpty() ? List.of() : Hostlist.elements(key.value());
        } catch (IllegalArgumentException e) {
            elements = List.of(key.value());
        }
        for (String element : elements) {
            NodeSet set = setsAllowed ? sets.get(element) : null;
            if (set != null) {
                out.addAll(members(set, nodes, defined));
                continue;
            }
            for (String name : ConfValues.hostlist(new ConfPair(key.key(), element, key.at()))) {
                if (!defined.contains(name)) {
                    throw key.at().error(key.key() + "=" + key.value() + " names " + name
                            + ", which no NodeName line defines (define the node" + (setsAllowed ? ", or a NodeSet of that name)" : ")"));
                }
                out.add(name);
            }
        }
        return out;
    }

    private Set<String> members(NodeSet set, List<Node> nodes, Set<String> defined) {
        Set<String> out = new LinkedHashSet<>();
        if (set.nodes() != null) {
            out.addAll(names(set.nodes(), nodes, defined, false));
        }
        if (set.feature() != null) {
            List<String> withFeature = new ArrayList<>();
            for (Node n : nodes) {
                if (n.features().contains(set.feature().value())) {
                    withFeature.add(n.name());
                }
            }
            out.addAll(withFeature);
        }
        return out;
    }
}
