package org.hpcsim.models.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

class LinearFitTest {
    @Test
    void shouldAgreeWithCommonsMathSimpleRegressionWhenUnweighted() {
        double[] x = {0, 1000, 2000, 4000, 8000, 16000};
        double[] y = {2.0e-6, 2.3e-6, 2.45e-6, 2.9e-6, 3.7e-6, 5.45e-6};
        LinearFit f = LinearFit.ordinary(x, y);
        SimpleRegression r = new SimpleRegression();
        for (int i = 0; i < x.length; i++) {
            r.addData(x[i], y[i]);
        }
        assertEquals(LinearFit.Kind.FREE, f.kind());
        assertEquals(r.getIntercept(), f.intercept(), 1e-18);
        assertEquals(r.getSlope(), f.slope(), 1e-20);
        assertEquals(r.getSlopeStdErr(), f.slopeStdErr(), 1e-22);
        assertEquals(r.getInterceptStdErr(), f.interceptStdErr(), 1e-18);
        assertEquals(r.getSlopeConfidenceInterval(), f.slopeHalfWidth(), 1e-21);
        assertEquals(r.getRSquare(), f.quality().r2(), 1e-12);
        assertEquals(r.getSumSquaredErrors(), f.sse(), 1e-24);
    }

    @Test
    void shouldWeightByTheInverseSquareOfEachTimingAsGeneralisedLeastSquaresDoes() {
        // Weighted least squares is ordinary least squares on rows scaled by sqrt(w) = 1 / y.
        double[] x = {0, 1024, 4096, 16384, 65536, 262144};
        double[] y = {1.9e-6, 2.2e-6, 2.3e-6, 3.4e-6, 7.9e-6, 2.9e-5};
        double[][] rows = new double[x.length][2];
        double[] response = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            rows[i][0] = 1 / y[i];
            rows[i][1] = x[i] / y[i];
            response[i] = 1;
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.setNoIntercept(true);
        ols.newSampleData(response, rows);
        double[] beta = ols.estimateRegressionParameters();
        double[] se = ols.estimateRegressionParametersStandardErrors();
        LinearFit f = LinearFit.hockney(x, y);
        assertEquals(LinearFit.Kind.FREE, f.kind());
        assertEquals(beta[0], f.intercept(), 1e-9 * beta[0]);
        assertEquals(beta[1], f.slope(), 1e-9 * beta[1]);
        assertEquals(se[0], f.interceptStdErr(), 1e-6 * se[0]);
        assertEquals(se[1], f.slopeStdErr(), 1e-6 * se[1]);
        assertEquals(ols.calculateResidualSumOfSquares(), f.sse(), 1e-9);
        assertEquals(LinearFit.tQuantile(x.length - 2) * se[1], f.slopeHalfWidth(), 1e-6 * se[1]);
    }

    @Test
    void shouldFitThroughTheOriginRatherThanReturnANegativeLatency() {
        // Time grows faster than linearly: the free line would cross zero below the first size.
        double[] x = {1e5, 2e5, 4e5, 8e5};
        double[] y = {5e-6, 1.2e-5, 3.0e-5, 7.0e-5};
        LinearFit f = LinearFit.hockney(x, y);
        assertEquals(LinearFit.Kind.THROUGH_ORIGIN, f.kind());
        assertEquals(0.0, f.intercept());
        assertTrue(f.slope() > 0);
        assertTrue(Double.isNaN(f.interceptHalfWidth()));
        double xy = 0;
        double xx = 0;
        for (int i = 0; i < x.length; i++) {
            xy += x[i] / y[i];
            xx += x[i] * x[i] / (y[i] * y[i]);
        }
        assertEquals(xy / xx, f.slope(), 1e-20);
    }

    @Test
    void shouldFitAFlatLineRatherThanReturnANegativeTimePerByte() {
        double[] x = {1, 2, 4, 8, 16};
        double[] y = {2.0e-7, 1.9e-7, 2.0e-7, 1.8e-7, 1.9e-7};
        LinearFit f = LinearFit.hockney(x, y);
        assertEquals(LinearFit.Kind.FLAT, f.kind());
        assertEquals(0.0, f.slope());
        double sw = 0;
        double swy = 0;
        for (double v : y) {
            sw += 1 / (v * v);
            swy += 1 / v;
        }
        assertEquals(swy / sw, f.intercept(), 1e-18);
        assertTrue(Double.isNaN(f.slopeHalfWidth()));
        assertTrue(f.interceptHalfWidth() > 0);
    }

    @Test
    void shouldCoverTheTrueParametersInAbout95PercentOfNoisySamples() {
        // Noise a share of the value, as the fit assumes. The intervals' width comes from the
        // residual variance: too narrow or too wide shows here.
        double alpha = 3e-6;
        double slope = 1e-10;
        double[] x = {0, 1024, 4096, 16384, 65536, 262144, 1048576};
        Random random = new Random(42);
        int trials = 2000;
        int interceptHits = 0;
        int slopeHits = 0;
        for (int t = 0; t < trials; t++) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = (alpha + slope * x[i]) * (1 + 0.02 * random.nextGaussian());
            }
            LinearFit f = LinearFit.hockney(x, y);
            if (f.kind() != LinearFit.Kind.FREE) {
                continue;
            }
            if (Math.abs(f.intercept() - alpha) <= f.interceptHalfWidth()) {
                interceptHits++;
            }
            if (Math.abs(f.slope() - slope) <= f.slopeHalfWidth()) {
                slopeHits++;
            }
        }
        // Weights from the measured rather than the true values cost a little coverage.
        assertEquals(0.95, interceptHits / (double) trials, 0.02);
        assertEquals(0.95, slopeHits / (double) trials, 0.02);
    }
}
