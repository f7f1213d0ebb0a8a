package org.hpcsim.models.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalibrationFitterTest {
    private static final Series LATENCY = Synthetic.multiplicative("osu_latency.txt", Synthetic.osuSizes(),
            Synthetic.twoPieces(1.5e-6, 10e9, 8192, 6e-6, 12e9), 0.01, 7);
    private static final Series BANDWIDTH = Synthetic.multiplicative("osu_bw.txt", Synthetic.osuSizes().subList(1, 24),
            m -> LogGp.bandwidth(4e-7, 1 / 12e9, m), 0.01, 8);

    private static Measurements measurements() {
        return new Measurements(Map.of("cpu", "test"), List.of("osu_latency.txt", "osu_bw.txt"), List.of(LATENCY),
                List.of(BANDWIDTH), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void shouldHoldEveryFourthSizeOutAndPredictItWithinTheNoise() {
        CalibrationProfile p = CalibrationFitter.fit(measurements(), new FitOptions(3, 4, 4, true));
        assertEquals(List.of(2.0, 32.0, 512.0, 8192.0, 131072.0, 2097152.0), p.pointToPoint().heldOutBytes());
        assertEquals(24 - 6, p.pointToPoint().segmentation().quality().points());
        // With 8 KiB held out the fit sees the switch between 4 and 16 KiB, and puts 8 KiB after it.
        assertEquals(4096, p.pointToPoint().segmentation().segments().get(0).toBytes());
        assertNotNull(p.logGp());
        assertFalse(p.bandwidthHeldOutBytes().isEmpty());
        PredictionCheck check = PredictionCheck.of(measurements(), p.models());
        PredictionCheck.Summary latency = check.summaries().get(0);
        assertEquals("latency", latency.benchmark());
        assertEquals(24, latency.points());
        assertEquals(6, latency.heldOutPoints());
        for (PredictionError e : check.errors()) {
            if (e.benchmark().equals("latency") && e.heldOut()) {
                double expected = e.bytes() == 8192 ? (6e-6 + 8192 / 12e9) / (1.5e-6 + 8192 / 10e9) - 1 : 0;
                assertEquals(expected, e.relativeError(), 0.04, "held out " + e.bytes());
            }
        }
        assertEquals("bandwidth", check.summaries().get(1).benchmark());
        assertTrue(check.notes().isEmpty(), check.notes().toString());
    }

    @Test
    void shouldNoteWhatItCannotFit() {
        Measurements bwOnly = new Measurements(Map.of(), List.of("osu_bw.txt"), List.of(), List.of(BANDWIDTH),
                List.of(), List.of(), List.of(), List.of(), List.of());
        CalibrationProfile p = CalibrationFitter.fit(bwOnly, new FitOptions(3, 4, 4, true));
        assertNull(p.pointToPoint());
        assertNull(p.logGp());
        assertEquals(List.of("no ping-pong latency measured: no point-to-point model",
                "LogGP needs a point-to-point latency fit"), p.notes());
        PredictionCheck check = PredictionCheck.of(bwOnly, p.models());
        assertTrue(check.errors().isEmpty());
        assertTrue(check.notes().get(0).startsWith("bandwidth: the profile has no streaming-bandwidth model"));
    }

    @Test
    void shouldCheckAnAllreduceAtOtherRanksAsMissing() {
        Series s = Synthetic.multiplicative("allreduce", Synthetic.osuSizes().subList(3, 24), n -> 1e-6 + n * 1e-10,
                0.01, 1);
        Measurements two = new Measurements(Map.of(), List.of(), List.of(), List.of(),
                List.of(new CollectiveSeries(2, s)), List.of(), List.of(), List.of(), List.of());
        Measurements four = new Measurements(Map.of(), List.of(), List.of(), List.of(),
                List.of(new CollectiveSeries(4, s)), List.of(), List.of(), List.of(), List.of());
        CalibrationProfile p = CalibrationFitter.fit(two, FitOptions.defaults());
        assertEquals(1, p.allreduce().size());
        PredictionCheck check = PredictionCheck.of(four, p.models());
        assertEquals(List.of("allreduce 4 ranks: the profile has no allreduce model for 4 ranks (it has [2])"),
                check.notes());
    }
}
