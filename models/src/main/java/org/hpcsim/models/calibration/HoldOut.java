package org.hpcsim.models.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses the sizes kept out of a fit, so that checking the model on them measures how it
 * predicts sizes it has not seen: every {@code every}-th distinct size, starting in the middle of
 * the first stride, never the smallest or the largest (those would test extrapolation, not
 * interpolation).
 */
public final class HoldOut {
    private HoldOut() {}

    /** The held-out sizes of {@code series}; none when {@code every} is 0. */
    public static List<Double> sizes(Series series, int every) {
        if (every < 0) {
            throw new IllegalArgumentException("hold-out stride must be >= 0, got " + every);
        }
        List<Double> distinct = new ArrayList<>(new TreeSet<>(toList(series.bytes())));
        List<Double> held = new ArrayList<>();
        if (every == 0) {
            return held;
        }
        for (int i = every / 2; i < distinct.size() - 1; i += every) {
            if (i > 0) {
                held.add(distinct.get(i));
            }
        }
        return held;
    }

    /** The series without the points at {@code held} sizes. */
    public static Series without(Series series, List<Double> held) {
        Set<Double> out = new TreeSet<>(held);
        return new Series(series.source(), series.points().stream().filter(p -> !out.contains(p.bytes())).toList());
    }

    private static List<Double> toList(double[] values) {
        List<Double> l = new ArrayList<>(values.length);
        for (double v : values) {
            l.add(v);
        }
        return l;
    }
}
