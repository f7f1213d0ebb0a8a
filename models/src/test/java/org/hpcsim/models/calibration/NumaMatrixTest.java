package org.hpcsim.models.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumaMatrixTest {
    private static NumaTriad triad(int cpu, int memory, double bytesPerSecond) {
        double bytes = 24.0 * (1 << 25);
        return new NumaTriad(cpu, memory, new KernelResult("triad", 1 << 25, bytes, 2.0 * (1 << 25),
                bytes / bytesPerSecond));
    }

    @Test
    void shouldRelateEachRowToItsLocalBandwidth() {
        NumaMatrix m = NumaMatrix.of(List.of(triad(0, 0, 100e9), triad(0, 1, 60e9), triad(1, 0, 55e9),
                triad(1, 1, 110e9)), List.of(List.of(10, 21), List.of(21, 10)));
        assertEquals(List.of(0, 1), m.nodes());
        assertEquals(60e9, m.bandwidth()[0][1], 1);
        assertEquals(0.6, m.relative()[0][1], 1e-9);
        assertEquals(0.5, m.relative()[1][0], 1e-9);
        assertEquals(0.55, m.meanRemoteRatio(), 1e-9);
        assertEquals(21, m.distances().get(0).get(1));
    }

    @Test
    void shouldLeaveUnmeasuredPairsEmpty() {
        NumaMatrix m = NumaMatrix.of(List.of(triad(0, 0, 100e9), triad(2, 2, 90e9)), List.of());
        assertEquals(List.of(0, 2), m.nodes());
        assertTrue(Double.isNaN(m.bandwidth()[0][1]));
        assertTrue(Double.isNaN(m.meanRemoteRatio()));
    }
}
