package org.hpcsim.scenarios.slurmconf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Turns NodeName lines into {@link Node}s, NodeName=DEFAULT lines adding to the defaults of the
 * lines after them (slurm.conf(5), 22.05: "Each line where NodeName is DEFAULT will replace or add
 * to previous default values"); internal to the reader.
 */
final class NodeLines {
    /** Keys read, lower case, each alias mapped to the one name used below. */
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("cpus", "cpus"), Map.entry("procs", "cpus"),
            Map.entry("boards", "boards"),
            Map.entry("sockets", "sockets"), Map.entry("socketsperboard", "socketsperboard"),
            Map.entry("corespersocket", "corespersocket"), Map.entry("threadspercore", "threadspercore"),
            Map.entry("realmemory", "realmemory"), Map.entry("gres", "gres"), Map.entry("weight", "weight"),
            Map.entry("features", "features"), Map.entry("feature", "features"), Map.entry("state", "state"),
            Map.entry("nodehostname", "nodehostname"), Map.entry("nodeaddr", "nodeaddr"), Map.entry("port", "port"));
    /** Slurm keeps socket, core, thread and CPU counts in 16 bits. */
    private static final int MAX_COUNT = 65_535;

    private final Map<String, ConfPair> defaults = new HashMap<>();
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<IgnoredKey> ignored;

    NodeLines(List<IgnoredKey> ignored) {
        this.ignored = ignored;
    }

    void add(ConfLine line) {
        ConfPair nameKey = line.first();
        Map<String, ConfPair> own = own(line);
        if (nameKey.value().equalsIgnoreCase("DEFAULT")) {
            for (String perHost : List.of("nodehostname", "nodeaddr")) {
                if (own.containsKey(perHost)) {
                    // slurmctld 22.05.8: "NodeAddr not allowed with NodeName=DEFAULT".
                    throw own.get(perHost).bad("is on a NodeName=DEFAULT line", "NodeHostname and NodeAddr go on the lines of the nodes they name");
                }
            }
            defaults.putAll(own);
            return;
        }
        if (nameKey.value().equalsIgnoreCase("ALL")) {
            throw nameKey.bad("uses a reserved word", "ALL cannot name a node; slurm.conf(5)");
        }
        Map<String, ConfPair> keys = new HashMap<>(defaults);
        keys.putAll(own);
        List<String> names = ConfValues.hostlist(nameKey);
        if (names.isEmpty()) {
            throw nameKey.bad("names no node", "NodeName=n1 or a hostlist such as n[1-16]");
        }
        NodeShape shape = NodeShape.of(keys, MAX_COUNT);
        List<String> hostnames = perNode(keys.get("nodehostname"), names, names);
        List<String> addresses = perNode(keys.get("nodeaddr"), names, hostnames);
        List<OptionalInt> ports = ports(keys.get("port"), names.size());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Node earlier = nodes.get(name);
            if (earlier != null) {
                throw nameKey.at().error("node " + name + " is defined again (first at " + earlier.at()
                        + "; each node is named on one NodeName line)");
            }
            nodes.put(name, shape.node(name, hostnames.get(i), addresses.get(i), ports.get(i), nameKey.at()));
        }
    }

    List<Node> nodes() {
        return List.copyOf(nodes.values());
    }

    boolean defines(String name) {
        return nodes.containsKey(name);
    }

    private Map<String, ConfPair> own(ConfLine line) {
        Map<String, ConfPair> own = new HashMap<>();
        for (ConfPair p : line.pairs().subList(1, line.pairs().size())) {
            String key = KEYS.get(p.lowerKey());
            if (key == null) {
                ignored.add(new IgnoredKey(p.key(), "NodeName", p.at()));
                continue;
            }
            ConfPair before = own.put(key, p);
            if (before != null && !before.key().equalsIgnoreCase(p.key())) {
                throw p.at().error(before.key() + " and " + p.key() + " both given (they name the same thing; give one)");
            }
        }
        return own;
    }

    /** One value per node from a NodeHostname/NodeAddr hostlist: one name for all, or one each. */
    private static List<String> perNode(ConfPair p, List<String> names, List<String> fallback) {
        if (p == null) {
            return fallback;
        }
        List<String> values = ConfValues.hostlist(p);
        if (values.size() == names.size()) {
            return values;
        }
        if (values.size() == 1) {
            return Collections.nCopies(names.size(), values.get(0));
        }
        throw p.bad("names " + values.size() + " hosts for " + names.size() + " nodes", "one name for all, or one per node");
    }

    /** Port: one number for every node, or a range with one port per node ({@code 17001-17016}). */
    private static List<OptionalInt> ports(ConfPair p, int count) {
        List<OptionalInt> ports = new ArrayList<>(count);
        if (p == null) {
            ports.addAll(Collections.nCopies(count, OptionalInt.empty()));
            return ports;
        }
        String v = p.value();
        String inside = v.startsWith("[") && v.endsWith("]") ? v.substring(1, v.length() - 1) : v;
        List<String> numbers;
        try {
            numbers = Hostlist.expand("[" + inside + "]");
        } catch (IllegalArgumentException e) {
            throw p.bad("is not a port or port range", "a port 1..65535 or a range such as 17001-17016");
        }
        if (numbers.size() != 1 && numbers.size() != count) {
            throw p.bad("has " + numbers.size() + " ports for " + count + " nodes", "one port for all, or one per node");
        }
        for (int i = 0; i < count; i++) {
            long port = Long.parseLong(numbers.get(numbers.size() == 1 ? 0 : i));
            if (port < 1 || port > 65_535) {
                throw p.bad("is out of range", "ports 1..65535");
            }
            ports.add(OptionalInt.of((int) port));
        }
        return ports;
    }
}
