package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hpcsim.models.network.FatTree;
import org.hpcsim.models.network.FlatSwitch;
import org.hpcsim.models.network.Interconnect;
import org.hpcsim.models.network.Topology;

/**
 * How a scenario's nodes hang from switches: one flat switch, or a fat tree of leaves (and pods).
 *
 * @param kind             flat or fat tree
 * @param nodesPerLeaf     nodes under each leaf (fat tree; 0 for flat)
 * @param levels           switch levels, 2 or 3 (fat tree)
 * @param leavesPerPod     leaves per pod with three levels, else 0
 * @param oversubscription a leaf's downlink over uplink bandwidth, 1 or more
 * @param switchLatencyNs  nanoseconds each switch crossed adds
 * @param linkGbps         a node's link in Gb/s, or null for the interconnect's bandwidth
 */
public record TopologySpec(Kind kind, int nodesPerLeaf, int levels, int leavesPerPod, double oversubscription,
                           double switchLatencyNs, Double linkGbps) {
    /**
     * Nanoseconds a switch hop adds when the scenario gives none: shared/REFERENCE.md puts a hop
     * at about 100-150 ns; 130 ns is near the middle.
     */
    public static final double DEFAULT_SWITCH_LATENCY_NS = 130;

    /** The shapes a topology can take. */
    public enum Kind {
        /** One non-blocking switch. */
        FLAT,
        /** Leaves under spines, optionally grouped into pods under a core. */
        FAT_TREE
    }

    /** Validates the settings. */
    public TopologySpec {
        InvalidFieldException.require(kind != null, "kind", "is required: fat-tree or flat");
        InvalidFieldException.require(switchLatencyNs >= 0 && Double.isFinite(switchLatencyNs), "switchLatencyNs",
                "must be 0 or more nanoseconds, got " + switchLatencyNs);
        InvalidFieldException.require(linkGbps == null || (linkGbps > 0 && Double.isFinite(linkGbps)), "linkGbps",
                "must be positive Gb/s, got " + linkGbps);
        if (kind == Kind.FAT_TREE) {
            InvalidFieldException.require(nodesPerLeaf >= 1, "nodesPerLeaf",
                    "is required with kind: fat-tree (a positive number of nodes per leaf switch), got " + nodesPerLeaf);
            InvalidFieldException.require(levels == 2 || levels == 3, "levels",
                    "must be 2 (leaf, spine) or 3 (leaf, pod, core), got " + levels);
            InvalidFieldException.require(levels == 2 || leavesPerPod >= 1, "leavesPerPod",
                    "is required with levels: 3 (a positive number of leaves per pod), got " + leavesPerPod);
            InvalidFieldException.require(levels == 3 || leavesPerPod == 0, "leavesPerPod",
                    "applies to levels: 3 only");
            InvalidFieldException.require(oversubscription >= 1 && Double.isFinite(oversubscription), "oversubscription",
                    "must be 1 (non-blocking) or more, got " + oversubscription);
        }
    }

    /**
     * The topology of {@code nodes} nodes; a fat tree's links carry {@code defaultLinkBandwidth}
     * bytes per second (the interconnect's) unless the scenario gives {@code linkGbps}.
     */
    public Topology resolve(int nodes, double defaultLinkBandwidth) {
        double switchLatency = switchLatencyNs / 1e9; // dividing rounds once: 130 ns is exactly 130e-9
        if (kind == Kind.FLAT) {
            return new FlatSwitch(nodes, switchLatency);
        }
        double link = linkGbps != null ? Interconnect.bytesPerSecond(linkGbps) : defaultLinkBandwidth;
        return new FatTree(nodes, nodesPerLeaf, levels, leavesPerPod, oversubscription, link, switchLatency);
    }

    @JsonCreator
    static TopologySpec fromFile(@JsonProperty("kind") String kind,
                                 @JsonProperty("nodesPerLeaf") Integer nodesPerLeaf,
                                 @JsonProperty("levels") Integer levels,
                                 @JsonProperty("leavesPerPod") Integer leavesPerPod,
                                 @JsonProperty("oversubscription") Double oversubscription,
                                 @JsonProperty("switchLatencyNs") Double switchLatencyNs,
                                 @JsonProperty("linkGbps") Double linkGbps) {
        Kind k = kind(kind);
        double latency = switchLatencyNs != null ? switchLatencyNs : DEFAULT_SWITCH_LATENCY_NS;
        if (k == Kind.FLAT) {
            // A flat switch has no leaves or uplinks: a fat-tree field here is a mistake worth naming.
            rejectForFlat(nodesPerLeaf, "nodesPerLeaf");
            rejectForFlat(levels, "levels");
            rejectForFlat(leavesPerPod, "leavesPerPod");
            rejectForFlat(oversubscription, "oversubscription");
            rejectForFlat(linkGbps, "linkGbps");
            return new TopologySpec(k, 0, 0, 0, 1, latency, null);
        }
        InvalidFieldException.require(nodesPerLeaf != null, "nodesPerLeaf",
                "is required with kind: fat-tree (a positive number of nodes per leaf switch)");
        return new TopologySpec(k, nodesPerLeaf, levels != null ? levels : 2, leavesPerPod != null ? leavesPerPod : 0,
                oversubscription != null ? oversubscription : 1, latency, linkGbps);
    }

    private static void rejectForFlat(Object value, String field) {
        InvalidFieldException.require(value == null, field, "applies to kind: fat-tree only");
    }

    private static Kind kind(String word) {
        InvalidFieldException.require(word != null, "kind", "is required: fat-tree or flat");
        return switch (word) {
            case "fat-tree" -> Kind.FAT_TREE;
            case "flat" -> Kind.FLAT;
            default -> throw new InvalidFieldException("kind", "unknown topology '" + word + "' (allowed: fat-tree, flat)");
        };
    }
}
