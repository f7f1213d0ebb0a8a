package org.hpcsim.reports.sweep;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * Colours for a heat map: viridis from dark purple (low) to yellow (high), which stays ordered in
 * greyscale and for the common colour-vision deficiencies, unlike a rainbow.
 *
 * @param lowerBound the value drawn darkest
 * @param upperBound the value drawn lightest, above the lower bound
 */
record HeatScale(double lowerBound, double upperBound) implements PaintScale {
    private static final Color[] STOPS = {new Color(0x44, 0x01, 0x54), new Color(0x3B, 0x52, 0x8B),
        new Color(0x21, 0x90, 0x8C), new Color(0x5D, 0xC8, 0x63), new Color(0xFD, 0xE7, 0x25)};

    HeatScale {
        if (!(lowerBound < upperBound)) {
            throw new IllegalArgumentException("the scale needs lower < upper, got " + lowerBound + ", " + upperBound);
        }
    }

    /** The scale over {@code low}..{@code high}, widened around a single value so it still has a span. */
    static HeatScale over(double low, double high) {
        if (low < high) {
            return new HeatScale(low, high);
        }
        double pad = Math.max(1e-9, Math.abs(low) * 0.1);
        return new HeatScale(low - pad, low + pad);
    }

    @Override
    public double getLowerBound() {
        return lowerBound;
    }

    @Override
    public double getUpperBound() {
        return upperBound;
    }

    @Override
    public Paint getPaint(double value) {
        return color(value);
    }

    /** The colour of {@code value}, values outside the bounds taking the nearer end's. */
    Color color(double value) {
        double f = (value - lowerBound) / (upperBound - lowerBound);
        f = Double.isNaN(f) ? 0 : Math.max(0, Math.min(1, f)) * (STOPS.length - 1);
        int i = Math.min((int) f, STOPS.length - 2);
        double t = f - i;
        Color a = STOPS[i];
        Color b = STOPS[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), t), mix(a.getGreen(), b.getGreen(), t),
                mix(a.getBlue(), b.getBlue(), t));
    }

    /** Whether text on {@code value}'s colour reads better light than dark. */
    boolean dark(double value) {
        Color c = color(value);
        // Rec. 709 luma: green looks far brighter than blue at the same level.
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue() < 128;
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
