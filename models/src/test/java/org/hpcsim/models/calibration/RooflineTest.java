package org.hpcsim.models.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RooflineTest {
    private static final List<KernelResult> H100_LIKE = List.of(
            new KernelResult("copy", 1L << 27, 2.0 * 8 * (1L << 27), 0, 2.0 * 8 * (1L << 27) / 3.0e12),
            new KernelResult("triad", 1L << 27, 3.0 * 8 * (1L << 27), 2.0 * (1L << 27), 3.0 * 8 * (1L << 27) / 3.1e12),
            new KernelResult("gemm_naive", 4096, 3.0 * 4 * 4096 * 4096, 2.0 * 4096 * 4096 * 4096,
                    2.0 * 4096 * 4096 * 4096 / 2.0e12),
            new KernelResult("gemm_tiled", 4096, 3.0 * 4 * 4096 * 4096, 2.0 * 4096 * 4096 * 4096,
                    2.0 * 4096 * 4096 * 4096 / 12.0e12));

    @Test
    void shouldTakeTheBestStreamingBandwidthAndTheBestComputeRate() {
        Roofline r = Roofline.of(H100_LIKE);
        assertEquals(3.1e12, r.memoryBandwidth(), 1e3);
        assertEquals("triad", r.memoryKernel());
        assertEquals(12.0e12, r.computeFlops(), 1e3);
        assertEquals("gemm_tiled", r.computeKernel());
        assertEquals(6.0, r.tiledSpeedup(), 1e-9);
        assertEquals(1.0, r.points().get(3).efficiency(), 1e-9);
        assertEquals(2.0 / 12.0, r.points().get(2).efficiency(), 1e-9);
        assertEquals(0.1 * 3.1e12, r.attainable(0.1), 1);
        assertEquals(12.0e12, r.attainable(1000), 1);
    }

    @Test
    void shouldPredictAKernelByItsSlowerSide() {
        Roofline r = Roofline.of(H100_LIKE);
        assertEquals(H100_LIKE.get(1).seconds(), r.seconds(H100_LIKE.get(1).bytes(), H100_LIKE.get(1).flops()), 1e-15);
        assertEquals(H100_LIKE.get(3).seconds(), r.seconds(H100_LIKE.get(3).bytes(), H100_LIKE.get(3).flops()), 1e-12);
    }

    @Test
    void shouldNeedAStreamingKernel() {
        assertThrows(IllegalArgumentException.class, () -> Roofline.of(H100_LIKE.subList(2, 4)));
    }
}
