package org.hpcsim.reports.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.data.Range;

/**
 * Chooses for each labelled point where its label goes (above, right, left or below it) so that
 * the labels of nearby points do not print over each other or run off the plot. Works in
 * fractions of the plot, estimating label sizes from the house font, before anything is drawn.
 */
final class LabelPlacer {
    /** Where a label sits relative to its point. */
    enum Side { ABOVE, RIGHT, LEFT, BELOW }

    // At 16 pt a character is about 9 px wide and a line 24 px high, in a plot about 1450 x 650.
    private static final double CHAR_WIDTH = 9.0 / 1450;
    private static final double LINE_HEIGHT = 24.0 / 650;
    private static final double GAP_X = 12.0 / 1450;
    private static final double GAP_Y = 12.0 / 650;

    private LabelPlacer() {}

    /**
     * For points (x[i], y[i]) labelled text[i], on axes spanning {@code xAxis} and {@code yAxis},
     * the side of each label. Points are placed left to right; each label takes the first side, in
     * the order above, right, left, below, that stays inside the plot and overlaps no label
     * already placed; failing that the first that stays inside, failing that above.
     */
    static Side[] place(double[] x, double[] y, List<String> text, Range xAxis, Range yAxis) {
        int n = x.length;
        Side[] side = new Side[n];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> x[i]).thenComparingDouble(i -> y[i]));
        List<double[]> placed = new ArrayList<>();
        for (int i : order) {
            double cx = fraction(x[i], xAxis);
            double cy = fraction(y[i], yAxis);
            double w = text.get(i).length() * CHAR_WIDTH;
            side[i] = choose(cx, cy, w, placed);
            placed.add(box(side[i], cx, cy, w));
        }
        return side;
    }

    private static Side choose(double cx, double cy, double w, List<double[]> placed) {
        Side fallback = null;
        for (Side s : Side.values()) {
            double[] b = box(s, cx, cy, w);
            if (inside(b)) {
                if (!overlapsAny(b, placed)) {
                    return s;
                }
                fallback = fallback == null ? s : fallback;
            }
        }
        return fallback == null ? Side.ABOVE : fallback;
    }

    /** Where {@code v} sits along {@code axis}, 0 at its low end and 1 at its high end. */
    private static double fraction(double v, Range axis) {
        double length = axis.getLength();
        return length > 0 && Double.isFinite(length) ? (v - axis.getLowerBound()) / length : 0.5;
    }

    private static boolean inside(double[] box) {
        return box[0] >= 0 && box[1] >= 0 && box[2] <= 1 && box[3] <= 1;
    }

    // {left, bottom, right, top} in plot fractions, y upwards.
    private static double[] box(Side s, double cx, double cy, double w) {
        switch (s) {
            case ABOVE:
                return new double[] {cx - w / 2, cy + GAP_Y, cx + w / 2, cy + GAP_Y + LINE_HEIGHT};
            case BELOW:
                return new double[] {cx - w / 2, cy - GAP_Y - LINE_HEIGHT, cx + w / 2, cy - GAP_Y};
            case RIGHT:
                return new double[] {cx + GAP_X, cy - LINE_HEIGHT / 2, cx + GAP_X + w, cy + LINE_HEIGHT / 2};
            default:
                return new double[] {cx - GAP_X - w, cy - LINE_HEIGHT / 2, cx - GAP_X, cy + LINE_HEIGHT / 2};
        }
    }

    private static boolean overlapsAny(double[] box, List<double[]> placed) {
        for (double[] b : placed) {
            if (box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]) {
                return true;
            }
        }
        return false;
    }
}
