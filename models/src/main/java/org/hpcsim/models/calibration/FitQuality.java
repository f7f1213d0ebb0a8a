package org.hpcsim.models.calibration;

import java.util.Arrays;

/**
 * How well a model's predictions match measurements.
 *
 * @param points               how many measurements were compared
 * @param r2                   coefficient of determination, 1 - SSE / SST, with the weights of the fit
 *                             (see {@link #relative}); NaN with fewer than 2 points or no spread
 * @param rmse                 root mean square error, in the unit of the measurements
 * @param meanRelativeError    mean of |predicted - measured| / |measured|
 * @param maxRelativeError     largest |predicted - measured| / |measured|
 */
public record FitQuality(int points, double r2, double rmse, double meanRelativeError, double maxRelativeError) {
    /** The quality of {@code predicted} against {@code measured}, which must be as long and non-empty. */
    public static FitQuality of(double[] measured, double[] predicted) {
        double[] w = new double[measured.length];
        Arrays.fill(w, 1.0);
        return weighted(measured, predicted, w);
    }

    /**
     * The quality of a fit to relative residuals (weights 1 / measured^2): its R^2 then measures
     * what the fit minimised, so a millisecond point does not decide the R^2 of a piece that runs
     * from microseconds; RMSE and the relative errors are plain.
     */
    public static FitQuality relative(double[] measured, double[] predicted) {
        double[] w = new double[measured.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = measured[i] != 0 ? 1 / (measured[i] * measured[i]) : 0;
        }
        return weighted(measured, predicted, w);
    }

    /**
     * The quality of a fit to log residuals, ln(predicted) - ln(measured), for positive values: R^2
     * of the logarithms; RMSE and the relative errors are plain.
     */
    public static FitQuality logarithmic(double[] measured, double[] predicted) {
        double[] lm = new double[measured.length];
        double[] lp = new double[measured.length];
        for (int i = 0; i < lm.length; i++) {
            lm[i] = Math.log(measured[i]);
            lp[i] = Math.log(predicted[i]);
        }
        FitQuality logs = of(lm, lp);
        FitQuality plain = of(measured, predicted);
        return new FitQuality(plain.points(), logs.r2(), plain.rmse(), plain.meanRelativeError(),
                plain.maxRelativeError());
    }

    /** The quality with R^2 weighted by {@code w}; RMSE and the relative errors are unweighted. */
    public static FitQuality weighted(double[] measured, double[] predicted, double[] w) {
        if (measured.length != predicted.length || measured.length != w.length || measured.length == 0) {
            throw new IllegalArgumentException("need as many predictions and weights as measurements, and at least one");
        }
        int n = measured.length;
        double sw = 0;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            sw += w[i];
            mean += w[i] * measured[i];
        }
        mean = sw > 0 ? mean / sw : 0;
        double sse = 0;
        double wsse = 0;
        double wsst = 0;
        double relSum = 0;
        double relMax = 0;
        for (int i = 0; i < n; i++) {
            double e = predicted[i] - measured[i];
            sse += e * e;
            wsse += w[i] * e * e;
            wsst += w[i] * (measured[i] - mean) * (measured[i] - mean);
            double rel = relative(measured[i], predicted[i]);
            relSum += rel;
            relMax = Math.max(relMax, rel);
        }
        double r2 = n < 2 || wsst == 0 ? Double.NaN : 1 - wsse / wsst;
        return new FitQuality(n, r2, Math.sqrt(sse / n), relSum / n, relMax);
    }

    /** |predicted - measured| / |measured|; infinite when a non-zero prediction meets a zero measurement. */
    public static double relative(double measured, double predicted) {
        double diff = Math.abs(predicted - measured);
        if (diff == 0) {
            return 0;
        }
        return measured == 0 ? Double.POSITIVE_INFINITY : diff / Math.abs(measured);
    }
}
