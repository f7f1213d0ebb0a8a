package org.hpcsim.models.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits time = alpha + bytes / bandwidth piecewise in the message size, the number of pieces and
 * the breakpoints chosen by the Bayesian information criterion: protocol switches (eager to
 * rendezvous, shared-memory copy paths, cache limits, collective algorithms) show as breakpoints.
 *
 * <p>Noise is a share of the value (a microsecond latency and a millisecond transfer are not
 * measured to the same absolute precision), so each piece is fitted to relative residuals
 * ({@link LinearFit#hockney}). Each piece also has its own noise level: a regime past a cache
 * limit, or one bad size, is noisier than the rest, and a shared variance would let it drown the
 * switches elsewhere. The likelihood is that of Gaussian relative errors with a variance per
 * piece: BIC = sum over pieces of n_k ln(RSS_k / n_k) + p ln n (constants dropped), with p = 3
 * per piece (alpha, slope, variance) and three per breakpoint (see below). For every number of
 * pieces the best breakpoints are found exactly, by dynamic programming over the sorted points;
 * breakpoints fall only between different sizes.
 */
public final class SegmentedRegression {
    /** Default most pieces: eager, rendezvous and one more protocol or cache regime. */
    public static final int DEFAULT_MAX_SEGMENTS = 3;
    /** Default fewest points per piece: two parameters and an honest estimate of its noise. */
    public static final int DEFAULT_MIN_POINTS = 4;

    // A breakpoint is picked from every gap between sizes, which buys more fit than one parameter
    // does. Counted as one, BIC split straight lines with 1-5% noise into pieces in about 20% of
    // 200 synthetic OSU-sized sweeps; counted as three, in 3%, while real switches in them (down
    // to a 1 us jump at 1% noise) were still found.
    static final int BREAKPOINT_PARAMETERS = 3;

    // OSU prints two decimals of a microsecond: nothing is resolved better than about 0.1% of the
    // value. Without a floor a piece fitted exactly (repeated printed values) would have zero
    // variance and an infinite likelihood.
    private static final double RELATIVE_NOISE_FLOOR = 1e-3;

    private final int maxSegments;
    private final int minPoints;

    /** A fitter trying 1 to {@code maxSegments} pieces of at least {@code minPoints} points each. */
    public SegmentedRegression(int maxSegments, int minPoints) {
        if (maxSegments < 1 || minPoints < LinearFit.MIN_POINTS) {
            throw new IllegalArgumentException("need maxSegments >= 1 and minPoints >= " + LinearFit.MIN_POINTS);
        }
        this.maxSegments = maxSegments;
        this.minPoints = minPoints;
    }

    /** The fitter with the default limits. */
    public static SegmentedRegression standard() {
        return new SegmentedRegression(DEFAULT_MAX_SEGMENTS, DEFAULT_MIN_POINTS);
    }

    /** Fits the series; it needs at least {@code minPoints} positive timings over two sizes or more. */
    public Segmentation fit(Series series) {
        double[] x = series.bytes();
        double[] y = series.values();
        int n = x.length;
        if (n < minPoints) {
            throw new IllegalArgumentException(series.source() + ": " + n + " measurements; a fit needs at least "
                    + minPoints);
        }
        // cost[i][j]: the piece over points i..j-1 as n ln(variance); NaN where it cannot be a piece.
        double[][] cost = new double[n + 1][n + 1];
        LinearFit[][] fits = new LinearFit[n + 1][n + 1];
        for (double[] row : cost) {
            Arrays.fill(row, Double.NaN);
        }
        for (int i = 0; i < n; i++) {
            if (i > 0 && x[i] == x[i - 1]) {
                continue; // a piece never starts between replicates of one size
            }
            for (int j = i + minPoints; j <= n; j++) {
                if ((j < n && x[j] == x[j - 1]) || x[j - 1] == x[i]) {
                    continue;
                }
                LinearFit f = LinearFit.hockney(Arrays.copyOfRange(x, i, j), Arrays.copyOfRange(y, i, j));
                fits[i][j] = f;
                double variance = Math.max(f.sse() / (j - i), RELATIVE_NOISE_FLOOR * RELATIVE_NOISE_FLOOR);
                cost[i][j] = (j - i) * Math.log(variance);
            }
        }
        int kMax = Math.min(maxSegments, n / minPoints);
        // best[k][j]: least cost of points 0..j-1 in k pieces; from[k][j]: where the last piece starts.
        double[][] best = new double[kMax + 1][n + 1];
        int[][] from = new int[kMax + 1][n + 1];
        for (double[] row : best) {
            Arrays.fill(row, Double.NaN);
        }
        best[0][0] = 0;
        List<Double> bic = new ArrayList<>();
        int chosen = 0;
        for (int k = 1; k <= kMax; k++) {
            for (int j = 1; j <= n; j++) {
                for (int i = 0; i < j; i++) {
                    double c = best[k - 1][i] + cost[i][j];
                    if (!Double.isNaN(c) && (Double.isNaN(best[k][j]) || c < best[k][j])) {
                        best[k][j] = c;
                        from[k][j] = i;
                    }
                }
            }
            double b = Double.NaN;
            if (!Double.isNaN(best[k][n])) {
                int params = 3 * k + BREAKPOINT_PARAMETERS * (k - 1);
                b = best[k][n] + params * Math.log(n);
                if (chosen == 0 || b < bic.get(chosen - 1)) {
                    chosen = k;
                }
            }
            bic.add(b);
        }
        if (chosen == 0) {
            throw new IllegalArgumentException(series.source() + ": the measurements span fewer than two sizes;"
                    + " a line needs two");
        }
        List<Segment> segments = new ArrayList<>();
        for (int k = chosen, j = n; k > 0; k--) {
            int i = from[k][j];
            segments.add(0, new Segment(x[i], x[j - 1], fits[i][j]));
            j = i;
        }
        return new Segmentation(segments, bic, quality(segments, x, y));
    }

    private static FitQuality quality(List<Segment> segments, double[] x, double[] y) {
        PiecewiseLinear model = PiecewiseLinear.of(segments);
        double[] predicted = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            predicted[i] = model.seconds(x[i]);
        }
        return FitQuality.relative(y, predicted);
    }
}
