package org.hpcsim.models.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/** Synthetic size sweeps with known parameters and seeded noise, for the fitting tests. */
final class Synthetic {
    private Synthetic() {}

    /** OSU's sizes: 0, then powers of two from 1 byte to 4 MiB. */
    static List<Double> osuSizes() {
        List<Double> sizes = new ArrayList<>();
        sizes.add(0.0);
        for (long s = 1; s <= 1L << 22; s *= 2) {
            sizes.add((double) s);
        }
        return sizes;
    }

    /** {@code truth} at each size times (1 + relativeNoise x a standard normal draw). */
    static Series multiplicative(String name, List<Double> sizes, DoubleUnaryOperator truth, double relativeNoise,
                                 long seed) {
        Random random = new Random(seed);
        List<Point> points = new ArrayList<>();
        for (double s : sizes) {
            points.add(new Point(s, truth.applyAsDouble(s) * (1 + relativeNoise * random.nextGaussian())));
        }
        return new Series(name, points);
    }

    /** Piecewise Hockney truth: below or at {@code switchBytes} the first line, above it the second. */
    static DoubleUnaryOperator twoPieces(double alpha1, double bandwidth1, double switchBytes, double alpha2,
                                         double bandwidth2) {
        return s -> s <= switchBytes ? alpha1 + s / bandwidth1 : alpha2 + s / bandwidth2;
    }
}
