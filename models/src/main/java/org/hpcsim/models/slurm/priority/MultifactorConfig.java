package org.hpcsim.models.slurm.priority;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.hpcsim.core.SimTime;

/**
 * The slurm.conf(5) settings of priority/multifactor that this model reads. Times are simulation
 * nanoseconds. Only {@code PriorityUsageResetPeriod=NONE} (the default) is modelled.
 *
 * @param weights the PriorityWeight* values
 * @param maxAgeNanos PriorityMaxAge: the wait at which the age factor reaches 1
 * @param favorSmall PriorityFavorSmall
 * @param flags PriorityFlags honoured by this model (an unmodifiable EnumSet view, enum order)
 * @param decayHalfLifeNanos PriorityDecayHalfLife; 0 disables decay
 * @param calcPeriodNanos PriorityCalcPeriod: how often the scheduler should call recalculate
 * @param dampeningFactor FairShareDampeningFactor (classic algorithm only)
 * @param chargeFinalInterval whether a finished job's usage since the last calc period is charged
 *     at its end; slurmctld does so only when AccountingStorageEnforce includes limits
 *     (acct_policy.c calls priority_g_job_end under ACCOUNTING_ENFORCE_LIMITS only), otherwise
 *     that last partial interval is never charged
 */
public record MultifactorConfig(MultifactorWeights weights, long maxAgeNanos, boolean favorSmall, Set<PriorityFlag> flags,
        long decayHalfLifeNanos, long calcPeriodNanos, int dampeningFactor, boolean chargeFinalInterval) {
    /** slurm.conf(5): PriorityMaxAge default 7-0 (7 days). */
    public static final long DEFAULT_MAX_AGE = 7 * 24 * SimTime.HOUR;
    /** slurm.conf(5): PriorityCalcPeriod default 5 (minutes). */
    public static final long DEFAULT_CALC_PERIOD = 5 * SimTime.MINUTE;
    /** slurm.conf(5): FairShareDampeningFactor default 1. */
    public static final int DEFAULT_DAMPENING = 1;

    /** Validates ranges and freezes the flag set. */
    public MultifactorConfig {
        if (weights == null) {
            throw new IllegalArgumentException("weights must not be null");
        }
        if (maxAgeNanos < 0) {
            throw new IllegalArgumentException("PriorityMaxAge must be >= 0, got " + maxAgeNanos);
        }
        if (calcPeriodNanos <= 0) {
            throw new IllegalArgumentException("PriorityCalcPeriod must be > 0, got " + calcPeriodNanos);
        }
        if (dampeningFactor < 1) {
            throw new IllegalArgumentException("FairShareDampeningFactor must be >= 1, got " + dampeningFactor);
        }
        new HalfLifeDecay(decayHalfLifeNanos); // validates
        EnumSet<PriorityFlag> copy = EnumSet.noneOf(PriorityFlag.class);
        copy.addAll(flags);
        flags = Collections.unmodifiableSet(copy);
    }

    /**
     * Slurm's defaults: all weights 0, PriorityMaxAge 7 days, PriorityFavorSmall NO, no flags (so Fair
     * Tree), PriorityDecayHalfLife 7 days, PriorityCalcPeriod 5 min, dampening 1, and no charge at job
     * end (slurm.conf(5): AccountingStorageEnforce default is none).
     */
    public static MultifactorConfig defaults() {
        return new MultifactorConfig(MultifactorWeights.none(), DEFAULT_MAX_AGE, false, Set.of(),
                HalfLifeDecay.DEFAULT_HALF_LIFE, DEFAULT_CALC_PERIOD, DEFAULT_DAMPENING, false);
    }

    /** True when the classic algorithm is selected (NO_FAIR_TREE). */
    public boolean classicFairShare() {
        return flags.contains(PriorityFlag.NO_FAIR_TREE);
    }

    /** The decay this configuration applies. */
    public HalfLifeDecay decay() {
        return new HalfLifeDecay(decayHalfLifeNanos);
    }

    /** A copy with other weights. */
    public MultifactorConfig withWeights(MultifactorWeights w) {
        return new MultifactorConfig(w, maxAgeNanos, favorSmall, flags, decayHalfLifeNanos, calcPeriodNanos,
                dampeningFactor, chargeFinalInterval);
    }

    /** A copy with another PriorityMaxAge. */
    public MultifactorConfig withMaxAge(long nanos) {
        return new MultifactorConfig(weights, nanos, favorSmall, flags, decayHalfLifeNanos, calcPeriodNanos,
                dampeningFactor, chargeFinalInterval);
    }

    /** A copy with another PriorityFavorSmall. */
    public MultifactorConfig withFavorSmall(boolean small) {
        return new MultifactorConfig(weights, maxAgeNanos, small, flags, decayHalfLifeNanos, calcPeriodNanos,
                dampeningFactor, chargeFinalInterval);
    }

    /** A copy with these PriorityFlags. */
    public MultifactorConfig withFlags(Set<PriorityFlag> f) {
        return new MultifactorConfig(weights, maxAgeNanos, favorSmall, f, decayHalfLifeNanos, calcPeriodNanos,
                dampeningFactor, chargeFinalInterval);
    }

    /** A copy with another PriorityDecayHalfLife (0 = no decay). */
    public MultifactorConfig withDecayHalfLife(long nanos) {
        return new MultifactorConfig(weights, maxAgeNanos, favorSmall, flags, nanos, calcPeriodNanos,
                dampeningFactor, chargeFinalInterval);
    }

    /** A copy with another PriorityCalcPeriod. */
    public MultifactorConfig withCalcPeriod(long nanos) {
        return new MultifactorConfig(weights, maxAgeNanos, favorSmall, flags, decayHalfLifeNanos, nanos,
                dampeningFactor, chargeFinalInterval);
    }

    /** A copy with another FairShareDampeningFactor. */
    public MultifactorConfig withDampening(int d) {
        return new MultifactorConfig(weights, maxAgeNanos, favorSmall, flags, decayHalfLifeNanos, calcPeriodNanos,
                d, chargeFinalInterval);
    }

    /** A copy that does (true) or does not charge a job's last partial interval at its end. */
    public MultifactorConfig withChargeFinalInterval(boolean charge) {
        return new MultifactorConfig(weights, maxAgeNanos, favorSmall, flags, decayHalfLifeNanos, calcPeriodNanos,
                dampeningFactor, charge);
    }
}
