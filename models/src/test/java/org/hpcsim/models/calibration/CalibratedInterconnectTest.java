package org.hpcsim.models.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hpcsim.models.network.Interconnect;
import org.hpcsim.models.network.StackKind;
import org.junit.jupiter.api.Test;

class CalibratedInterconnectTest {
    // Small messages flat (slope held at 0), a middle piece, and large messages with alpha held at
    // 0, with gaps between the measured ranges: the shapes a BIC fit of a real sweep produces.
    private static final PiecewiseLinear FIT = new PiecewiseLinear(List.of(
            new PiecewiseLinear.Piece(1, 4096, 1.5e-6, 0),
            new PiecewiseLinear.Piece(8192, 65536, 4e-6, 1 / 8e9),
            new PiecewiseLinear.Piece(131072, 4194304, 0, 1 / 11e9)));

    @Test
    void shouldTakeEveryMessageTheFitsTimeAtEverySize() {
        Interconnect net = CalibratedInterconnect.of("lab", StackKind.KERNEL_BYPASS, FIT, "calibration profile p.yaml");
        for (long bytes = 0; bytes <= 1L << 24; bytes = bytes < 16 ? bytes + 1 : bytes * 3 / 2) {
            assertTimes(net, bytes);
        }
        // Sizes in the gaps between measured ranges go with the larger piece, as the fit's model says.
        for (long bytes : new long[] {4096, 4097, 6000, 8191, 65536, 65537, 100_000, 131071, 131072}) {
            assertTimes(net, bytes);
        }
        assertEquals(1.5e-6, net.latency());
        assertEquals(11e9, net.bandwidth(), 1e-3);
        assertEquals(Long.MAX_VALUE, net.eagerThreshold(), "the fitted pieces already hold the rendezvous step");
        assertEquals(0, net.stack().perMessageOverhead(), "the measurement went through the stack");
        assertEquals(List.of(0L, 4097L, 65537L), net.bands().stream().map(b -> b.fromBytes()).toList());
    }

    @Test
    void shouldGiveCollectivesTheFirstAlphaAndTheLastBandwidth() {
        Interconnect net = CalibratedInterconnect.of("lab", StackKind.KERNEL_TCP, FIT, "p");
        assertEquals(1.5e-6, net.linkCost(1, 0).alpha(), 1e-18);
        assertEquals(1 / 11e9, net.linkCost(1, 0).beta(), 1e-22);
        assertEquals(StackKind.KERNEL_TCP, net.stack().kind());
    }

    @Test
    void shouldRefuseAFitWithoutALargeMessageBandwidth() {
        PiecewiseLinear flat = new PiecewiseLinear(List.of(new PiecewiseLinear.Piece(1, 1024, 2e-6, 0)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CalibratedInterconnect.of("lab", StackKind.KERNEL_BYPASS, flat, "p"));
        assertTrue(e.getMessage().contains("secondsPerByte is 0"), e.getMessage());
    }

    private static void assertTimes(Interconnect net, long bytes) {
        double fitted = FIT.seconds(bytes);
        assertEquals(fitted, net.messageTime(bytes, 1, 130e-9), 1e-9 * fitted, bytes + " bytes");
    }
}
