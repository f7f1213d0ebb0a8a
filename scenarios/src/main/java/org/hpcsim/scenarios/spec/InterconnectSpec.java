package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import org.hpcsim.models.network.Interconnect;
import org.hpcsim.models.network.InterconnectCatalog;
import org.hpcsim.models.network.Stack;
import org.hpcsim.models.network.StackKind;
import org.hpcsim.scenarios.calibration.ProfileHardware;

/**
 * The interconnect a scenario names: a catalog entry, as a plain name or as {@code from} with
 * some of its figures replaced; or a calibration profile's point-to-point fit ({@code profile}),
 * which takes only its name and stack label from {@code from} when given, the overrides applying on
 * top. The profile is read when the platform is built, relative to the scenario's folder.
 *
 * @param from                the catalog entry the figures start from, or null with a profile
 * @param latencyUs           one-way small-message latency in microseconds, or null for the entry's
 * @param bandwidthGbps       port bandwidth in Gb/s, or null for the entry's
 * @param eagerThresholdBytes the eager/rendezvous switch-over in bytes, or null for the entry's
 * @param stack               the software path, or null for the entry's
 * @param placementGroup      whether the nodes share a cluster placement group (false adds latency)
 * @param profile             a calibration profile file, as the scenario writes it, or null
 */
public record InterconnectSpec(String from, Double latencyUs, Double bandwidthGbps, Long eagerThresholdBytes,
                               StackKind stack, boolean placementGroup, String profile) {
    /** Validates the settings. */
    public InterconnectSpec {
        InvalidFieldException.require(from != null || profile != null, "from", "is required: a catalog interconnect ("
                + InterconnectCatalog.names() + "), or give profile: a calibration profile file");
        InvalidFieldException.require(profile == null || !profile.isBlank(), "profile",
                "must name a calibration profile file (written by 'hpcsim calibrate fit')");
        InvalidFieldException.require(from == null || InterconnectCatalog.find(from).isPresent(), "from",
                "unknown interconnect '" + from + "' (known: " + InterconnectCatalog.names() + ")");
        InvalidFieldException.require(latencyUs == null || (latencyUs >= 0 && Double.isFinite(latencyUs)), "latencyUs",
                "must be 0 or more microseconds, got " + latencyUs);
        InvalidFieldException.require(bandwidthGbps == null || (bandwidthGbps > 0 && Double.isFinite(bandwidthGbps)),
                "bandwidthGbps", "must be positive Gb/s, got " + bandwidthGbps);
        InvalidFieldException.require(eagerThresholdBytes == null || eagerThresholdBytes >= 0, "eagerThresholdBytes",
                "must be 0 or more bytes, got " + eagerThresholdBytes);
    }

    /** Settings without a calibration profile. */
    public InterconnectSpec(String from, Double latencyUs, Double bandwidthGbps, Long eagerThresholdBytes,
                            StackKind stack, boolean placementGroup) {
        this(from, latencyUs, bandwidthGbps, eagerThresholdBytes, stack, placementGroup, null);
    }

    /** The catalog entry {@code name} unchanged, in a placement group. */
    public static InterconnectSpec named(String name) {
        return new InterconnectSpec(name, null, null, null, null, true);
    }

    /** The interconnect these settings describe, a profile path taken from the working directory. */
    public Interconnect resolve() {
        return resolve(Path.of(""));
    }

    /**
     * The interconnect these settings describe, a profile path taken from {@code baseDir} (the
     * scenario file's folder); a profile that cannot be read or has no point-to-point fit is a
     * one-line {@code ScenarioException} naming the file.
     */
    public Interconnect resolve(Path baseDir) {
        Interconnect entry = from == null ? null : InterconnectCatalog.find(from).orElseThrow();
        Interconnect base;
        if (profile == null) {
            base = entry;
        } else {
            // The measurement went through the stack, so a stack only labels the kind and adds nothing.
            StackKind kind = stack != null ? stack : entry != null ? entry.stack().kind() : StackKind.KERNEL_BYPASS;
            base = ProfileHardware.interconnect(baseDir.resolve(profile), profile, from != null ? from : profile, kind);
        }
        Interconnect i = base;
        if (latencyUs != null || bandwidthGbps != null || eagerThresholdBytes != null) {
            i = i.withFigures(latencyUs != null ? latencyUs / 1e6 : base.latency(),
                    bandwidthGbps != null ? Interconnect.bytesPerSecond(bandwidthGbps) : base.bandwidth(),
                    eagerThresholdBytes != null ? eagerThresholdBytes : base.eagerThreshold(),
                    base.source() + "; figures overridden by the scenario");
        }
        if (profile == null && stack != null && stack != base.stack().kind()) {
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
                                     @JsonProperty("placementGroup") Boolean placementGroup,
                                     @JsonProperty("profile") String profile) {
        return new InterconnectSpec(from, latencyUs, bandwidthGbps, eagerThresholdBytes, stackKind(stack),
                placementGroup == null || placementGroup, profile);
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
