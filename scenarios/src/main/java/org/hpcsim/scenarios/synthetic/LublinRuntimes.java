package org.hpcsim.scenarios.synthetic;

import org.hpcsim.models.random.StreamRandomGenerator;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.hpcsim.core.RandomStream;

/**
 * Draws runtimes as the reference's {@code time_from_nodes}: ln(runtime in seconds) follows a
 * hyper-gamma, gamma(a1, b1) with probability p = pa x size + pb (clamped to [0, 1]) and
 * gamma(a2, b2) otherwise, redrawn while above {@link LublinParameters#MAX_LOG_RUNTIME}. With
 * pa below zero, bigger jobs more often take the second, longer gamma.
 */
final class LublinRuntimes {
    private final LublinParameters p;
    private final RandomStream choices;
    private final GammaDistribution shortLogs;
    private final GammaDistribution longLogs;

    LublinRuntimes(LublinParameters p, RandomStream runtimes) {
        this.p = p;
        this.choices = runtimes;
        StreamRandomGenerator rng = new StreamRandomGenerator(runtimes);
        this.shortLogs = new GammaDistribution(rng, p.a1(), p.b1());
        this.longLogs = new GammaDistribution(rng, p.a2(), p.b2());
    }

    /** The probability of the first gamma for a job of {@code size} processors. */
    static double firstGammaProbability(LublinParameters p, int size) {
        return Math.max(0, Math.min(1, p.pa() * size + p.pb()));
    }

    /** A runtime in whole seconds, at least 1, for a job of {@code size} processors. */
    long drawSeconds(int size) {
        double first = firstGammaProbability(p, size);
        double logSeconds;
        do {
            // As the reference, the mixture is drawn anew with each retry.
            logSeconds = (choices.nextDouble() <= first ? shortLogs : longLogs).sample();
        } while (logSeconds > LublinParameters.MAX_LOG_RUNTIME);
        // The reference truncates exp() to whole seconds; a runtime of 0 would be an empty job here.
        return Math.max(1, (long) StrictMath.exp(logSeconds));
    }
}
