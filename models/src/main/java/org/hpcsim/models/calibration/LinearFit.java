package org.hpcsim.models.calibration;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A straight line y = intercept + slope x fitted by weighted least squares, with the physical
 * constraint of Hockney's model (latency and time per byte are never negative), standard errors
 * and 95% confidence intervals from the t distribution with the residual variance. When the free
 * fit breaks the constraint the best line on the constraint's edge is kept: through the origin, or
 * flat; the parameter held at its bound then has no interval (NaN).
 *
 * @param kind               which parameters were fitted
 * @param intercept          the intercept (Hockney's alpha, seconds)
 * @param slope              the slope (seconds per byte, 1 / bandwidth)
 * @param interceptStdErr    standard error of the intercept, NaN when held at 0
 * @param slopeStdErr        standard error of the slope, NaN when held at 0
 * @param interceptHalfWidth half the width of the intercept's 95% interval, NaN when held at 0
 * @param slopeHalfWidth     half the width of the slope's 95% interval, NaN when held at 0
 * @param sse                weighted sum of squared residuals (relative, for {@link #hockney})
 * @param quality            R^2 (weighted as the fit), RMSE and relative errors on the fitted points
 */
public record LinearFit(Kind kind, double intercept, double slope, double interceptStdErr, double slopeStdErr,
                        double interceptHalfWidth, double slopeHalfWidth, double sse, FitQuality quality) {

    /** Which parameters a fit estimated. */
    public enum Kind {
        /** Intercept and slope both fitted. */
        FREE,
        /** Intercept held at 0 (a negative one would mean negative latency). */
        THROUGH_ORIGIN,
        /** Slope held at 0 (a negative one would mean time falling with size). */
        FLAT
    }

    /** The fewest points a fit takes: two parameters and at least one degree of freedom for the error. */
    public static final int MIN_POINTS = 3;

    /** The 95% confidence level of every interval. */
    public static final double CONFIDENCE = 0.95;

    /** The predicted y at {@code x}. */
    public double predict(double x) {
        return intercept + slope * x;
    }

    /** The number of fitted points. */
    public int points() {
        return quality.points();
    }

    /**
     * The constrained line through positive timings, each weighted by 1 / y^2: benchmark noise is
     * a share of the value (a percent of a microsecond, a percent of a millisecond), so relative
     * residuals have one variance where absolute ones do not, and a millisecond point would
     * otherwise drown every microsecond one.
     */
    public static LinearFit hockney(double[] x, double[] y) {
        double[] w = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            if (!(y[i] > 0)) {
                throw new IllegalArgumentException("timings must be positive, got " + y[i] + " at " + x[i] + " bytes");
            }
            w[i] = 1 / (y[i] * y[i]);
        }
        return weighted(x, y, w);
    }

    /**
     * The constrained weighted least-squares line through (x[i], y[i]) with weights w[i] > 0, at
     * least {@value #MIN_POINTS} points with two distinct x or more.
     */
    public static LinearFit weighted(double[] x, double[] y, double[] w) {
        int n = x.length;
        if (y.length != n || w.length != n || n < MIN_POINTS) {
            throw new IllegalArgumentException("a line needs at least " + MIN_POINTS + " points, got " + n);
        }
        double sw = 0;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            sw += w[i];
            mx += w[i] * x[i];
            my += w[i] * y[i];
        }
        mx /= sw;
        my /= sw;
        double sxx = 0;
        double sxy = 0;
        double xx = 0;
        double xy = 0;
        for (int i = 0; i < n; i++) {
            sxx += w[i] * (x[i] - mx) * (x[i] - mx);
            sxy += w[i] * (x[i] - mx) * (y[i] - my);
            xx += w[i] * x[i] * x[i];
            xy += w[i] * x[i] * y[i];
        }
        if (!(sxx > 0)) {
            throw new IllegalArgumentException("a line needs at least two different sizes");
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        if (intercept >= 0 && slope >= 0) {
            double s2 = sse(x, y, w, intercept, slope) / (n - 2);
            double seSlope = Math.sqrt(s2 / sxx);
            double seIntercept = Math.sqrt(s2 * (1 / sw + mx * mx / sxx));
            double t = tQuantile(n - 2);
            return build(Kind.FREE, x, y, w, intercept, slope, seIntercept, seSlope, t * seIntercept, t * seSlope);
        }
        // The constrained optimum of a convex quadratic lies on an edge of the feasible region:
        // the better of the two edges that keep the other parameter non-negative.
        LinearFit best = null;
        double t = tQuantile(n - 1);
        double originSlope = xx > 0 ? xy / xx : -1;
        if (originSlope >= 0) {
            double s2 = sse(x, y, w, 0, originSlope) / (n - 1);
            double se = Math.sqrt(s2 / xx);
            best = build(Kind.THROUGH_ORIGIN, x, y, w, 0, originSlope, Double.NaN, se, Double.NaN, t * se);
        }
        if (my >= 0) {
            double s2 = sse(x, y, w, my, 0) / (n - 1);
            double se = Math.sqrt(s2 / sw);
            LinearFit flat = build(Kind.FLAT, x, y, w, my, 0, se, Double.NaN, t * se, Double.NaN);
            if (best == null || flat.sse() < best.sse()) {
                best = flat;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no line with non-negative intercept and slope fits these points;"
                    + " are the measurements negative?");
        }
        return best;
    }

    /** The unweighted constrained line (every weight 1). */
    public static LinearFit ordinary(double[] x, double[] y) {
        double[] w = new double[x.length];
        Arrays.fill(w, 1.0);
        return weighted(x, y, w);
    }

    /** The two-sided 95% quantile of Student's t with {@code dof} degrees of freedom. */
    public static double tQuantile(int dof) {
        // A null generator: only the quantile function is used, and it needs no randomness.
        return new TDistribution(null, dof).inverseCumulativeProbability(0.5 + CONFIDENCE / 2);
    }

    private static LinearFit build(Kind kind, double[] x, double[] y, double[] w, double intercept, double slope,
                                   double seIntercept, double seSlope, double hwIntercept, double hwSlope) {
        double[] predicted = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            predicted[i] = intercept + slope * x[i];
        }
        return new LinearFit(kind, intercept, slope, seIntercept, seSlope, hwIntercept, hwSlope,
                sse(x, y, w, intercept, slope), FitQuality.weighted(y, predicted, w));
    }

    private static double sse(double[] x, double[] y, double[] w, double intercept, double slope) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double e = y[i] - intercept - slope * x[i];
            s += w[i] * e * e;
        }
        return s;
    }
}
