package org.hpcsim.models.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogGpFitterTest {
    // L + 2o = 2 us, G = 0.1 ns/byte (10 GB/s), g = 0.5 us per message, rendezvous above 64 KiB.
    private static final double LATENCY = 2e-6;
    private static final double GAP_PER_BYTE = 1e-10;
    private static final double GAP = 5e-7;
    private static final double RENDEZVOUS = 65536;

    private static Series latency(double noise, long seed) {
        return Synthetic.multiplicative("latency", Synthetic.osuSizes(),
                m -> LogGp.seconds(LATENCY, GAP_PER_BYTE, RENDEZVOUS, m), noise, seed);
    }

    private static Series bandwidth(double noise, long seed) {
        return Synthetic.multiplicative("bandwidth", Synthetic.osuSizes().subList(1, 24),
                m -> LogGp.bandwidth(GAP, GAP_PER_BYTE, m), noise, seed);
    }

    @Test
    void shouldRecoverLogGpParametersAndTheRendezvousSwitch() {
        LogGp f = LogGpFitter.fit(latency(0.01, 5), bandwidth(0.01, 6));
        assertEquals(RENDEZVOUS, f.rendezvousBytes());
        assertEquals(LATENCY, f.latency(), 0.03 * LATENCY);
        assertEquals(GAP_PER_BYTE, f.gapPerByte(), 0.03 * GAP_PER_BYTE);
        assertEquals(GAP, f.gap(), 0.05 * GAP);
        assertTrue(f.latencyInterval()[0] <= LATENCY && LATENCY <= f.latencyInterval()[1]);
        assertTrue(f.gapPerByteInterval()[0] <= GAP_PER_BYTE && GAP_PER_BYTE <= f.gapPerByteInterval()[1]);
        assertTrue(f.gapInterval()[0] <= GAP && GAP <= f.gapInterval()[1]);
        assertTrue(f.latencyQuality().r2() > 0.999);
        assertTrue(f.bandwidthQuality().meanRelativeError() < 0.02);
    }

    @Test
    void shouldScaleTheCovarianceByTheResidualVariance() {
        // Unscaled, (J^T J)^-1 of relative residuals gives intervals of tens of percent whatever
        // the noise; scaled, they shrink with it.
        LogGp quiet = LogGpFitter.fit(latency(0.001, 1), bandwidth(0.001, 2));
        LogGp noisy = LogGpFitter.fit(latency(0.02, 1), bandwidth(0.02, 2));
        double quietWidth = quiet.latencyInterval()[1] / quiet.latencyInterval()[0] - 1;
        double noisyWidth = noisy.latencyInterval()[1] / noisy.latencyInterval()[0] - 1;
        assertTrue(quietWidth < 0.005, "quiet interval " + quietWidth);
        assertEquals(20, noisyWidth / quietWidth, 8, "interval width follows the noise: " + noisyWidth + " vs " + quietWidth);
    }

    @Test
    void shouldFitWithoutBandwidthAndLeaveTheGapUnknown() {
        LogGp f = LogGpFitter.fit(latency(0.01, 9), null);
        assertTrue(Double.isNaN(f.gap()));
        assertNull(f.bandwidthQuality());
        assertEquals(LATENCY, f.latency(), 0.03 * LATENCY);
        assertTrue(Double.isNaN(f.bandwidth(1024)));
    }

    @Test
    void shouldFindNoSwitchWhereThereIsNone() {
        Series plain = Synthetic.multiplicative("plain", Synthetic.osuSizes(), m -> LogGp.seconds(LATENCY, GAP_PER_BYTE,
                0, m), 0.01, 3);
        assertEquals(0, LogGpFitter.fit(plain, null).rendezvousBytes());
    }

    @Test
    void shouldRefuseNonPositiveTimings() {
        Series bad = new Series("bad", List.of(new Point(1, 1e-6), new Point(2, 0), new Point(4, 1e-6),
                new Point(8, 1e-6)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LogGpFitter.fit(bad, null));
        assertTrue(e.getMessage().startsWith("bad: LogGP needs positive"), e.getMessage());
    }
}
