package org.hpcsim.scenarios;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hpcsim.models.hardware.NodeType;
import org.hpcsim.models.perf.AppProfile;
import org.hpcsim.models.perf.BulkSynchronousProfile;
import org.hpcsim.models.perf.DataParallelProfile;
import org.hpcsim.models.perf.EmbarrassinglyParallelProfile;
import org.hpcsim.models.perf.Io;
import org.hpcsim.models.perf.MemoryBoundProfile;
import org.hpcsim.models.perf.RigidProfile;
import org.hpcsim.scenarios.spec.HardwareSpec;
import org.hpcsim.scenarios.spec.InterconnectSpec;
import org.hpcsim.scenarios.spec.ProfileRuleSpec;
import org.hpcsim.scenarios.spec.ProfileSpec;
import org.hpcsim.scenarios.spec.TopologySpec;

/**
 * The {@code hardware:} block as scenario files write it: the node type fully resolved (so an
 * override is visible) before its calibration profile, which is named beside it, the interconnect
 * and topology as given, every profile with all its figures, and the rules.
 */
final class HardwareWriter {
    private static final double GIB = 1024.0 * 1024 * 1024;

    private HardwareWriter() {}

    static Map<String, Object> toMap(HardwareSpec h) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> node = nodeType(h.nodeType().resolve());
        putIfGiven(node, "profile", h.nodeType().profile());
        m.put("nodeType", node);
        m.put("interconnect", interconnect(h.interconnect()));
        m.put("topology", topology(h.topology()));
        m.put("placement", h.placementWord());
        if (h.fileSystemGBs() > 0) {
            m.put("fileSystemGBs", h.fileSystemGBs());
        }
        Map<String, Object> profiles = new LinkedHashMap<>();
        for (Map.Entry<String, ProfileSpec> e : h.profiles().entrySet()) {
            profiles.put(e.getKey(), profile(e.getValue().profile()));
        }
        m.put("profiles", profiles);
        List<Map<String, Object>> rules = new ArrayList<>();
        for (ProfileRuleSpec r : h.rules()) {
            rules.add(rule(r));
        }
        m.put("rules", rules);
        return m;
    }

    private static Map<String, Object> nodeType(NodeType n) {
        Map<String, Object> m = new LinkedHashMap<>();
        var numa = n.numa();
        m.put("name", n.name());
        m.put("sockets", numa.sockets());
        m.put("coresPerDomain", numa.coresPerDomain());
        m.put("memoryPerDomainGiB", numa.memoryPerDomain() / GIB);
        m.put("memoryBandwidthPerDomainGBs", numa.bandwidthPerDomain() / 1e9);
        // As lists: summary.json's writer knows lists of numbers, not Java arrays.
        List<List<Integer>> distances = new ArrayList<>();
        for (int[] row : numa.distances()) {
            distances.add(Arrays.stream(row).boxed().toList());
        }
        m.put("numaDistances", distances);
        m.put("flopsPerCoreGflops", n.flopsPerCore() / 1e9);
        if (n.gpu() != null) {
            m.put("gpu", n.gpu().name());
            m.put("gpus", n.gpus());
        }
        m.put("nicGbps", n.nicBandwidth() * 8 / 1e9);
        if (n.scratchBytes() > 0) {
            m.put("scratchGB", n.scratchBytes() / 1e9);
            m.put("scratchGBs", n.scratchBandwidth() / 1e9);
        }
        return m;
    }

    private static Map<String, Object> interconnect(InterconnectSpec i) {
        Map<String, Object> m = new LinkedHashMap<>();
        putIfGiven(m, "from", i.from());
        putIfGiven(m, "profile", i.profile());
        putIfGiven(m, "latencyUs", i.latencyUs());
        putIfGiven(m, "bandwidthGbps", i.bandwidthGbps());
        putIfGiven(m, "eagerThresholdBytes", i.eagerThresholdBytes());
        if (i.stack() != null) {
            m.put("stack", i.stack().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        m.put("placementGroup", i.placementGroup());
        return m;
    }

    private static Map<String, Object> topology(TopologySpec t) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (t.kind() == TopologySpec.Kind.FLAT) {
            m.put("kind", "flat");
        } else {
            m.put("kind", "fat-tree");
            m.put("nodesPerLeaf", t.nodesPerLeaf());
            m.put("levels", t.levels());
            if (t.levels() == 3) {
                m.put("leavesPerPod", t.leavesPerPod());
            }
            m.put("oversubscription", t.oversubscription());
            putIfGiven(m, "linkGbps", t.linkGbps());
        }
        m.put("switchLatencyNs", t.switchLatencyNs());
        return m;
    }

    private static Map<String, Object> profile(AppProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", p.kind());
        if (p instanceof BulkSynchronousProfile b) {
            putCount(m, "iterations", b.iterations());
            m.put("flopsPerRank", b.flopsPerRank());
            m.put("memoryBytesPerRank", b.memoryBytesPerRank());
            m.put("haloBytes", b.haloBytes());
            m.put("haloDimensions", b.haloDimensions());
            m.put("allreduceBytes", b.allreduceBytes());
            m.put("algorithm", b.algorithm().fileName());
            m.put("efficiency", b.efficiency());
            m.put("pinned", b.pinned());
        } else if (p instanceof DataParallelProfile d) {
            putCount(m, "steps", d.steps());
            m.put("flopsPerSample", d.flopsPerSample());
            m.put("memoryBytesPerSample", d.memoryBytesPerSample());
            m.put("batchPerGpu", d.batchPerGpu());
            m.put("gradientBytes", d.gradientBytes());
            m.put("precision", d.precision().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            m.put("algorithm", d.algorithm().fileName());
            m.put("efficiency", d.efficiency());
            putIfGiven(m, "mig", d.mig());
        } else if (p instanceof EmbarrassinglyParallelProfile e) {
            if (e.tasks() > 0) {
                m.put("tasks", e.tasks());
            }
            m.put("coresPerTask", e.coresPerTask());
            m.put("taskSeconds", e.taskSeconds());
            if (e.referenceFlopsPerCore() > 0) {
                m.put("referenceGflopsPerCore", e.referenceFlopsPerCore() / 1e9);
            }
        } else if (p instanceof MemoryBoundProfile mb) {
            putCount(m, "iterations", mb.iterations());
            m.put("bytesPerTask", mb.bytesPerTask());
            m.put("flopsPerTask", mb.flopsPerTask());
            if (mb.tasksPerNode() > 0) {
                m.put("tasksPerNode", mb.tasksPerNode());
            }
            m.put("pinned", mb.pinned());
        }
        if (!(p instanceof RigidProfile) && p.io().any()) {
            m.put("io", io(p.io()));
        }
        return m;
    }

    private static Map<String, Object> io(Io io) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("readGB", io.readBytes() / 1e9);
        m.put("writeGB", io.writeBytes() / 1e9);
        m.put("target", io.scratch() ? "scratch" : "shared");
        return m;
    }

    private static Map<String, Object> rule(ProfileRuleSpec r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("profile", r.profile());
        putIfGiven(m, "name", r.name());
        putIfGiven(m, "user", r.user());
        putIfGiven(m, "queue", r.queue());
        putIfGiven(m, "partition", r.partition());
        if (r.minProcessors() > 0) {
            m.put("minProcessors", r.minProcessors());
        }
        if (r.maxProcessors() > 0) {
            m.put("maxProcessors", r.maxProcessors());
        }
        putIfGiven(m, "pinned", r.pinned());
        return m;
    }

    /** Iterations derived from the recorded runtime are written as absent, as the file had them. */
    private static void putCount(Map<String, Object> m, String key, double count) {
        if (count >= 0) {
            m.put(key, count);
        }
    }

    private static void putIfGiven(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
