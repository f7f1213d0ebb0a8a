package org.hpcsim.scenarios.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.special.Gamma;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.junit.jupiter.api.Test;

/**
 * 100,000 batch jobs on the model's own 128-processor machine against what the published
 * parameters imply. Tolerances are about four to five standard errors of each statistic, so a
 * correct generator fails only by a rare accident of the one fixed seed, while a wrong parameter
 * or formula moves the statistic by many errors.
 */
class LublinFeitelsonStatisticsTest {
    private static final int N = 100_000;
    private static final int MACHINE = 128;
    private static final LublinParameters P = LublinParameters.BATCH;
    private static final List<Job> SAMPLE = LublinFeitelsonWorkloadTest.jobs(N, MACHINE, 2024);
    /** Standard deviation of ln runtime in such samples (2.75 on four seeds). */
    private static final double SD_LN_RUNTIME = 2.8;

    private static double lnRuntime(Job j) {
        return Math.log(SimTime.toSeconds(j.runTime()));
    }

    /**
     * E[ln runtime] for a job of {@code size}: the hyper-gamma conditioned on ln <= 12, since the
     * reference redraws both the choice of gamma and the value when it is above.
     */
    static double expectedLnRuntime(LublinParameters p, int size) {
        double cap = LublinParameters.MAX_LOG_RUNTIME;
        double q = LublinRuntimes.firstGammaProbability(p, size);
        double f1 = Gamma.regularizedGammaP(p.a1(), cap / p.b1());
        double f2 = Gamma.regularizedGammaP(p.a2(), cap / p.b2());
        double m1 = p.a1() * p.b1() * Gamma.regularizedGammaP(p.a1() + 1, cap / p.b1());
        double m2 = p.a2() * p.b2() * Gamma.regularizedGammaP(p.a2() + 1, cap / p.b2());
        return (q * m1 + (1 - q) * m2) / (q * f1 + (1 - q) * f2);
    }

    @Test
    void shouldMakeTheSerialFractionSerialProb() {
        // SE = sqrt(0.29 x 0.71 / 1e5) = 0.0014.
        double serial = SAMPLE.stream().filter(j -> j.processors() == 1).count() / (double) N;
        assertEquals(P.serialProb(), serial, 0.006);
    }

    @Test
    void shouldRoundTheModelsShareOfParallelJobsToPowersOfTwo() {
        // POW2_PROB of all jobs are rounded, and some others round to a power of two by chance
        // (2^1.2..2^1.32 rounds to 2): 0.945 + 0.055 x 0.18 = 0.955 of parallel jobs. SE 0.0008.
        List<Job> parallel = SAMPLE.stream().filter(j -> j.processors() > 1).toList();
        double pow2 = parallel.stream().filter(j -> Integer.bitCount(j.processors()) == 1).count()
                / (double) parallel.size();
        double expected = new LublinSizeModel(P).pow2FractionOfParallel();
        assertEquals(expected, pow2, 0.004);
        assertTrue(expected > P.pow2Prob() / (1 - P.serialProb()), "chance powers of two are counted");
    }

    @Test
    void shouldGiveParallelSizesTheModelsMeanAndMedianLog2() {
        // log2 sizes of parallel jobs have SD about 1.2: SE of the mean 0.005.
        LublinSizeModel model = new LublinSizeModel(P);
        assertEquals(model.meanLog2Parallel(), LublinFeitelsonWorkloadTest.meanLog2Parallel(SAMPLE), 0.025);
        int[] sizes = SAMPLE.stream().filter(j -> j.processors() > 1).mapToInt(Job::processors).sorted().toArray();
        int median = model.medianParallel();
        assertEquals(median, sizes[sizes.length / 2]);
        // The sample median is only stable if the model's CDF steps clearly across one half there.
        assertTrue(model.probability(LublinSizeModel.atMost(median - 1)) < 0.49);
        assertTrue(model.probability(LublinSizeModel.atMost(median)) > 0.51);
    }

    @Test
    void shouldGiveEachSizeItsHyperGammaMeanLogRuntime() {
        // Compare mean ln runtime with its expectation given each job's size, overall and in
        // three size classes; ln runtime has SD about 2.75, so SE = 2.75 / sqrt(count). The
        // expectation rises from 6.77 (serial) to 7.64 (64 processors) as p = PA x size + PB falls.
        double[][] classes = {{1, 1}, {2, 16}, {32, MACHINE}};
        double[] observed = new double[classes.length];
        for (int k = 0; k < classes.length; k++) {
            double[] c = classes[k];
            List<Job> in = SAMPLE.stream().filter(j -> j.processors() >= c[0] && j.processors() <= c[1]).toList();
            observed[k] = in.stream().mapToDouble(LublinFeitelsonStatisticsTest::lnRuntime).average().orElseThrow();
            double expected = in.stream().mapToDouble(j -> expectedLnRuntime(P, j.processors())).average()
                    .orElseThrow();
            assertEquals(expected, observed[k], 5 * SD_LN_RUNTIME / Math.sqrt(in.size()) + 0.01,
                    "sizes " + c[0] + ".." + c[1]);
        }
        double expectedGap = expectedLnRuntime(P, 32) - expectedLnRuntime(P, 1);
        assertTrue(observed[2] - observed[0] > expectedGap / 2, "bigger jobs run longer");
        double all = SAMPLE.stream().mapToDouble(LublinFeitelsonStatisticsTest::lnRuntime).average().orElseThrow();
        double expected = SAMPLE.stream().mapToDouble(j -> expectedLnRuntime(P, j.processors())).average()
                .orElseThrow();
        // 0.01 allows for truncating runtimes to whole seconds, which lowers ln runtime slightly.
        assertEquals(expected, all, 5 * SD_LN_RUNTIME / Math.sqrt(N) + 0.01);
    }

