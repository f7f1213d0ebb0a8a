package org.hpcsim.scenarios.hardware;

import org.hpcsim.models.platform.PlacementPolicy;
import org.hpcsim.scenarios.spec.HardwareSpec;
import org.hpcsim.scenarios.spec.InterconnectSpec;

/** Variations of a hardware block for tests. */
final class Hardware {
    private Hardware() {}

    static HardwareSpec withInterconnect(HardwareSpec h, String name) {
        return new HardwareSpec(h.nodeType(), InterconnectSpec.named(name), h.topology(), h.placement(),
                h.fileSystemGBs(), h.profiles(), h.rules());
    }

    static HardwareSpec withPlacement(HardwareSpec h, String word) {
        return new HardwareSpec(h.nodeType(), h.interconnect(), h.topology(), PlacementPolicy.valueOf(word.toUpperCase(
                java.util.Locale.ROOT)), h.fileSystemGBs(), h.profiles(), h.rules());
    }
}
