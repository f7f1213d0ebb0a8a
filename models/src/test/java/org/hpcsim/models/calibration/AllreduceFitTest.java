package org.hpcsim.models.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllreduceFitTest {
    @Test
    void shouldInferTheReductionCostFromTheRingTermAndThePointToPointBandwidth() {
        int p = 4;
        double alpha = 2e-6;
        double beta = 1e-10; // 10 GB/s
        double gamma = 5e-11; // 20 GB/s of summing
        List<Double> sizes = new ArrayList<>();
        for (long s = 4; s <= 1L << 22; s *= 2) {
            sizes.add((double) s);
        }
        Series ring = Synthetic.multiplicative("allreduce", sizes,
                n -> 2 * (p - 1) * alpha + 2.0 * n * (p - 1) / p * beta + n * (p - 1.0) / p * gamma, 0.005, 4);
        Series p2p = Synthetic.multiplicative("latency", Synthetic.osuSizes(), m -> 1e-6 + m * beta, 0.005, 5);
        Segmentation pointToPoint = SegmentedRegression.standard().fit(p2p);
        AllreduceFit f = AllreduceFit.of(new CollectiveSeries(p, ring), SegmentedRegression.standard(), 0, pointToPoint);
        assertEquals(1, f.fit().segmentation().segments().size());
        assertEquals(2 * (p - 1) * alpha, f.fit().segmentation().last().alpha(), 0.05 * 2 * (p - 1) * alpha);
        assertEquals(gamma, f.reductionSecondsPerByte(), 0.1 * gamma);
    }

    @Test
    void shouldLeaveGammaUnknownWithoutAPointToPointFit() {
        Series s = Synthetic.multiplicative("a", Synthetic.osuSizes().subList(3, 24), n -> 1e-6 + n * 1e-10, 0.01, 1);
        assertTrue(Double.isNaN(AllreduceFit.of(new CollectiveSeries(2, s), SegmentedRegression.standard(), 4, null)
                .reductionSecondsPerByte()));
    }
}