    @Test
    void shouldCorrelateSizeAndRuntimePositively() {
        double[] x = SAMPLE.stream().mapToDouble(j -> Math.log(j.processors())).toArray();
        double[] y = SAMPLE.stream().mapToDouble(LublinFeitelsonStatisticsTest::lnRuntime).toArray();
        // The same correlation computed from each job's expected ln runtime, which removes the
        // hyper-gamma's noise from y but keeps its dependence on size.
        double[] ey = SAMPLE.stream().mapToDouble(j -> expectedLnRuntime(P, j.processors())).toArray();
        double r = correlation(x, y);
        double noiseFree = correlation(x, ey) * standardDeviation(ey) / standardDeviation(y);
        // SE of a correlation near 0.09 with 1e5 pairs: (1 - r^2) / sqrt(n) = 0.003. The
        // hyper-gamma's spread dilutes the dependence, so the correlation is small but, at
        // 0.05 and above, more than 15 SE from none.
        assertEquals(noiseFree, r, 0.015);
        assertTrue(r > 0.05, "correlation " + r);
    }

    @Test
    void shouldFollowTheDailyCycleOfTheWeights() {
        double[] w = DailyCycleArrivals.bucketWeights(P);
        double[] expected = new double[24];
        for (int h = 0; h < 24; h++) {
            expected[h] = w[2 * h] + w[2 * h + 1];
        }
        long[] counts = new long[24];
        for (Job j : SAMPLE) {
            counts[(int) (j.submitTime() / SimTime.HOUR % 24)]++;
        }
        double expectedRatio = Arrays.stream(expected).max().orElseThrow() / Arrays.stream(expected).min().orElseThrow();
        double ratio = (double) Arrays.stream(counts).max().orElseThrow() / Arrays.stream(counts).min().orElseThrow();
        // Published batch cycle: busiest hour 13:00, quietest 04:00, about 6.7 to 1. Gaps are
        // bursty (CV 5.8), so hourly counts scatter more than Poisson: simulations of this
        // process put the ratio's SD near 7% at this size; 25% is about 3.5 SD.
        assertEquals(expectedRatio, ratio, 0.25 * expectedRatio);
        int peak = argMax(counts);
        int trough = argMin(counts);
        assertTrue(peak >= 11 && peak <= 15, "peak hour " + peak);
        assertTrue(trough >= 2 && trough <= 6, "trough hour " + trough);
        // The 9-to-5 share, a steadier statistic than the extremes.
        double day = 0;
        double dayCounts = 0;
        for (int h = 9; h < 17; h++) {
            day += expected[h] / 48;
            dayCounts += counts[h] / (double) N;
        }
        assertEquals(day, dayCounts, 0.03);
    }

    @Test
    void shouldArriveAtTheModelsMeanRate() {
        LublinFeitelsonWorkload w = new LublinFeitelsonWorkload(N, MACHINE, new RandomStreams(2024));
        double meanGap = SimTime.toSeconds(SAMPLE.get(N - 1).submitTime()) / N;
        // Gaps have CV 5.8 (truncated at e^13 s): SE of the mean of 1e5 is 1.8%; 8% is 4.4 SE.
        assertEquals(w.meanInterarrivalSeconds(), meanGap, 0.08 * meanGap);
        assertEquals(3517, w.meanInterarrivalSeconds(), 5, "E[e^G | G <= 13] for the batch gamma");
        LublinFeitelsonWorkload twice = new LublinFeitelsonWorkload(1, MACHINE, 2.0, new RandomStreams(1));
        assertEquals(w.meanInterarrivalSeconds() / 2, twice.meanInterarrivalSeconds(), 1e-9);
    }

    private static int argMax(long[] a) {
        int best = 0;
        for (int i = 1; i < a.length; i++) {
            best = a[i] > a[best] ? i : best;
        }
        return best;
    }

    private static int argMin(long[] a) {
        int best = 0;
        for (int i = 1; i < a.length; i++) {
            best = a[i] < a[best] ? i : best;
        }
        return best;
    }

    private static double correlation(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double standardDeviation(double[] x) {
        double m = Arrays.stream(x).average().orElseThrow();
        return Math.sqrt(Arrays.stream(x).map(v -> (v - m) * (v - m)).average().orElseThrow());
    }
}
