package org.hpcsim.models.calibration;

import java.util.List;

/**
 * The result of a segmented fit: the pieces chosen by BIC, the BIC of every number of pieces tried,
 * and the quality of the whole model on the fitted points.
 *
 * @param segments        the pieces, ascending in size
 * @param bicBySegments   BIC of the best split into 1, 2, ... pieces (NaN where too few points)
 * @param quality         R^2, RMSE and relative errors of the piecewise model on all fitted points
 */
public record Segmentation(List<Segment> segments, List<Double> bicBySegments, FitQuality quality) {
    /** Copies the lists. */
    public Segmentation {
        segments = List.copyOf(segments);
        bicBySegments = List.copyOf(bicBySegments);
    }

    /** The BIC of the chosen split. */
    public double bic() {
        return bicBySegments.get(segments.size() - 1);
    }

    /**
     * Where the model switches: the largest measured size of every piece but the last. A message
     * larger than a breakpoint uses the next piece, as a message larger than an eager limit goes
     * by rendezvous.
     */
    public double[] breakpoints() {
        double[] b = new double[segments.size() - 1];
        for (int i = 0; i + 1 < segments.size(); i++) {
            b[i] = segments.get(i).toBytes();
        }
        return b;
    }

    /** The piece covering the largest sizes. */
    public Segment last() {
        return segments.get(segments.size() - 1);
    }

    /** The prediction model. */
    public PiecewiseLinear model() {
        return PiecewiseLinear.of(segments);
    }
}
