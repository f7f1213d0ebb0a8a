package org.hpcsim.models.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.Test;

class LongSamplesTest {
    private static final double EPS = 1e-9;

    private static LongSamples of(long... values) {
        LongSamples s = new LongSamples();
        for (long v : values) {
            s.add(v);
        }
        return s;
    }

    @Test
    void shouldReturnNaNWithoutSamples() {
        LongSamples s = new LongSamples();
        assertEquals(0, s.count());
        assertTrue(Double.isNaN(s.percentile(50)));
        assertTrue(Double.isNaN(s.percentile(0)));
    }

    @Test
    void shouldReturnTheOnlySampleForEveryPercentile() {
        LongSamples s = of(42);
        assertEquals(42, s.percentile(0), EPS);
        assertEquals(42, s.percentile(50), EPS);
        assertEquals(42, s.percentile(95), EPS);
        assertEquals(42, s.percentile(100), EPS);
    }

    @Test
    void shouldTakeTheMiddleSampleOfAnOddCount() {
        // Sorted 1, 3, 5: rank p/100 x 2.
        LongSamples s = of(5, 1, 3);
        assertEquals(3, s.count());
        assertEquals(1, s.percentile(0), EPS);
        assertEquals(2, s.percentile(25), EPS);   // rank 0.5
        assertEquals(3, s.percentile(50), EPS);   // rank 1
        assertEquals(4.8, s.percentile(95), EPS); // rank 1.9: 3 + 0.9 x 2
        assertEquals(5, s.percentile(100), EPS);
    }

    @Test
    void shouldInterpolateBetweenTheTwoMiddleSamplesOfAnEvenCount() {
        // Sorted 1, 2, 3, 4 (NumPy: np.percentile([4, 1, 3, 2], [10, 50, 95]) = 1.3, 2.5, 3.85).
        LongSamples s = of(4, 1, 3, 2);
        assertEquals(1.3, s.percentile(10), EPS);
        assertEquals(2.5, s.percentile(50), EPS);
        assertEquals(3.85, s.percentile(95), EPS);
        assertEquals(4, s.percentile(100), EPS);
    }

    @Test
    void shouldHandleDuplicatesAndNegativeValues() {
        LongSamples s = of(7, -3, 7, 7, -3);
        // Sorted -3, -3, 7, 7, 7: rank p/100 x 4.
        assertEquals(-3, s.percentile(25), EPS); // rank 1
        assertEquals(7, s.percentile(50), EPS);  // rank 2
        assertEquals(-3 + 0.4 * 10, s.percentile(35), EPS); // rank 1.4: 0.4 of the way from -3 to 7
    }

    @Test
    void shouldResortWhenSmallerSamplesArriveAfterAQuery() {
        LongSamples s = of(10, 20, 30);
        assertEquals(20, s.percentile(50), EPS);
        s.add(0);
        s.add(5);
        // Sorted 0, 5, 10, 20, 30.
        assertEquals(10, s.percentile(50), EPS);
        assertEquals(0, s.percentile(0), EPS);
        s.add(40); // larger than all: still sorted
        assertEquals(15, s.percentile(50), EPS);
    }

    @Test
    void shouldGrowPastItsInitialCapacity() {
        LongSamples s = new LongSamples();
        for (long v = 5000; v >= 1; v--) {
            s.add(v);
        }
        assertEquals(5000, s.count());
        assertEquals(2500.5, s.percentile(50), EPS);   // rank 2499.5
        assertEquals(4750.05, s.percentile(95), EPS);  // rank 4749.05
        assertEquals(5000, s.percentile(100), EPS);
    }

    @Property(tries = 300)
    void shouldAgreeWithCommonsMathsNumPyStylePercentile(
            @ForAll @NotEmpty @Size(max = 3000) List<@LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) Long> values,
            @ForAll @DoubleRange(min = 0, max = 100) double p) {
        LongSamples s = new LongSamples();
        double[] data = new double[values.size()];
        for (int i = 0; i < data.length; i++) {
            s.add(values.get(i));
            data[i] = values.get(i);
        }
        double maxAbs = 1;
        for (double d : data) {
            maxAbs = Math.max(maxAbs, Math.abs(d));
        }
        // Commons Math takes p in (0, 100]; the 0th percentile is the minimum.
        double expected = p == 0
                ? values.stream().mapToLong(Long::longValue).min().getAsLong()
                : new Percentile().withEstimationType(EstimationType.R_7).evaluate(data, p);
        assertEquals(expected, s.percentile(p), 1e-9 * maxAbs);
    }
}
