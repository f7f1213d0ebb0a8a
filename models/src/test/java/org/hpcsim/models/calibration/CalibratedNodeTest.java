package org.hpcsim.models.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hpcsim.models.hardware.HardwareCatalog;
import org.hpcsim.models.hardware.NodeType;
import org.hpcsim.models.hardware.Precision;
import org.junit.jupiter.api.Test;

class CalibratedNodeTest {
    private static final double NAN = Double.NaN;
    private static final NodeType XEON = HardwareCatalog.node("xeon-2s").orElseThrow();
    private static final NodeType P5 = HardwareCatalog.node("p5.48xlarge").orElseThrow();

    private static NumaMatrix matrix(double[][] bandwidth, List<List<Integer>> distances) {
        return NumaMatrix.of(List.of(0, 1), bandwidth, distances);
    }

    private static Roofline roofline(double bytesPerSecond, double flops) {
        return new Roofline(bytesPerSecond, "triad", flops, "gemm_tiled", List.of(), NAN);
    }

    @Test
    void shouldMakeTheRemoteFactorTheMeasuredRemoteOverLocalBandwidth() {
        NodeType n = CalibratedNode.of(XEON, matrix(new double[][] {{100e9, 40e9}, {50e9, 120e9}},
                List.of(List.of(10, 21), List.of(21, 10))), null, "calibration profile x.yaml");
        assertEquals(110e9, n.numa().bandwidthPerDomain(), "the diagonal's mean");
        assertEquals(0.4, n.numa().remoteFactor(0, 1), 1e-12);
        // 10 x 120 / 50 = 24: the distance is rounded, so the factor is 10/24, near 50/120.
        assertEquals(10 / 24.0, n.numa().remoteFactor(1, 0), 1e-12);
        assertEquals(XEON.cores(), n.cores());
        assertTrue(n.source().startsWith(XEON.source() + "; calibration profile x.yaml: NUMA bandwidth per domain"),
                n.source());
        assertFalse(n.source().contains("unchanged"), "a CPU node takes everything from the matrix: " + n.source());
    }

    @Test
    void shouldTakeNumactlDistancesWhereNoRemoteBandwidthWasMeasured() {
        NodeType n = CalibratedNode.of(XEON, matrix(new double[][] {{100e9, NAN}, {NAN, 100e9}},
                List.of(List.of(10, 32), List.of(32, 10))), null, "p");
        assertEquals(10 / 32.0, n.numa().remoteFactor(0, 1), 1e-12);
        assertTrue(n.source().contains("NUMA distances from numactl -H"), n.source());
        NodeType kept = CalibratedNode.of(XEON, matrix(new double[][] {{100e9, NAN}, {NAN, 100e9}}, List.of()),
                null, "p");
        assertEquals(XEON.numa().remoteFactor(0, 1), kept.numa().remoteFactor(0, 1));
        assertTrue(kept.source().contains("unchanged (not in the profile): NUMA distances of 2 of 2 pairs"),
                kept.source());
    }

    @Test
    void shouldReplaceTheGpusMemoryBandwidthAndFp32WithTheAchievedRoofline() {
        NodeType n = CalibratedNode.of(P5, null, roofline(2.9e12, 45e12), "calibration profile h100.yaml");
        assertEquals(2.9e12, n.gpu().memoryBandwidth());
        assertEquals(45e12, n.gpu().peak(Precision.FP32));
        assertEquals(P5.gpu().peak(Precision.BF16), n.gpu().peak(Precision.BF16), "other precisions untouched");
        assertSame(P5.numa(), n.numa());
        assertTrue(n.source().endsWith("unchanged (not in the profile): NUMA bandwidth and distances"), n.source());
        NodeType streamOnly = CalibratedNode.of(P5, null, roofline(2.9e12, NAN), "p");
        assertEquals(P5.gpu().fp32(), streamOnly.gpu().fp32());
        assertTrue(streamOnly.source().contains("GPU FP32 (no GEMM in the profile)"), streamOnly.source());
    }

    @Test
    void shouldRefuseAMatrixOfAnotherNumberOfDomains() {
        NumaMatrix four = NumaMatrix.of(List.of(0, 1, 2, 3), new double[4][4], List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CalibratedNode.of(XEON, four, null, "p"));
        assertTrue(e.getMessage().contains("covers 4 nodes but the node type has 2 domains"), e.getMessage());
    }
}
