package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import org.hpcsim.models.hardware.GpuModel;
import org.hpcsim.models.hardware.HardwareCatalog;
import org.hpcsim.models.hardware.NodeType;
import org.hpcsim.models.hardware.NumaLayout;
import org.hpcsim.scenarios.calibration.ProfileHardware;

/**
 * A node type as a scenario file names it: a catalog name ({@code p5.48xlarge}), or an object
 * whose fields override a catalog entry ({@code from}) or, without {@code from}, spell the whole
 * node out.
 *
 * <p>The object's fields, all optional with {@code from}: {@code name} (default: {@code from}),
 * {@code sockets}, {@code numaDomains}, {@code coresPerDomain}, {@code memoryPerDomainGiB},
 * {@code memoryBandwidthPerDomainGBs} (10^9 bytes/s), {@code numaDistances}
 * ({@code [[10,21],[21,10]]}), {@code flopsPerCoreGflops} (FP64, 10^9 FLOP/s), {@code gpu} (a
 * catalog GPU name), {@code gpus}, {@code nicGbps}, {@code scratchGB} (10^9 bytes) and
 * {@code scratchGBs} (10^9 bytes/s), and {@code profile}, a calibration profile file whose NUMA
 * and GPU figures replace the others ({@link #resolve(Path)}). Without {@code from}, {@code name},
 * {@code sockets}, {@code coresPerDomain}, {@code memoryPerDomainGiB},
 * {@code memoryBandwidthPerDomainGBs}, {@code flopsPerCoreGflops}, {@code nicGbps} and
 * {@code numaDomains} or {@code numaDistances} are required.
 *
 * <p>Per-domain figures stay per domain: overriding {@code numaDomains} scales the node's cores,
 * memory and bandwidth. When the domains change and no {@code numaDistances} are given, the base's
 * matrix no longer fits, so every remote distance becomes {@value #DEFAULT_REMOTE_DISTANCE} (the
 * typical two-socket Intel figure {@code numactl -H} prints), local ones 10.
 *
 * @param from     the catalog node type the file starts from, or null when it spells the node out
 * @param nodeType the node type the file describes, before any profile
 * @param profile  a calibration profile file, as the scenario writes it, or null
 */
public record NodeTypeSpec(String from, NodeType nodeType, String profile) {
    /** The remote distance of a matrix built for a changed number of domains. */
    public static final int DEFAULT_REMOTE_DISTANCE = 21;

    private static final double GIB = 1L << 30;
    private static final double GIGA = 1e9;

    /** Validates the spec. */
    public NodeTypeSpec {
        InvalidFieldException.require(nodeType != null, "from", "a node type is required");
        InvalidFieldException.require(profile == null || !profile.isBlank(), "profile",
                "must name a calibration profile file (written by 'hpcsim calibrate fit')");
    }

    /** A node type without a calibration profile. */
    public NodeTypeSpec(String from, NodeType nodeType) {
        this(from, nodeType, null);
    }

    /**
     * The node type the file describes, without its profile's figures: enough for its shape
     * (cores, GPUs, scratch), which a profile never changes, so checks need not read the profile.
     */
    public NodeType resolve() {
        return nodeType;
    }

    /**
     * The node type with its profile's NUMA and GPU figures, the profile's path taken from
     * {@code baseDir} (the scenario file's folder); a profile that cannot be read is a one-line
     * {@code ScenarioException} naming the file.
     */
    public NodeType resolve(Path baseDir) {
        return profile == null ? nodeType : ProfileHardware.nodeType(baseDir.resolve(profile), profile, nodeType);
    }

