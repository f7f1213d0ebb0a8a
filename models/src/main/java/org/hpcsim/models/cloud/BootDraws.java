package org.hpcsim.models.cloud;

import org.apache.commons.math3.distribution.RealDistribution;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.random.StreamRandomGenerator;

/**
 * The boot times of one run's node launches: a fixed time, or one draw per launched node from the
 * stream {@link BootDistribution#STREAM}, in the order the model launches its nodes, with what was
 * drawn kept for the summary.
 */
public final class BootDraws {
    private final long fixed;
    private final RealDistribution distribution;
    private long count;
    private long sum;
    private long max;

    private BootDraws(long fixed, RealDistribution distribution) {
        this.fixed = fixed;
        this.distribution = distribution;
    }

    /**
     * Boot times of {@code fixed} ns each when {@code drawn} is null, else drawn from {@code drawn}
     * with a stream of {@code streams}.
     */
    public static BootDraws of(long fixed, BootDistribution drawn, RandomStreams streams) {
        if (drawn == null) {
            if (fixed < 0) {
                throw new IllegalArgumentException("a boot time of " + fixed + " ns");
            }
            return new BootDraws(fixed, null);
        }
        if (streams == null) {
            throw new IllegalArgumentException("boot times drawn from " + drawn.name() + " need random streams");
        }
        return new BootDraws(-1, drawn.sampler().apply(new StreamRandomGenerator(streams.stream(BootDistribution.STREAM))));
    }

    /** Whether boot times are drawn (otherwise every boot takes the same time). */
    public boolean drawn() {
        return distribution != null;
    }

    /** The boot time of the next node launched, in ns. */
    public long next() {
        if (distribution == null) {
            return fixed;
        }
        long t = SimTime.ofSeconds(Math.max(0, distribution.sample()));
        count++;
        sum += t;
        max = Math.max(max, t);
        return t;
    }

    /** What was drawn so far, or null when boot times are fixed. */
    public BootStats stats() {
        if (distribution == null) {
            return null;
        }
        return new BootStats(count, count == 0 ? 0 : SimTime.toSeconds(sum) / count, SimTime.toSeconds(max));
    }
}
