package org.hpcsim.models.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentedRegressionTest {
    // Eager up to 8 KiB at 1.5 us and 10 GB/s; rendezvous from 16 KiB at 6 us and 12 GB/s.
    private static final Series EAGER_RENDEZVOUS = Synthetic.multiplicative("synthetic", Synthetic.osuSizes(),
            Synthetic.twoPieces(1.5e-6, 10e9, 8192, 6e-6, 12e9), 0.01, 7);

    @Test
    void shouldRecoverAlphaBetaAndTheBreakpointFromNoisyMeasurements() {
        Segmentation s = SegmentedRegression.standard().fit(EAGER_RENDEZVOUS);
        assertEquals(2, s.segments().size(), "BIC chooses two pieces: " + s.bicBySegments());
        assertArrayEquals(new double[] {8192}, s.breakpoints(), "messages above 8 KiB go by rendezvous");
        Segment eager = s.segments().get(0);
        Segment rendezvous = s.segments().get(1);
        assertEquals(8192, eager.toBytes());
        assertEquals(1.5e-6, eager.alpha(), 0.05 * 1.5e-6);
        assertEquals(10e9, eager.bandwidth(), 0.10 * 10e9);
        assertEquals(12e9, rendezvous.bandwidth(), 0.03 * 12e9);
        assertEquals(6e-6, rendezvous.alpha(), 0.5 * 6e-6);
        assertTrue(Math.abs(eager.alpha() - 1.5e-6) <= eager.fit().interceptHalfWidth(), "alpha inside its 95% interval");
        double[] bw = rendezvous.bandwidthInterval();
        assertTrue(bw[0] <= 12e9 && 12e9 <= bw[1], "bandwidth inside its interval " + bw[0] + ".." + bw[1]);
        assertTrue(rendezvous.fit().quality().r2() > 0.999);
        assertTrue(s.quality().meanRelativeError() < 0.02, "about the noise: " + s.quality());
    }

    @Test
    void shouldKeepOneLineWhenTheDataHaveNoSwitch() {
        Series line = Synthetic.multiplicative("line", Synthetic.osuSizes(), b -> 2e-6 + b / 5e9, 0.01, 11);
        Segmentation s = SegmentedRegression.standard().fit(line);
        assertEquals(1, s.segments().size(), "BIC: " + s.bicBySegments());
        assertEquals(5e9, s.last().bandwidth(), 0.02 * 5e9);
    }

    @Test
    void shouldFindThreePiecesWhenThereAreThree() {
        Series three = Synthetic.multiplicative("three", Synthetic.osuSizes(), b -> b <= 1024 ? 1e-6 + b / 2e9
                : b <= 65536 ? 3e-6 + b / 6e9 : 2e-5 + b / 9e9, 0.005, 3);
        Segmentation s = SegmentedRegression.standard().fit(three);
        assertArrayEquals(new double[] {1024, 65536}, s.breakpoints());
    }

    @Test
    void shouldPredictEachSizeWithThePieceItWasFittedIn() {
        Segmentation s = SegmentedRegression.standard().fit(EAGER_RENDEZVOUS);
        PiecewiseLinear model = s.model();
        assertEquals(s.segments().get(0).fit().predict(8192), model.seconds(8192), 1e-18);
        assertEquals(s.segments().get(1).fit().predict(16384), model.seconds(16384), 1e-18);
        assertEquals(s.segments().get(1).fit().predict(12000), model.seconds(12000), 1e-18,
                "between the pieces a size goes with the larger messages");
        assertEquals(s.segments().get(1).fit().predict(1 << 24), model.seconds(1 << 24), 1e-15);
    }

    @Test
    void shouldRefuseTooFewPoints() {
        Series tiny = new Series("tiny", List.of(new Point(1, 1e-6), new Point(2, 1e-6), new Point(4, 1.1e-6)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SegmentedRegression.standard().fit(tiny));
        assertTrue(e.getMessage().startsWith("tiny: 3 measurements"), e.getMessage());
    }

    @Test
    void shouldNeverSplitReplicatesOfOneSize() {
        Series a = Synthetic.multiplicative("a", Synthetic.osuSizes(), Synthetic.twoPieces(1.5e-6, 10e9, 8192, 6e-6,
                12e9), 0.01, 1);
        Series b = Synthetic.multiplicative("b", Synthetic.osuSizes(), Synthetic.twoPieces(1.5e-6, 10e9, 8192, 6e-6,
                12e9), 0.01, 2);
        Segmentation s = SegmentedRegression.standard().fit(Series.merge("a+b", List.of(a, b)));
        assertArrayEquals(new double[] {8192}, s.breakpoints());
        assertEquals(48, s.quality().points());
    }
}
