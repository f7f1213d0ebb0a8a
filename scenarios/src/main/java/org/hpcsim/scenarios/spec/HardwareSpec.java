package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hpcsim.models.hardware.NodeType;
import org.hpcsim.models.network.Interconnect;
import org.hpcsim.models.network.Topology;
import org.hpcsim.models.perf.AppProfile;
import org.hpcsim.models.perf.DataParallelProfile;
import org.hpcsim.models.perf.Machine;
import org.hpcsim.models.platform.PlacementPolicy;
import org.hpcsim.models.platform.Platform;
import org.hpcsim.models.platform.ProfileRule;

/**
 * The hardware the cluster's nodes are and the applications jobs run ({@code hardware:}): the
 * node type, the interconnect, the switch topology, how jobs are placed, the shared file system's
 * bandwidth, the application profiles and the rules that give trace jobs a profile.
 *
 * @param nodeType     the node type (a catalog name, possibly with overrides)
 * @param interconnect the network between nodes
 * @param topology     the switches
 * @param placement    how a job's nodes are picked
 * @param fileSystemGBs aggregate bandwidth of the shared parallel file system in GB/s, 0 for none
 * @param profiles     profiles by name, in file order
 * @param rules        rules giving jobs profiles, first match wins
 */
public record HardwareSpec(NodeTypeSpec nodeType, InterconnectSpec interconnect, TopologySpec topology,
                           PlacementPolicy placement, double fileSystemGBs, Map<String, ProfileSpec> profiles,
                           List<ProfileRuleSpec> rules) {
    /** Validates the block: every rule names a profile, and every profile can run on this hardware. */
    public HardwareSpec {
        InvalidFieldException.require(nodeType != null, "nodeType", "is required (a catalog name or a description)");
        InvalidFieldException.require(interconnect != null, "interconnect", "is required (a catalog name or a description)");
        InvalidFieldException.require(topology != null, "topology", "is required (kind: fat-tree or flat)");
        InvalidFieldException.require(fileSystemGBs >= 0 && Double.isFinite(fileSystemGBs), "fileSystemGBs",
                "must be 0 (none) or a positive bandwidth in GB/s, got " + fileSystemGBs);
        profiles = profiles == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
        rules = rules == null ? List.of() : List.copyOf(rules);
        NodeType node = nodeType.resolve();
        for (Map.Entry<String, ProfileSpec> e : profiles.entrySet()) {
            checkRunnable(e.getKey(), e.getValue().profile(), node, fileSystemGBs);
        }
        for (int i = 0; i < rules.size(); i++) {
            String name = rules.get(i).profile();
            InvalidFieldException.require(profiles.containsKey(name), "rules[" + i + "].profile",
                    "names no profile '" + name + "' (defined: " + (profiles.isEmpty() ? "none"
                            : String.join(", ", profiles.keySet())) + ")");
        }
    }

    private static void checkRunnable(String name, AppProfile profile, NodeType node, double fileSystemGBs) {
        String field = "profiles." + name;
        var io = profile.io();
        InvalidFieldException.require(!io.any() || io.scratch() || fileSystemGBs > 0, field + ".io",
                "reads or writes the shared file system, but hardware.fileSystemGBs is not given");
        InvalidFieldException.require(!io.any() || !io.scratch() || node.scratchBandwidth() > 0, field + ".io",
                "uses node-local scratch, but node type " + node.name() + " has none");
        if (profile instanceof DataParallelProfile dp) {
            InvalidFieldException.require(node.gpu() != null, field + ".kind",
                    "data-parallel needs GPUs, but node type " + node.name() + " has none");
            InvalidFieldException.require(dp.mig() == null || node.gpu().mig(dp.mig()).isPresent(), field + ".mig",
                    "GPU " + node.gpu().name() + " has no MIG profile '" + dp.mig() + "' (it has: "
                            + migNames(node) + ")");
        }
    }

    private static String migNames(NodeType node) {
        List<String> names = new ArrayList<>();
        node.gpu().migProfiles().forEach(p -> names.add(p.name()));
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /**
     * The model's platform for a cluster of {@code nodes} nodes; calibration profiles are read
     * now, their paths taken from {@code baseDir} (the scenario file's folder), as trace paths are.
     */
    public Platform platform(int nodes, Path baseDir) {
        NodeType node = nodeType.resolve(baseDir);
        Interconnect net = interconnect.resolve(baseDir);
        Topology top = topology.resolve(nodes, net.bandwidth());
        List<ProfileRule> modelRules = new ArrayList<>();
        for (ProfileRuleSpec r : rules) {
            AppProfile p = profiles.get(r.profile()).profile();
            if (r.pinned() != null) {
                p = p.withPinning(r.pinned());
            }
            modelRules.add(new ProfileRule(r.name(), r.user(), r.queue(), r.partition(), r.minProcessors(),
                    r.maxProcessors(), p));
        }
        return new Platform(new Machine(node, net, top.switchLatency()), top, placement, fileSystemGBs * 1e9,
                modelRules);
    }

    @JsonCreator
    static HardwareSpec fromFile(@JsonProperty("nodeType") NodeTypeSpec nodeType,
                                 @JsonProperty("interconnect") InterconnectSpec interconnect,
                                 @JsonProperty("topology") TopologySpec topology,
                                 @JsonProperty("placement") String placement,
                                 @JsonProperty("fileSystemGBs") Double fileSystemGBs,
                                 @JsonProperty("profiles") LinkedHashMap<String, ProfileSpec> profiles,
                                 @JsonProperty("rules") List<ProfileRuleSpec> rules) {
        return new HardwareSpec(nodeType, interconnect, topology, placement(placement),
                fileSystemGBs == null ? 0 : fileSystemGBs, profiles, rules);
    }

    private static PlacementPolicy placement(String word) {
        if (word == null) {
            return PlacementPolicy.COMPACT;
        }
        for (PlacementPolicy p : PlacementPolicy.values()) {
            if (p.name().equalsIgnoreCase(word)) {
                return p;
            }
        }
        throw new InvalidFieldException("placement", "unknown placement '" + word + "' (allowed: compact, linear, scatter)");
    }

    /** The placement as scenario files write it. */
    public String placementWord() {
        return placement.name().toLowerCase(Locale.ROOT);
    }
}
