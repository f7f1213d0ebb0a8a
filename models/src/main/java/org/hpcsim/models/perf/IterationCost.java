package org.hpcsim.models.perf;

/**
 * What one iteration of a job costs on its placement: seconds that no other job changes
 * (computation, latencies, reductions), and bytes each node injects into the network, which go at
 * whatever rate the job gets. Alone, the network bytes go at the NIC's rate, so an iteration takes
 * {@code fixedSeconds + networkBytes / nicBandwidth}.
 *
 * @param fixedSeconds seconds independent of bandwidth sharing
 * @param networkBytes bytes each node injects per iteration
 * @param traffic      where those bytes go
 */
public record IterationCost(double fixedSeconds, double networkBytes, Traffic traffic) {
    /** Validates the cost. */
    public IterationCost {
        if (!(fixedSeconds >= 0) || !(networkBytes >= 0) || !Double.isFinite(fixedSeconds)
                || !Double.isFinite(networkBytes)) {
            throw new IllegalArgumentException("an iteration's cost must be finite and not negative");
        }
    }

    /** An iteration of computation only. */
    public static IterationCost compute(double seconds) {
        return new IterationCost(seconds, 0, Traffic.NONE);
    }

    /** This cost plus a communication step of {@code seconds} alone, {@code bytes} of them network bytes. */
    public IterationCost plusCommunication(double seconds, double bytes, double nicBandwidth, Traffic pattern) {
        double shared = bytes / nicBandwidth;
        // Latencies and per-size inefficiencies stay fixed; only the bytes at the NIC's rate are shared.
        double fixed = Math.max(0, seconds - shared);
        return new IterationCost(fixedSeconds + fixed, networkBytes + bytes,
                Traffic.mix(traffic, networkBytes, pattern, bytes));
    }

    /** Seconds the iteration takes when its network bytes go at {@code rate} bytes per second. */
    public double seconds(double rate) {
        return networkBytes == 0 ? fixedSeconds : fixedSeconds + networkBytes / rate;
    }
}
