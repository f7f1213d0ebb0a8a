package org.hpcsim.models.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The peaks and bandwidths a roofline takes from the catalog's GPUs. */
class GpuModelPeakTest {
    @Test
    void shouldGiveTheH100sDatasheetPeaksPerPrecision() {
        GpuModel h100 = gpu("H100-80GB");
        assertEquals(34e12, h100.peak(Precision.FP64), 1);
        assertEquals(67e12, h100.peak(Precision.FP64_TENSOR), 1);
        assertEquals(67e12, h100.peak(Precision.FP32), 1);
        assertEquals(989e12, h100.peak(Precision.BF16), 1);
        assertEquals(3.35e12, h100.memoryBandwidth(), 1);
        assertEquals(900e9, h100.nvlinkBandwidth(), 1);
    }

    @Test
    void shouldGiveBothA100sTheSameComputeAndDifferentMemory() {
        GpuModel small = gpu("A100-40GB");
        GpuModel large = gpu("A100-80GB");
        for (Precision p : Precision.values()) {
            assertEquals(small.peak(p), large.peak(p), 1);
        }
        assertEquals(9.7e12, small.peak(Precision.FP64), 1);
        assertEquals(312e12, small.peak(Precision.BF16), 1);
        assertEquals(1555e9, small.memoryBandwidth(), 1);
        assertEquals(2039e9, large.memoryBandwidth(), 1);
        assertEquals(40e9, small.memoryBytes(), 1);
    }

    @Test
    void shouldGiveTheH200MoreMemoryAndTheH100sCompute() {
        GpuModel h200 = gpu("H200-141GB");
        for (Precision p : Precision.values()) {
            assertEquals(gpu("H100-80GB").peak(p), h200.peak(p), 1);
        }
        assertEquals(141e9, h200.memoryBytes(), 1);
        assertEquals(4.8e12, h200.memoryBandwidth(), 1);
    }

    @Test
    void shouldMakeFp64OnTheTpuFarSlowerThanItsBf16() {
        GpuModel tpu = gpu("TPU-v5p");
        assertEquals(459e12, tpu.peak(Precision.BF16), 1);
        assertEquals(2765e9, tpu.memoryBandwidth(), 1);
        assertEquals(tpu.fp64(), tpu.fp64Tensor());
        assertTrue(tpu.peak(Precision.FP64) < tpu.peak(Precision.BF16) / 100);
    }

    private static GpuModel gpu(String name) {
        return HardwareCatalog.gpu(name).orElseThrow();
    }
}
