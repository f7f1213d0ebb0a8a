package org.hpcsim.scenarios.pcluster;

import java.util.List;
import org.hpcsim.scenarios.spec.HardwareSpec;
import org.hpcsim.scenarios.spec.InterconnectSpec;

/**
 * What a compute resource's {@code Efa.Enabled} and placement group mean for a scenario's hardware
 * model: the interconnect its MPI traffic takes. With EFA, the instance type's EFA interconnect of
 * the catalog (kernel bypass through libfabric); without, its ENA as TCP over 100 Gb/s Ethernet
 * (c5n.18xlarge's ENA bandwidth; the catalog's closest entry for the others, an assumption).
 * Outside a cluster placement group the interconnect adds its cross-placement latency.
 */
public final class PclusterNetwork {
    /** ENA: kernel TCP over 100 Gb/s (shared/REFERENCE.md: c5n.18xlarge, 100 Gb/s). */
    static final String ENA = "ethernet-100g-tcp";

    private PclusterNetwork() {}

    /**
     * {@code hardware} with the interconnect of {@code config}'s compute resource; a note on what
     * was chosen goes to {@code notes}.
     */
    public static HardwareSpec apply(HardwareSpec hardware, PclusterConfig config, List<String> notes) {
        ComputeResource cr = config.computeResource();
        String type = cr.instanceTypes().get(0);
        boolean grouped = config.placementGroup().enabled();
        String name = cr.efa() ? efaOf(type) : ENA;
        String o = config.origin() + ": ";
        InterconnectSpec now = hardware.interconnect();
        InterconnectSpec next;
        if (name == null) {
            notes.add(o + "EFA on " + type + ": the interconnect catalog has no EFA figures for it, so the"
                    + " scenario's hardware.interconnect stays" + (grouped ? "" : ", outside a placement group"));
            next = new InterconnectSpec(now.from(), now.latencyUs(), now.bandwidthGbps(), now.eagerThresholdBytes(),
                    now.stack(), grouped, now.profile());
        } else {
            notes.add(o + "hardware.interconnect is " + name + (cr.efa() ? " (Efa.Enabled)" : " (no EFA: ENA, TCP)")
                    + (grouped ? ", in a placement group" : ", outside a placement group")
                    + " in place of the scenario's");
            next = new InterconnectSpec(name, null, null, null, null, grouped);
        }
        return new HardwareSpec(hardware.nodeType(), next, hardware.topology(), hardware.placement(),
                hardware.fileSystemGBs(), hardware.profiles(), hardware.rules());
    }

    /** The catalog's EFA interconnect of an instance type, or null when it has none. */
    static String efaOf(String instanceType) {
        String family = instanceType.substring(0, Math.max(0, instanceType.indexOf('.')));
        return switch (family) {
            case "c5n" -> "efa-c5n";
            case "p4d" -> "efa-p4d";
            case "p5" -> "efa-p5";
            default -> null;
        };
    }
}
