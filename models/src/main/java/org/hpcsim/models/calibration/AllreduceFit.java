package org.hpcsim.models.calibration;

/**
 * The allreduce model at one rank count: piecewise time = a + b n in the bytes per rank n (the
 * pieces are the library's algorithm switches), and, where a point-to-point fit is known, the
 * reduction cost per byte gamma implied by the largest messages. Ring and Rabenseifner allreduce
 * both cost 2 n (p - 1) / p beta + n (p - 1) / p gamma per byte, so gamma = b p / (p - 1) - 2 beta.
 *
 * @param ranks                  the rank count p
 * @param fit                    the piecewise fit and its held-out sizes
 * @param reductionSecondsPerByte gamma, seconds per byte; NaN without a point-to-point fit, with
 *                               one rank, or when the measured per-byte cost is below the
 *                               bandwidth term alone (gamma would be negative)
 */
public record AllreduceFit(int ranks, SweepFit fit, double reductionSecondsPerByte) {
    /**
     * Fits {@code sweep}; {@code pointToPoint} (may be null) gives beta as the per-byte time of its
     * largest-message piece.
     */
    public static AllreduceFit of(CollectiveSeries sweep, SegmentedRegression fitter, int holdOutEvery,
                                  Segmentation pointToPoint) {
        SweepFit fit = SweepFit.of(sweep.series(), fitter, holdOutEvery);
        int p = sweep.ranks();
        double gamma = Double.NaN;
        if (pointToPoint != null && p > 1) {
            double beta = pointToPoint.last().secondsPerByte();
            double b = fit.segmentation().last().secondsPerByte();
            double g = b * p / (p - 1) - 2 * beta;
            gamma = g > 0 ? g : Double.NaN;
        }
        return new AllreduceFit(p, fit, gamma);
    }
}
