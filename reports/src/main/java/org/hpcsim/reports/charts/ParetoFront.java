package org.hpcsim.reports.charts;

import java.util.ArrayList;
import java.util.List;

/** The points no other point beats on both axes, where smaller is better on each. */
public final class ParetoFront {
    private ParetoFront() {}

    /**
     * Indices (ascending) of the points not dominated: no other point is at most as large on both
     * axes and smaller on at least one. Equal points do not dominate each other, so a tie on the
     * front keeps both. Points with a non-finite coordinate are never on the front and dominate nothing.
     */
    public static List<Integer> indices(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " points, y has " + y.length);
        }
        List<Integer> front = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (finite(x, y, i) && !dominated(x, y, i)) {
                front.add(i);
            }
        }
        return front;
    }

    private static boolean dominated(double[] x, double[] y, int i) {
        for (int j = 0; j < x.length; j++) {
            if (j != i && finite(x, y, j) && x[j] <= x[i] && y[j] <= y[i] && (x[j] < x[i] || y[j] < y[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean finite(double[] x, double[] y, int i) {
        return Double.isFinite(x[i]) && Double.isFinite(y[i]);
    }
}
