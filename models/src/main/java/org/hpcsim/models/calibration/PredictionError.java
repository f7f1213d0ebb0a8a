package org.hpcsim.models.calibration;

/**
 * A model's prediction of one measurement.
 *
 * @param benchmark what was measured (e.g. "latency", "allreduce 4 ranks", "h2d")
 * @param bytes     the size
 * @param measured  the measured value
 * @param predicted the model's value
 * @param heldOut   whether the size was held out of the fit
 */
public record PredictionError(String benchmark, double bytes, double measured, double predicted, boolean heldOut) {
    /** (predicted - measured) / measured: positive when the model is slow (or, for bandwidth, fast). */
    public double relativeError() {
        return (predicted - measured) / measured;
    }
}
