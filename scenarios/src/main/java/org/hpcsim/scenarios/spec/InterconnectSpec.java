package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hpcsim.models.network.Interconnect;
import org.hpcsim.models.network.InterconnectCatalog;
import org.hpcsim.models.network.Stack;
import org.hpcsim.models.network.StackKind;

/**
 * The interconnect a scenario names: a catalog entry, as a plain name or as {@code from} with
 * some of its figures replaced.
 *
 * @param from                the catalog entry the figures start from
 * @param latencyUs           one-way small-message latency in microseconds, or null for the entry's
 * @param bandwidthGbps       port bandwidth in Gb/s, or null for the entry's
 * @param eagerThresholdBytes the eager/rendezvous switch-over in bytes, or null for the entry's
 * @param stack               the software path, or null for the entry's
 * @param placementGroup      whether the nodes share a cluster placement group (false adds latency)
 */
public record InterconnectSpec(String from, Double latencyUs, Double bandwidthGbps, Long eagerThresholdBytes,
                               StackKind stack, boolean placementGroup) {
    /** Validates the settings. */
    public InterconnectSpec {
        InvalidFieldException.require(from != null, "from", "is required: a catalog interconnect ("
                + InterconnectCatalog.names() + ")");
        InvalidFieldException.require(InterconnectCatalog.find(from).isPresent(), "from",
                "unknown interconnect '" + from + "' (known: " + InterconnectCatalog.names() + ")");
        InvalidFieldException.require(latencyUs == null || (latencyUs >= 0 && Double.isFinite(latencyUs)), "latencyUs",
                "must be 0 or more microseconds, got " + latencyUs);
        InvalidFieldException.require(bandwidthGbps == null || (bandwidthGbps > 0 && Double.isFinite(bandwidthGbps)),
                "bandwidthGbps", "must be positive Gb/s, got " + bandwidthGbps);
        InvalidFieldException.require(eagerThresholdBytes == null || eagerThresholdBytes >= 0, "eagerThresholdBytes",
                "must be 0 or more bytes, got " + eagerThresholdBytes);
    }

    /** The catalog entry {@code name} unchanged, in a placement group. */
    public static InterconnectSpec named(String name) {
        return new InterconnectSpec(name, null, null, null, null, true);
    }

    /** The interconnect these settings describe. */
    public Interconnect resolve() {
        Interconnect base = InterconnectCatalog.find(from).orElseThrow();
        Interconnect i = base;
        if (latencyUs != null || bandwidthGbps != null || eagerThresholdBytes != null) {
            i = i.withFigures(latencyUs != null ? latencyUs / 1e6 : base.latency(),
                    bandwidthGbps != null ? Interconnect.bytesPerSecond(bandwidthGbps) : base.bandwidth(),
                    eagerThresholdBytes != null ? eagerThresholdBytes : base.eagerThreshold(),
                    base.source() + "; figures overridden by the scenario");
        }
        if (stack != null && stack != base.stack().kind()) {
            i = i.withStack(Stack.of(stack));
        }
        return placementGroup ? i : i.outsidePlacementGroup();
    }

    // A plain string in the file: the catalog name alone.
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static InterconnectSpec fromName(String name) {
        return named(name);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static InterconnectSpec fromFile(@JsonProperty("from") String from,
                                     @JsonProperty("latencyUs") Double latencyUs,
                                     @JsonProperty("bandwidthGbps") Double bandwidthGbps,
                                     @JsonProperty("eagerThresholdBytes") Long eagerThresholdBytes,
                                     @JsonProperty("stack") String stack,
                                     @JsonProperty("placementGroup") Boolean placementGroup) {
        return new InterconnectSpec(from, latencyUs, bandwidthGbps, eagerThresholdBytes, stackKind(stack),
                placementGroup == null || placementGroup);
    }

    private static StackKind stackKind(String word) {
        if (word == null) {
            return null;
        }
        return switch (word) {
            case "kernel-bypass" -> StackKind.KERNEL_BYPASS;
            case "kernel-tcp" -> StackKind.KERNEL_TCP;
            default -> throw new InvalidFieldException("stack",
                    "unknown stack '" + word + "' (allowed: kernel-bypass, kernel-tcp)");
        };
    }
}
