package org.hpcsim.models.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A size sweep from one source (a benchmark output file), its points sorted by size.
 *
 * @param source where the points come from, for messages and reports
 * @param points the measurements, ascending by size (ties keep their order)
 */
public record Series(String source, List<Point> points) {
    /** Sorts a copy of the points by size. */
    public Series {
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(Point::bytes));
        points = List.copyOf(sorted);
    }

    /** The sizes, in order. */
    public double[] bytes() {
        double[] x = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i).bytes();
        }
        return x;
    }

    /** The measured values, in the order of {@link #bytes()}. */
    public double[] values() {
        double[] y = new double[points.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = points.get(i).value();
        }
        return y;
    }

    /** All points of several series in one, sorted by size; replicates of a size are kept. */
    public static Series merge(String source, List<Series> parts) {
        List<Point> all = new ArrayList<>();
        for (Series s : parts) {
            all.addAll(s.points());
        }
        return new Series(source, all);
    }
}
