package org.hpcsim.scenarios.synthetic;

import org.hpcsim.models.random.StreamRandomGenerator;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.special.Gamma;
import org.hpcsim.core.RandomStream;

/**
 * The reference's arrival process ({@code arrive_init}, {@code calc_next_arrive}): gaps whose
 * natural log is gamma(aArr x arar, bArr) (redrawn above {@link
 * LublinParameters#MAX_LOG_INTERARRIVAL}) are spent in "points" across 48 half-hour buckets, each
 * bucket costing its weight per half hour. A bucket's weight is the mass the gamma(aNum, bNum)
 * cycle puts on it, normalised to mean 1, so busy buckets pass slowly and take many arrivals
 * while quiet ones are crossed quickly: a time change of a renewal process that keeps the daily
 * mean rate and shapes its hours. Time 0 is midnight (the reference's START = 0).
 */
final class DailyCycleArrivals {
    private static final double BUCKET_SECONDS = 86_400.0 / LublinParameters.BUCKETS_PER_DAY;

    private final double[] weights;
    private final double rateFactor;
    private final GammaDistribution logGaps;
    private int bucket;
    private double bucketStart;
    private double elapsedFraction;

    /** Arrivals {@code rateFactor} times as frequent as the model's, drawn from {@code arrivals}. */
    DailyCycleArrivals(LublinParameters p, double rateFactor, RandomStream arrivals) {
        this.weights = bucketWeights(p);
        this.rateFactor = rateFactor;
        this.logGaps = new GammaDistribution(new StreamRandomGenerator(arrivals), p.arrivalShape(), p.bArr());
    }

    /**
     * The reference's bucket weights: bucket (i - 1) mod 48 gets the gamma(aNum, bNum) mass on
     * [i - 0.5, i + 0.5] for i from CYCLIC_DAY_START to CYCLIC_DAY_START + 47; then all are divided
     * by their mean.
     */
    static double[] bucketWeights(LublinParameters p) {
        int n = LublinParameters.BUCKETS_PER_DAY;
        double[] w = new double[n];
        double sum = 0;
        for (int i = LublinParameters.CYCLIC_DAY_START; i < n + LublinParameters.CYCLIC_DAY_START; i++) {
            double mass = Gamma.regularizedGammaP(p.aNum(), (i + 0.5) / p.bNum())
                    - Gamma.regularizedGammaP(p.aNum(), (i - 0.5) / p.bNum());
            w[(i - 1) % n] = mass;
            sum += mass;
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum / n;
        }
        return w;
    }

    /** The next arrival time, in seconds since time 0; never earlier than the previous one. */
    double next() {
        double gap;
        do {
            gap = logGaps.sample();
        } while (gap > LublinParameters.MAX_LOG_INTERARRIVAL);
        // Points, in bucket-weight units: a gap of one half hour buys one mean-weight bucket.
        double points = StrictMath.exp(gap) / rateFactor / BUCKET_SECONDS;
        double left = weights[bucket] * (1 - elapsedFraction);
        while (points > left) {
            points -= left;
            bucket = (bucket + 1) % weights.length;
            bucketStart += BUCKET_SECONDS;
            elapsedFraction = 0;
            left = weights[bucket];
        }
        elapsedFraction = Math.min(1, elapsedFraction + points / weights[bucket]);
        return bucketStart + elapsedFraction * BUCKET_SECONDS;
    }

    /**
     * The long-run mean gap in seconds: E[e^G | G <= 13] / rateFactor for G ~ gamma(aArr x arar,
     * bArr). The weights average 1 over a day, so the cycle moves arrivals between hours without
     * changing the daily count. Integrated numerically (composite Simpson) rather than in closed
     * form, which exists only for bArr below 1.
     */
    static double meanGapSeconds(LublinParameters p, double rateFactor) {
        GammaDistribution g = new GammaDistribution(null, p.arrivalShape(), p.bArr());
        double top = LublinParameters.MAX_LOG_INTERARRIVAL;
        int panels = 20_000;
        double h = top / panels;
        double sum = 0;
        for (int i = 0; i <= panels; i++) {
            double x = i * h;
            double f = StrictMath.exp(x) * g.density(x);
            sum += (i == 0 || i == panels ? 1 : i % 2 == 1 ? 4 : 2) * f;
        }
        return sum * h / 3 / g.cumulativeProbability(top) / rateFactor;
    }
}
