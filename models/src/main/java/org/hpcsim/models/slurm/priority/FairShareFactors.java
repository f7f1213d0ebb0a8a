package org.hpcsim.models.slurm.priority;

import java.util.Arrays;

/**
 * One fair-share calculation over a whole association tree, per association id, with the columns
 * {@code sshare -l} shows: NormShares, EffectvUsage, FairShare and (Fair Tree only) Level FS.
 *
 * <p>Values that an algorithm does not define are {@code NaN}: Level FS under the classic
 * algorithm, and the FairShare factor of accounts under Fair Tree (which ranks users only).
 */
public final class FairShareFactors {
    private final double[] sharesNorm;
    private final double[] effectiveUsage;
    private final double[] factor;
    private final double[] levelFs;

    FairShareFactors(double[] sharesNorm, double[] effectiveUsage, double[] factor, double[] levelFs) {
        this.sharesNorm = sharesNorm;
        this.effectiveUsage = effectiveUsage;
        this.factor = factor;
        this.levelFs = levelFs;
    }

    /** Factors before any calculation ran: every association 0, as in a fresh slurmctld. */
    static FairShareFactors zero(int size) {
        double[] zeros = new double[size];
        double[] nan = new double[size];
        Arrays.fill(nan, Double.NaN);
        return new FairShareFactors(zeros, zeros, zeros, nan);
    }

    /** The fair-share factor in [0, 1] that jobs of this (user) association get. */
    public double factor(int assoc) {
        return factor[assoc];
    }

    /** Normalised shares (sshare NormShares). */
    public double sharesNorm(int assoc) {
        return sharesNorm[assoc];
    }

    /** Effective usage (sshare EffectvUsage): classic U_E, or usage over the fair-share parent's in Fair Tree. */
    public double effectiveUsage(int assoc) {
        return effectiveUsage[assoc];
    }

    /** Fair Tree's level fair-share S/U (sshare Level FS); {@code +Infinity} without usage, NaN under classic. */
    public double levelFs(int assoc) {
        return levelFs[assoc];
    }

    /** Number of associations covered. */
    public int size() {
        return factor.length;
    }
}