    /** The catalog node type named {@code name}; a plain string in a file means this. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static NodeTypeSpec named(String name) {
        return new NodeTypeSpec(name, catalogNode(name));
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static NodeTypeSpec fromFile(@JsonProperty("from") String from,
                                 @JsonProperty("name") String name,
                                 @JsonProperty("sockets") Integer sockets,
                                 @JsonProperty("numaDomains") Integer numaDomains,
                                 @JsonProperty("coresPerDomain") Integer coresPerDomain,
                                 @JsonProperty("memoryPerDomainGiB") Double memoryGiB,
                                 @JsonProperty("memoryBandwidthPerDomainGBs") Double bandwidthGBs,
                                 @JsonProperty("numaDistances") int[][] distances,
                                 @JsonProperty("flopsPerCoreGflops") Double gflops,
                                 @JsonProperty("gpu") String gpu,
                                 @JsonProperty("gpus") Integer gpus,
                                 @JsonProperty("nicGbps") Double nicGbps,
                                 @JsonProperty("scratchGB") Double scratchGB,
                                 @JsonProperty("scratchGBs") Double scratchGBs,
                                 @JsonProperty("profile") String profile) {
        NodeType base = from == null ? null : catalogNode(from);
        NumaLayout b = base == null ? null : base.numa();
        String nodeName = name != null ? name : from;
        InvalidFieldException.require(nodeName != null && !nodeName.isBlank(), "name",
                "is required without 'from' (or give 'from': one of " + HardwareCatalog.nodeNames() + ")");
        double memory = figure(memoryGiB, GIB, "memoryPerDomainGiB", b == null ? null : (double) b.memoryPerDomain());
        InvalidFieldException.require(memory >= 1, "memoryPerDomainGiB", "must be at least one byte");
        NumaLayout numa = new NumaLayout(whole(sockets, "sockets", b == null ? null : b.sockets()),
                whole(coresPerDomain, "coresPerDomain", b == null ? null : b.coresPerDomain()), Math.round(memory),
                figure(bandwidthGBs, GIGA, "memoryBandwidthPerDomainGBs", b == null ? null : b.bandwidthPerDomain()),
                distances(numaDomains, distances, b));
        GpuModel model = gpu != null ? catalogGpu(gpu) : base == null ? null : base.gpu();
        int count;
        if (gpus != null) {
            count = gpus;
        } else {
            // A new GPU model in a GPU node keeps the node's count; a CPU node must say how many.
            InvalidFieldException.require(model == null || (base != null && base.gpu() != null), "gpus",
                    "is required with gpu (how many '" + gpu + "' the node holds)");
            count = base == null ? 0 : base.gpus();
        }
        InvalidFieldException.require(count >= 0, "gpus", "must be 0 or more, got " + count);
        InvalidFieldException.require(count == 0 || model != null, "gpus",
                "needs gpu (one of " + HardwareCatalog.gpuNames() + ")");
        return new NodeTypeSpec(from, new NodeType(nodeName, numa,
                figure(gflops, GIGA, "flopsPerCoreGflops", base == null ? null : base.flopsPerCore()),
                count == 0 ? null : model, count,
                figure(nicGbps, GIGA / 8, "nicGbps", base == null ? null : base.nicBandwidth()),
                Math.round(optional(scratchGB, "scratchGB", base == null ? 0 : base.scratchBytes())),
                optional(scratchGBs, "scratchGBs", base == null ? 0 : base.scratchBandwidth()),
                base == null ? "scenario file" : "scenario file, from " + from + ": " + base.source()), profile);
    }

    // The given matrix; else the base's while it still fits; else 10 local and 21 remote.
    private static int[][] distances(Integer domains, int[][] given, NumaLayout base) {
        if (given != null) {
            InvalidFieldException.require(domains == null || domains == given.length, "numaDistances",
                    "must be " + domains + " x " + domains + " to match numaDomains, got " + given.length + " rows");
            for (int i = 0; i < given.length; i++) {
                InvalidFieldException.require(given[i] != null && given[i].length == given.length
                                && given[i][i] == NumaLayout.LOCAL_DISTANCE, "numaDistances",
                        "must be a square matrix with " + NumaLayout.LOCAL_DISTANCE + " on the diagonal");
                for (int d : given[i]) {
                    InvalidFieldException.require(d >= NumaLayout.LOCAL_DISTANCE, "numaDistances",
                            "must be " + NumaLayout.LOCAL_DISTANCE + " or more everywhere, got " + d);
                }
            }
            return given;
        }
        int n = whole(domains, "numaDomains", base == null ? null : base.domains());
        if (base != null && base.domains() == n) {
            return base.distances();
        }
        int[][] matrix = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                matrix[i][j] = i == j ? NumaLayout.LOCAL_DISTANCE : DEFAULT_REMOTE_DISTANCE;
            }
        }
        return matrix;
    }

    private static int whole(Integer given, String field, Integer base) {
        Integer v = given != null ? given : base;
        InvalidFieldException.require(v != null, field, "is required without 'from' (a positive whole number)");
        InvalidFieldException.require(v > 0, field, "must be a positive whole number, got " + v);
        return v;
    }

    // A given figure (in the file's unit, scaled to SI), else the base's (already SI).
    private static double figure(Double given, double scale, String field, Double base) {
        if (given == null) {
            InvalidFieldException.require(base != null, field, "is required without 'from' (a positive number)");
            return base;
        }
        InvalidFieldException.require(given > 0 && Double.isFinite(given), field,
                "must be a positive number, got " + given);
        return given * scale;
    }

    // A given figure that may be 0 (10^9 units scaled to SI), else the base's (SI; 0 without one).
    private static double optional(Double given, String field, double base) {
        if (given == null) {
            return base;
        }
        InvalidFieldException.require(given >= 0 && Double.isFinite(given), field, "must be 0 or more, got " + given);
        return given * GIGA;
    }

    private static NodeType catalogNode(String name) {
        return HardwareCatalog.node(name).orElseThrow(() -> new InvalidFieldException("from",
                "unknown node type '" + name + "' (known: " + HardwareCatalog.nodeNames() + ")"));
    }

    private static GpuModel catalogGpu(String name) {
        return HardwareCatalog.gpu(name).orElseThrow(() -> new InvalidFieldException("gpu",
                "unknown GPU '" + name + "' (known: " + HardwareCatalog.gpuNames() + ")"));
    }
}
