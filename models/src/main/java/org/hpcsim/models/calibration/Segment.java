package org.hpcsim.models.calibration;

/**
 * One piece of a piecewise Hockney model, time = alpha + bytes / bandwidth, over the measured
 * sizes from {@code fromBytes} to {@code toBytes}.
 *
 * @param fromBytes the smallest measured size in the piece
 * @param toBytes   the largest measured size in the piece
 * @param fit       the line fitted to the piece's points (intercept alpha, slope 1 / bandwidth)
 */
public record Segment(double fromBytes, double toBytes, LinearFit fit) {
    /** Hockney's alpha: the time of a message of no bytes, in seconds. */
    public double alpha() {
        return fit.intercept();
    }

    /** Seconds per byte, 1 / bandwidth; 0 where time does not grow with size. */
    public double secondsPerByte() {
        return fit.slope();
    }

    /** Bytes per second, 1 / slope; infinite where time does not grow with size. */
    public double bandwidth() {
        return fit.slope() > 0 ? 1 / fit.slope() : Double.POSITIVE_INFINITY;
    }

    /**
     * The 95% interval of the bandwidth, {low, high}, from the slope's interval (inverted, so a
     * slope interval reaching 0 gives an unbounded high end); NaNs when the slope was held at 0.
     */
    public double[] bandwidthInterval() {
        double h = fit.slopeHalfWidth();
        if (Double.isNaN(h)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double lowSlope = fit.slope() - h;
        double highSlope = fit.slope() + h;
        return new double[] {1 / highSlope, lowSlope > 0 ? 1 / lowSlope : Double.POSITIVE_INFINITY};
    }
}
