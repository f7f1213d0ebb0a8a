package org.hpcsim.models.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The uniform MIG layouts of each GPU, as shared/REFERENCE.md lists them. */
class MigLayoutTest {
    @Test
    void shouldSplitTheA100Of40GbAsNvidiaLists() {
        assertEquals(Map.of("1g.5gb", 7, "2g.10gb", 3, "3g.20gb", 2, "4g.20gb", 1, "7g.40gb", 1), layout("A100-40GB"));
    }

    @Test
    void shouldSplitThe80GbPartsAlike() {
        Map<String, Integer> expected = Map.of("1g.10gb", 7, "1g.20gb", 4, "2g.20gb", 3, "3g.40gb", 2,
                "4g.40gb", 1, "7g.80gb", 1);
        assertEquals(expected, layout("A100-80GB"));
        assertEquals(expected, layout("H100-80GB"));
    }

    @Test
    void shouldSplitTheH200As141Gb() {
        assertEquals(Map.of("1g.18gb", 7, "1g.35gb", 4, "2g.35gb", 3, "3g.71gb", 2, "4g.71gb", 1, "7g.141gb", 1),
                layout("H200-141GB"));
    }

    @Test
    void shouldGiveTheTpuNoMig() {
        assertTrue(gpu("TPU-v5p").migProfiles().isEmpty());
    }

    @Test
    void shouldTakeComputeAndMemorySlicesAndBytesFromTheProfileName() {
        MigProfile p = gpu("A100-80GB").mig("3g.40gb").orElseThrow();
        assertEquals(3, p.computeSlices());
        assertEquals(4, p.memorySlices());
        assertEquals(40_000_000_000L, p.memoryBytes());
        assertEquals(3 / 7.0, p.computeFraction(), 1e-12);
        assertEquals(0.5, p.bandwidthFraction(), 1e-12);
        assertEquals(2, gpu("H200-141GB").mig("1g.35gb").orElseThrow().memorySlices());
        assertEquals(1.0, gpu("A100-40GB").mig("7g.40gb").orElseThrow().bandwidthFraction(), 1e-12);
    }

    @Test
    void shouldFitEveryUniformLayoutInOneGpu() {
        for (GpuModel g : HardwareCatalog.gpus()) {
            for (MigProfile p : g.migProfiles()) {
                String what = g.name() + " " + p.name();
                assertTrue(p.maxInstances() * p.computeSlices() <= MigProfile.COMPUTE_SLICES, what);
                assertTrue(p.maxInstances() * p.memorySlices() <= MigProfile.MEMORY_SLICES, what);
                assertTrue(p.memoryBytes() <= g.memoryBytes(), what);
            }
        }
    }

    private static GpuModel gpu(String name) {
        return HardwareCatalog.gpu(name).orElseThrow();
    }

    private static Map<String, Integer> layout(String gpu) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        gpu(gpu).migProfiles().forEach(p -> counts.put(p.name(), p.maxInstances()));
        return counts;
    }
}
