package org.hpcsim.models.calibration;

import org.apache.commons.math3.exception.ConvergenceException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer.Optimum;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.util.Pair;

/**
 * Fits {@link LogGp} by Levenberg-Marquardt. Parameters are fitted as logarithms, which keeps them
 * positive and puts microseconds and picoseconds per byte on one scale; residuals are
 * ln(model) - ln(measured): noise grows with the value, and unlike (model - measured) / measured
 * a model too low by a factor costs as much as one too high by it (a relative residual is bounded
 * by 1 below and not above, which pulls a fit of bandwidths far down). The rendezvous size is a
 * discrete parameter: every measured size is tried as the switch, and no switch, and BIC picks.
 * Standard errors scale the optimizer's covariance, (J^T J)^-1, by the residual variance
 * SSR / (n - p): Commons Math leaves that scaling to the caller.
 */
public final class LogGpFitter {
    private static final int MAX_ITERATIONS = 1000;

    private LogGpFitter() {}

    /**
     * Fits ping-pong {@code latency} (seconds) and, if not null, streaming {@code bandwidth}
     * (bytes per second); both need positive values, the latency at least 4 points.
     */
    public static LogGp fit(Series latency, Series bandwidth) {
        double[] lx = latency.bytes();
        double[] ly = latency.values();
        double[] bx = bandwidth == null ? new double[0] : bandwidth.bytes();
        double[] by = bandwidth == null ? new double[0] : bandwidth.values();
        if (lx.length < SegmentedRegression.DEFAULT_MIN_POINTS) {
            throw new IllegalArgumentException(latency.source() + ": LogGP needs at least "
                    + SegmentedRegression.DEFAULT_MIN_POINTS + " latency measurements, got " + lx.length);
        }
        requirePositive(latency, ly);
        if (bandwidth != null) {
            requirePositive(bandwidth, by);
        }
        LogGp best = null;
        // The switch is tried after each size that leaves at least two sizes on each side.
        for (int i = 1; i <= lx.length - 2; i++) {
            if (lx[i] == lx[i + 1] || lx[i] <= 0) {
                continue;
            }
            best = better(best, attempt(lx, ly, bx, by, lx[i]));
        }
        best = better(best, attempt(lx, ly, bx, by, 0));
        if (best == null) {
            throw new IllegalArgumentException(latency.source() + ": the LogGP fit did not converge");
        }
        return best;
    }

    private static LogGp better(LogGp a, LogGp b) {
        if (b == null) {
            return a;
        }
        return a == null || b.bic() < a.bic() ? b : a;
    }

