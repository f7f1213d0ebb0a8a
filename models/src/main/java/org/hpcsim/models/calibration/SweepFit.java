package org.hpcsim.models.calibration;

import java.util.List;

/**
 * A piecewise fit of one size sweep (point-to-point latency, a collective, a host-device copy) and
 * the sizes that were held out of it for checking.
 *
 * @param source       where the measurements came from
 * @param segmentation the fitted pieces
 * @param heldOutBytes sizes left out of the fit
 */
public record SweepFit(String source, Segmentation segmentation, List<Double> heldOutBytes) {
    /** Copies the list. */
    public SweepFit {
        heldOutBytes = List.copyOf(heldOutBytes);
    }

    /** Fits {@code series} without its held-out sizes (every {@code holdOutEvery}-th; 0 keeps all). */
    public static SweepFit of(Series series, SegmentedRegression fitter, int holdOutEvery) {
        List<Double> held = HoldOut.sizes(series, holdOutEvery);
        return new SweepFit(series.source(), fitter.fit(HoldOut.without(series, held)), held);
    }

    /** The prediction model with its held-out sizes. */
    public CalibratedSweep calibrated() {
        return new CalibratedSweep(segmentation.model(), heldOutBytes);
    }
}
