package org.hpcsim.models.kube.plugins;

/**
 * Upstream's helper.BuildBrokenLinearFunction: piecewise linear through points (x_i, y_i) with x
 * increasing, flat before the first and after the last, in integer arithmetic (the division
 * truncates, which is what upstream's scores show).
 */
public final class BrokenLinearFunction {
    private final long[] x;
    private final long[] y;

    /** The function through {@code (x[i], y[i])}; x must increase strictly. */
    public BrokenLinearFunction(long[] x, long[] y) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("a broken linear function needs as many y as x, and at least one point");
        }
        for (int i = 1; i < x.length; i++) {
            if (x[i] <= x[i - 1]) {
                throw new IllegalArgumentException("shape utilizations must increase strictly, got " + x[i - 1] + " then " + x[i]);
            }
        }
        this.x = x.clone();
        this.y = y.clone();
    }

    /** The value at {@code p}. */
    public long at(long p) {
        for (int i = 0; i < x.length; i++) {
            if (p <= x[i]) {
                if (i == 0) {
                    return y[0];
                }
                return y[i - 1] + (y[i] - y[i - 1]) * (p - x[i - 1]) / (x[i] - x[i - 1]);
            }
        }
        return y[y.length - 1];
    }
}
