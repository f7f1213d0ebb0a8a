package org.hpcsim.reports.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses for each labelled point where its label goes (above, right, left or below it) so that
 * the labels of nearby points do not print over each other. Works in fractions of the plot,
 * estimating label sizes from the house font, before anything is drawn.
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
     * For points (x[i], y[i]) labelled text[i], on axes spanning xSpan and ySpan, the side of each
     * label. Points are placed left to right; each label takes the first side, in the order
     * above, right, left, below, that overlaps no label already placed (above when none is free).
     */
    static Side[] place(double[] x, double[] y, List<String> text, double xSpan, double ySpan) {
        int n = x.length;
        Side[] side = new Side[n];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> x[i]).thenComparingDouble(i -> y[i]));
        List<double[]> placed = new ArrayList<>();
        for (int i : order) {
            double cx = x[i] / nonZero(xSpan);
            double cy = y[i] / nonZero(ySpan);
            double w = text.get(i).length() * CHAR_WIDTH;
            side[i] = Side.ABOVE;
            double[] chosen = box(Side.ABOVE, cx, cy, w);
            for (Side s : Side.values()) {
                double[] b = box(s, cx, cy, w);
                if (!overlapsAny(b, placed)) {
                    side[i] = s;
                    chosen = b;
                    break;
                }
            }
            placed.add(chosen);
        }
        return side;
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

    private static double nonZero(double span) {
        return span > 0 && Double.isFinite(span) ? span : 1;
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
