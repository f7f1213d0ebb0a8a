package org.hpcsim.models.calibration;

import java.util.List;

/**
 * A calibrated piecewise model as a profile stores it: what predicts, and which sizes it never saw.
 *
 * @param model        the prediction model
 * @param heldOutBytes sizes held out of the fit
 */
public record CalibratedSweep(PiecewiseLinear model, List<Double> heldOutBytes) {
    /** Copies the list. */
    public CalibratedSweep {
        heldOutBytes = List.copyOf(heldOutBytes);
    }
}
