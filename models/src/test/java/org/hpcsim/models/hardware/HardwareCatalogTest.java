package org.hpcsim.models.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Looking up the built-in GPUs and node types by name, and the lists error messages show. */
class HardwareCatalogTest {
    @Test
    void shouldFindEveryListedGpuByItsName() {
        assertEquals("A100-40GB, A100-80GB, H100-80GB, H200-141GB, TPU-v5p", HardwareCatalog.gpuNames());
        for (GpuModel g : HardwareCatalog.gpus()) {
            assertEquals(g, HardwareCatalog.gpu(g.name()).orElseThrow());
        }
    }

    @Test
    void shouldFindEveryListedNodeTypeByItsName() {
        assertEquals("c5n.18xlarge, hpc7a.96xlarge, p4d.24xlarge, p5.48xlarge, epyc-2s, xeon-2s, tpu-v5p-host",
                HardwareCatalog.nodeNames());
        for (NodeType n : HardwareCatalog.nodes()) {
            assertEquals(n, HardwareCatalog.node(n.name()).orElseThrow());
        }
    }

    @Test
    void shouldFindNothingForAnUnknownOrMiscasedName() {
        assertTrue(HardwareCatalog.gpu("V100").isEmpty());
        assertTrue(HardwareCatalog.gpu("h100-80gb").isEmpty());
        assertTrue(HardwareCatalog.node("p5.4xlarge").isEmpty());
    }

    @Test
    void shouldNameASourceForEveryEntry() {
        HardwareCatalog.gpus().forEach(g -> assertFalse(g.source().isBlank(), g.name()));
        HardwareCatalog.nodes().forEach(n -> assertFalse(n.source().isBlank(), n.name()));
    }

    @Test
    void shouldPutTheNamedAcceleratorsInTheAcceleratedNodes() {
        assertEquals(List.of("A100-40GB", 8), gpuOf("p4d.24xlarge"));
        assertEquals(List.of("H100-80GB", 8), gpuOf("p5.48xlarge"));
        assertEquals(List.of("TPU-v5p", 4), gpuOf("tpu-v5p-host"));
    }

    private static List<Object> gpuOf(String node) {
        NodeType n = HardwareCatalog.node(node).orElseThrow();
        return List.of(n.gpu().name(), n.gpus());
    }
}
