package org.hpcsim.models.perf;

/**
 * One stretch of a job's run with a steady demand: {@code iterations} repetitions of a step that
 * takes {@code fixedSeconds} plus {@code sharedBytes} moved over {@code channel} at the rate the
 * job gets there. A read or write phase is one iteration of its bytes.
 *
 * @param name        what the phase is (for reports and tests)
 * @param iterations  repetitions (may be fractional, never negative)
 * @param fixedSeconds seconds per iteration no other job changes
 * @param sharedBytes bytes per iteration over the channel (per node on the network; the whole
 *                    job's on the file system)
 * @param channel     what the shared bytes travel over
 * @param traffic     where network bytes go (network phases only)
 */
public record Phase(String name, double iterations, double fixedSeconds, double sharedBytes, Channel channel,
                    Traffic traffic) {
    /** Validates the phase. */
    public Phase {
        if (!(iterations >= 0) || !(fixedSeconds >= 0) || !(sharedBytes >= 0) || !Double.isFinite(iterations)
                || channel == null || traffic == null || (sharedBytes > 0 && channel == Channel.NONE)) {
            throw new IllegalArgumentException("phase " + name + ": impossible demand");
        }
    }

    /** Whether the phase's progress depends on a rate shared with other jobs. */
    public boolean shared() {
        return sharedBytes > 0 && iterations > 0;
    }

    /** Seconds one iteration takes at {@code rate} bytes per second over the channel. */
    public double iterationSeconds(double rate) {
        return sharedBytes == 0 ? fixedSeconds : fixedSeconds + sharedBytes / rate;
    }
}
