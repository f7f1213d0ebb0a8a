package org.hpcsim.scenarios.slurmconf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hpcsim.scenarios.InputNotFoundException;
import org.hpcsim.scenarios.ScenarioException;

/**
 * Reads a real slurm.conf into a {@link SlurmConf}: NodeName, PartitionName and NodeSet lines, the
 * cluster-wide keys the simulator's Slurm model needs, and every other key listed as ignored.
 * With {@code TopologyPlugin=topology/tree} it also reads the topology.conf beside it (topology.conf(5),
 * 22.05: "The file will always be located in the same directory as the slurm.conf").
 *
 * <p>Every problem is a {@link ScenarioException} of one line, {@code FILE:LINE: what is wrong (what
 * is allowed)}; a missing file is an {@link InputNotFoundException}.
 */
public final class SlurmConfReader {
    /** Whole lines the importer does not read; the line's first key is recorded as ignored. */
    private static final Set<String> IGNORED_LINES = Set.of("downnodes", "frontendname");
    /** The lines that describe one thing each (a node, a partition, a node set), read by their own classes. */
    private static final Set<String> LINE_KINDS = Set.of("nodename", "partitionname", "nodeset");

    private SlurmConfReader() {}

    /** Reads the slurm.conf, and its topology.conf when TopologyPlugin is topology/tree and the file exists. */
    public static SlurmConf read(Path slurmConf) {
        return read(slurmConf, Optional.empty());
    }

    /**
     * Reads the slurm.conf and the given topology.conf (whatever TopologyPlugin says); with an empty
     * path, as {@link #read(Path)}.
     */
    public static SlurmConf read(Path slurmConf, Optional<Path> topologyConf) {
        List<IgnoredKey> ignored = new ArrayList<>();
        GlobalKeys global = new GlobalKeys(ignored);
        NodeLines nodeLines = new NodeLines(ignored);
        PartitionLines partitionLines = new PartitionLines(ignored);
        NodeSets nodeSets = new NodeSets(ignored);
        RepeatedKeys repeated = new RepeatedKeys();
        for (ConfLine line : ConfFileReader.read(slurmConf)) {
            boolean ofItsOwn = LINE_KINDS.contains(line.first().lowerKey())
                    || IGNORED_LINES.contains(line.first().lowerKey());
            if (ofItsOwn) {
                repeated.line(line);
            } else {
                line.pairs().forEach(repeated::global);
            }
            switch (line.first().lowerKey()) {
                case "nodename":
                    nodeLines.add(line);
                    break;
                case "partitionname":
                    partitionLines.add(line);
                    break;
                case "nodeset":
                    nodeSets.add(line);
                    break;
                default:
                    if (IGNORED_LINES.contains(line.first().lowerKey())) {
                        ignored.add(new IgnoredKey(line.first().key(), line.first().key(), line.at()));
                    } else {
                        line.pairs().forEach(global::add);
                    }
            }
        }
        List<Node> nodes = nodeLines.nodes();
        List<Partition> partitions = partitionLines.build(nodes, nodeSets);
        String plugin = global.topologyPlugin();
        Optional<Path> topologyPath = topologyConf.isPresent() ? topologyConf : besideIfTree(slurmConf, plugin);
        Optional<Topology> topology = topologyPath.map(p -> readTopology(p, nodes));
        topology.ifPresent(t -> ignored.addAll(t.ignored()));
        return new SlurmConf(slurmConf, global.clusterName(), global.scheduling(), global.priority(),
                global.preemption(), plugin, global.gresTypes(), nodes, partitions, topology, ignored, global.power(),
                global.jobSubmitPlugins(), repeated.repeated());
    }

    private static Optional<Path> besideIfTree(Path slurmConf, String plugin) {
        if (!plugin.equals("topology/tree")) {
            return Optional.empty();
        }
        Path beside = slurmConf.toAbsolutePath().resolveSibling("topology.conf");
        return Files.isRegularFile(beside) ? Optional.of(beside) : Optional.empty();
    }

    private static Topology readTopology(Path topologyConf, List<Node> nodes) {
        if (!Files.isRegularFile(topologyConf)) {
            throw new InputNotFoundException(topologyConf + ": no such topology.conf");
        }
        List<String> names = new ArrayList<>(nodes.size());
        nodes.forEach(n -> names.add(n.name()));
        return TopologyReader.read(topologyConf, Set.copyOf(names));
    }
}
