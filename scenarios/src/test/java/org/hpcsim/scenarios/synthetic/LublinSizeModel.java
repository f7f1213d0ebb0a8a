package org.hpcsim.scenarios.synthetic;

import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;

/**
 * The exact distribution of parallel job sizes the Lublin-Feitelson parameters imply, integrated
 * numerically over the two-stage uniform, for comparing a sample with. Valid on power-of-two
 * machines, where no size is capped.
 */
final class LublinSizeModel {
    private static final int POINTS = 200_000;

    private final LublinParameters p;

    LublinSizeModel(LublinParameters p) {
        this.p = p;
    }

    /** P(power-of-two branch | parallel). */
    private double pow2Share() {
        return p.pow2Prob() / (1 - p.serialProb());
    }

    /** E[f(size) | parallel], by the midpoint rule on each uniform. */
    double expect(IntToDoubleFunction f) {
        double total = 0;
        double[][] stages = {{p.uLow(), p.uMed(), p.uProb()}, {p.uMed(), p.uHi(), 1 - p.uProb()}};
        for (double[] s : stages) {
            double sum = 0;
            for (int i = 0; i < POINTS; i++) {
                double x = s[0] + (i + 0.5) / POINTS * (s[1] - s[0]);
                int pow2 = (int) (Math.pow(2, Math.floor(x + 0.5)) + 0.5);
                int other = (int) (Math.pow(2, x) + 0.5);
                sum += pow2Share() * f.applyAsDouble(pow2) + (1 - pow2Share()) * f.applyAsDouble(other);
            }
            total += s[2] * sum / POINTS;
        }
        return total;
    }

    double probability(IntPredicate event) {
        return expect(n -> event.test(n) ? 1 : 0);
    }

    double pow2FractionOfParallel() {
        return probability(n -> Integer.bitCount(n) == 1);
    }

    double meanLog2Parallel() {
        return expect(n -> Math.log(n) / Math.log(2));
    }

    /** The smallest size whose CDF among parallel jobs reaches one half. */
    int medianParallel() {
        int k = 1;
        while (probability(atMost(k)) < 0.5) {
            k++;
        }
        return k;
    }

    static IntPredicate atMost(int k) {
        return n -> n <= k;
    }
}
