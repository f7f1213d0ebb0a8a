package org.hpcsim.models.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Whole-node sums (cores, memory, bandwidth, FLOP/s) of the catalog's node types. */
class NodeTypeCatalogTest {
    private static final long GIB = 1L << 30;

    @Test
    void shouldAddUpTheC5nsTwoSockets() {
        NodeType c5n = node("c5n.18xlarge");
        assertEquals(36, c5n.cores());
        assertEquals(2, c5n.numa().domains());
        assertEquals(192 * GIB, c5n.memoryBytes());
        assertEquals(2 * 6 * 2666e6 * 8, c5n.memoryBandwidth(), 1);
        assertEquals(36 * 32 * 3.0e9, c5n.cpuFlops(), 1);
        assertEquals(12.5e9, c5n.nicBandwidth(), 1);
        assertEquals(0, c5n.gpus());
    }

    @Test
    void shouldAddUpTheP5sHostAndDisks() {
        NodeType p5 = node("p5.48xlarge");
        assertEquals(96, p5.cores());
        assertEquals(2048 * GIB, p5.memoryBytes());
        assertEquals(2 * 204.8e9, p5.memoryBandwidth(), 1);
        assertEquals(400e9, p5.nicBandwidth(), 1);
        assertEquals(30.72e12, p5.scratchBytes(), 1);
        assertEquals(8, p5.gpus());
    }

    @Test
    void shouldSizeTheOtherNodesAsTheirSpecificationsSay() {
        assertEquals(192, node("hpc7a.96xlarge").cores());
        assertEquals(768 * GIB, node("hpc7a.96xlarge").memoryBytes());
        assertEquals(2 * 460.8e9, node("hpc7a.96xlarge").memoryBandwidth(), 1);
        assertEquals(48, node("p4d.24xlarge").cores());
        assertEquals(1152 * GIB, node("p4d.24xlarge").memoryBytes());
        assertEquals(128, node("epyc-2s").cores());
        assertEquals(80, node("xeon-2s").cores());
        assertEquals(448e9, node("tpu-v5p-host").memoryBytes(), 1);
    }

    @Test
    void shouldUseIntelAndAmdRemoteDistances() {
        assertEquals(21, node("xeon-2s").numa().distances()[0][1]);
        assertEquals(32, node("epyc-2s").numa().distances()[1][0]);
    }

    private static NodeType node(String name) {
        return HardwareCatalog.node(name).orElseThrow();
    }
}
