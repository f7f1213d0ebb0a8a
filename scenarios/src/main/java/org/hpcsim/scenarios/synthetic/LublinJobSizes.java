package org.hpcsim.scenarios.synthetic;

import org.hpcsim.core.RandomStream;

/**
 * Draws job sizes as the reference's {@code calc_number_of_nodes}: one uniform decides serial,
 * power-of-two parallel or other parallel; parallel sizes are 2^x with x from a two-stage uniform
 * (rounded to an integer for power-of-two jobs), and the size is 2^x rounded to the nearest
 * integer.
 */
final class LublinJobSizes {
    private final LublinParameters p;
    private final int machineProcessors;
    private final RandomStream sizes;

    /** {@code p} must already be scaled to the machine ({@link LublinParameters#forMachine}). */
    LublinJobSizes(LublinParameters p, int machineProcessors, RandomStream sizes) {
        this.p = p;
        this.machineProcessors = machineProcessors;
        this.sizes = sizes;
    }

    int draw() {
        double u = sizes.nextDouble();
        if (u <= p.serialProb()) {
            return 1;
        }
        double log2Size = twoStageUniform();
        boolean powerOfTwo = u <= p.serialProb() + p.pow2Prob();
        if (powerOfTwo) {
            log2Size = Math.floor(log2Size + 0.5);
        }
        long size = (long) (StrictMath.pow(2, log2Size) + 0.5);
        if (size > machineProcessors) {
            // Only rounding a power-of-two job up past a machine that is not a power of two gets
            // here (uHi = log2 of the machine); the reference, on 128 nodes, never meets it. Keep
            // the job a power of two: the largest that fits.
            return powerOfTwo ? Integer.highestOneBit(machineProcessors) : machineProcessors;
        }
        return (int) Math.max(1, size);
    }

    /** The reference's {@code two_stage_uniform}: U(uLow, uMed) with probability uProb, else U(uMed, uHi). */
    private double twoStageUniform() {
        boolean first = sizes.nextDouble() <= p.uProb();
        double a = first ? p.uLow() : p.uMed();
        double b = first ? p.uMed() : p.uHi();
        return sizes.nextDouble() * (b - a) + a;
    }
}