    /** The fit with the switch after {@code rendezvous} bytes (0: none), or null when it fails. */
    private static LogGp attempt(double[] lx, double[] ly, double[] bx, double[] by, double rendezvous) {
        boolean withGap = bx.length > 0;
        int p = withGap ? 3 : 2;
        int n = lx.length + bx.length;
        MultivariateJacobianFunction model = point -> {
            double c = Math.exp(point.getEntry(0));
            double bigG = Math.exp(point.getEntry(1));
            double g = withGap ? Math.exp(point.getEntry(2)) : 0;
            RealVector value = new ArrayRealVector(n);
            RealMatrix jacobian = new Array2DRowRealMatrix(n, p);
            for (int i = 0; i < lx.length; i++) {
                double m1 = Math.max(lx[i] - 1, 0);
                double handshake = rendezvous > 0 && lx[i] > rendezvous ? 2 : 0;
                double t = c * (1 + handshake) + m1 * bigG;
                value.setEntry(i, Math.log(t));
                // d ln t / d ln x = (dt / dx) x / t
                jacobian.setEntry(i, 0, c * (1 + handshake) / t);
                jacobian.setEntry(i, 1, m1 * bigG / t);
            }
            for (int k = 0; k < bx.length; k++) {
                int row = lx.length + k;
                double m1 = Math.max(bx[k] - 1, 0);
                double d = g + m1 * bigG;
                // ln B = ln m - ln d
                value.setEntry(row, Math.log(bx[k]) - Math.log(d));
                jacobian.setEntry(row, 1, -m1 * bigG / d);
                jacobian.setEntry(row, 2, -g / d);
            }
            return new Pair<>(value, jacobian);
        };
        double[] target = new double[n];
        for (int i = 0; i < lx.length; i++) {
            target[i] = Math.log(ly[i]);
        }
        for (int k = 0; k < bx.length; k++) {
            target[lx.length + k] = Math.log(by[k]);
        }
        double[] start = withGap ? new double[] {Math.log(startLatency(ly)), Math.log(startGapPerByte(lx, ly)),
                Math.log(startGap(bx, by))} : new double[] {Math.log(startLatency(ly)), Math.log(startGapPerByte(lx, ly))};
        Optimum optimum;
        RealMatrix covariance;
        try {
            optimum = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                    .start(start).model(model).target(target)
                    .maxEvaluations(MAX_ITERATIONS * 10).maxIterations(MAX_ITERATIONS).build());
            covariance = optimum.getCovariances(1e-14);
        } catch (TooManyEvaluationsException | ConvergenceException | SingularMatrixException e) {
            return null;
        }
        double ssr = optimum.getCost() * optimum.getCost();
        double residualVariance = ssr / Math.max(n - p, 1);
        double t = LinearFit.tQuantile(Math.max(n - p, 1));
        double[] theta = optimum.getPoint().toArray();
        double[][] interval = new double[p][];
        for (int j = 0; j < p; j++) {
            double se = Math.sqrt(covariance.getEntry(j, j) * residualVariance);
            interval[j] = new double[] {Math.exp(theta[j] - t * se), Math.exp(theta[j] + t * se)};
        }
        double c = Math.exp(theta[0]);
        double bigG = Math.exp(theta[1]);
        double g = withGap ? Math.exp(theta[2]) : Double.NaN;
        double[] predictedLatency = new double[lx.length];
        for (int i = 0; i < lx.length; i++) {
            predictedLatency[i] = LogGp.seconds(c, bigG, rendezvous, lx[i]);
        }
        FitQuality bandwidthQuality = null;
        if (withGap) {
            double[] predicted = new double[bx.length];
            for (int k = 0; k < bx.length; k++) {
                predicted[k] = LogGp.bandwidth(g, bigG, bx[k]);
            }
            bandwidthQuality = FitQuality.logarithmic(by, predicted);
        }
        // The switch is chosen among every gap, as a segmented fit's breakpoint is, and costs as much.
        int params = p + (rendezvous > 0 ? SegmentedRegression.BREAKPOINT_PARAMETERS : 0);
        double bic = n * Math.log(Math.max(ssr / n, Double.MIN_NORMAL)) + params * Math.log(n);
        double[] none = {Double.NaN, Double.NaN};
        return new LogGp(c, interval[0], bigG, interval[1], g, withGap ? interval[2] : none, rendezvous,
                FitQuality.logarithmic(ly, predictedLatency), bandwidthQuality, bic);
    }

    private static void requirePositive(Series s, double[] values) {
        for (double v : values) {
            if (!(v > 0)) {
                throw new IllegalArgumentException(s.source() + ": LogGP needs positive measurements, got " + v);
            }
        }
    }

    private static double startLatency(double[] y) {
        double min = Double.POSITIVE_INFINITY;
        for (double v : y) {
            min = Math.min(min, v);
        }
        return min;
    }

    private static double startGapPerByte(double[] x, double[] y) {
        int n = x.length;
        double slope = (y[n - 1] - y[n - 2]) / (x[n - 1] - x[n - 2]);
        return slope > 0 && Double.isFinite(slope) ? slope : y[n - 1] / Math.max(x[n - 1], 1);
    }

    private static double startGap(double[] x, double[] y) {
        return Math.max(x[0], 1) / y[0];
    }
}
