package org.hpcsim.models.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InterconnectTest {
    // 1 us, 1 GB/s, rendezvous above 1000 B; from 100 B latency doubles and bandwidth halves.
    private final Interconnect net = new Interconnect("test", 1e-6, 1e9, 1000,
            List.of(MessageBand.UNIFORM, new MessageBand(100, 2, 0.5)), Stack.KERNEL_BYPASS, "test figures");
    private static final double SWITCH = 1e-7;
    private static final double EPS = 1e-15;

    @Test
    void shouldTimeASmallMessageInTheFirstBand() {
        // 1 us + 10 B / 1e9 B/s = 1.01 us; one switch adds nothing beyond the latency's own.
        assertEquals(1.01e-6, net.messageTime(10, 1, SWITCH), EPS);
    }

    @Test
    void shouldApplyTheBandOfTheMessagesSize() {
        // 100 B, 3 switches: 2 x 1 us + 2 x 0.1 us + 100 / 0.5e9 = 2 + 0.2 + 0.2 = 2.4 us.
        assertEquals(2.4e-6, net.messageTime(100, 3, SWITCH), EPS);
        assertEquals(net.bands().get(1), net.bandOf(5000));
        assertEquals(MessageBand.UNIFORM, net.bandOf(99));
    }

    @Test
    void shouldAddARoundTripAboveTheEagerThreshold() {
        // 1000 B is still eager: 2 + 0.2 + 1000 / 0.5e9 (2 us) = 4.2 us.
        assertEquals(4.2e-6, net.messageTime(1000, 3, SWITCH), EPS);
        // 2000 B: 2 + 0.2 + 4 = 6.2 us, plus RTS/CTS 2 x (1 + 0.2) = 2.4 us: 8.6 us.
        assertEquals(8.6e-6, net.messageTime(2000, 3, SWITCH), EPS);
    }

    @Test
    void shouldChargeTheTcpStacksOverheadAndShare() {
        Interconnect tcp = net.withStack(Stack.KERNEL_TCP);
        assertEquals(0.9e9, tcp.effectiveBandwidth(), 1e-3);
        // 1 us + 5 us + 10 / 0.9e9.
        assertEquals(6e-6 + 10 / 0.9e9, tcp.messageTime(10, 1, SWITCH), EPS);
        assertEquals(1e9, net.effectiveBandwidth(), 1e-3);
    }

    @Test
    void shouldGiveHockneyFiguresForCollectives() {
        // alpha = 1 us + 2 extra hops x 0.1 us; beta = 1 / (1e9 x 0.5), the largest band's.
        LinkCost c = net.linkCost(3, SWITCH);
        assertEquals(1.2e-6, c.alpha(), EPS);
        assertEquals(2e-9, c.beta(), 1e-20);
        assertEquals(0, c.gamma());
        assertEquals(1e-10, c.withGamma(1e-10).gamma());
    }

    @Test
    void shouldAddLatencyOutsideAPlacementGroup() {
        Interconnect outside = net.outsidePlacementGroup();
        assertEquals(16e-6, outside.latency(), EPS);
        assertEquals(net.bandwidth(), outside.bandwidth());
        assertTrue(outside.source().contains("assumption"));
    }

    @Test
    void shouldRejectBandsThatDoNotStartAtZeroOrAreUnsorted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Interconnect("x", 1e-6,
                1e9, 0, List.of(new MessageBand(10, 1, 1)), Stack.KERNEL_BYPASS, "s"));
        assertTrue(e.getMessage().contains("start at 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Interconnect("x", 1e-6, 1e9, 0,
                List.of(MessageBand.UNIFORM, new MessageBand(100, 1, 1), new MessageBand(50, 1, 1)),
                Stack.KERNEL_BYPASS, "s"));
        assertTrue(e.getMessage().contains("sorted"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> net.messageTime(-1, 1, SWITCH));
    }
}
