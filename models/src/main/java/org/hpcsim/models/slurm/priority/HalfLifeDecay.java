package org.hpcsim.models.slurm.priority;

import org.hpcsim.core.SimTime;

/**
 * PriorityDecayHalfLife as slurmctld applies it: a per-second factor {@code d = 1 - 0.693 / halfLife}
 * (halfLife in seconds) raised to the length of each interval (priority_multifactor.c, the decay
 * thread's linearised {@code e^(ln(1/2)/halfLife)}). One half-life therefore scales usage by
 * {@code (1 - 0.693/h)^h}, about 0.50007 for a 7-day half-life rather than exactly 1/2; we keep
 * Slurm's formula so simulated usage tracks slurmctld's. A half-life of 0 disables decay.
 *
 * <p>Intervals are measured in fractional seconds from nanosecond times; Slurm measures whole
 * seconds ({@code time_t}), which makes no difference when calc periods fall on whole seconds.
 *
 * @param halfLifeNanos PriorityDecayHalfLife; 0 for no decay, else at least one second
 */
public record HalfLifeDecay(long halfLifeNanos) {
    /** slurm.conf(5): PriorityDecayHalfLife default 7-0 (7 days). */
    public static final long DEFAULT_HALF_LIFE = 7 * 24 * SimTime.HOUR;

    // priority_multifactor.c clamps the period factor at DBL_MIN so usage never reaches exactly zero.
    private static final double SMALLEST_FACTOR = Double.MIN_NORMAL;

    /** Validates the half-life. */
    public HalfLifeDecay {
        if (halfLifeNanos != 0 && halfLifeNanos < SimTime.SECOND) {
            throw new IllegalArgumentException("half-life must be 0 (no decay) or at least 1 s, got " + halfLifeNanos
                    + " ns");
        }
    }

    /** The per-second decay factor {@code 1 - 0.693 / halfLifeSeconds}, or 1 without decay. */
    public double perSecond() {
        return halfLifeNanos == 0 ? 1.0 : 1.0 - 0.693 / SimTime.toSeconds(halfLifeNanos);
    }

    /** {@code perSecond()^seconds}: the weight Slurm gives usage accrued over an interval of that length. */
    public double over(long intervalNanos) {
        if (intervalNanos <= 0 || halfLifeNanos == 0) {
            return 1.0;
        }
        return Math.pow(perSecond(), SimTime.toSeconds(intervalNanos));
    }

    /** The factor applied to all stored usage after an interval: {@link #over} clamped at DBL_MIN. */
    public double periodFactor(long intervalNanos) {
        return Math.max(over(intervalNanos), SMALLEST_FACTOR);
    }
}
