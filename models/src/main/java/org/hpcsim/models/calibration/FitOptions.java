package org.hpcsim.models.calibration;

/**
 * How to fit.
 *
 * @param maxSegments  most pieces of a piecewise model (1: one straight line)
 * @param minPoints    fewest measured points per piece
 * @param holdOutEvery hold every n-th size out of each fit for checking; 0 holds none out
 * @param logGp        also fit the LogGP model (Levenberg-Marquardt)
 */
public record FitOptions(int maxSegments, int minPoints, int holdOutEvery, boolean logGp) {
    /** Default stride of held-out sizes: a quarter of the sizes, about five of OSU's 23. */
    public static final int DEFAULT_HOLD_OUT_EVERY = 4;

    /** Checks the limits. */
    public FitOptions {
        if (maxSegments < 1 || minPoints < LinearFit.MIN_POINTS || holdOutEvery < 0) {
            throw new IllegalArgumentException("need maxSegments >= 1, minPoints >= " + LinearFit.MIN_POINTS
                    + ", holdOutEvery >= 0");
        }
    }

    /** The defaults: up to three pieces of four points, every fourth size held out, no LogGP. */
    public static FitOptions defaults() {
        return new FitOptions(SegmentedRegression.DEFAULT_MAX_SEGMENTS, SegmentedRegression.DEFAULT_MIN_POINTS,
                DEFAULT_HOLD_OUT_EVERY, false);
    }

    /** The piecewise fitter these options ask for. */
    public SegmentedRegression fitter() {
        return new SegmentedRegression(maxSegments, minPoints);
    }
}
