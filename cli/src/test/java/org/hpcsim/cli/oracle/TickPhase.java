package org.hpcsim.cli.oracle;

import java.util.List;

/**
 * Where in each wall-clock second slurmctld's one-second tick falls, from the times its main loop
 * allocated nodes (each on a tick): the fraction of the second after the whole second. The tick
 * drifts a few milliseconds a second (its loop sleeps a second and then works), so the phase
 * between two allocations is interpolated, unwrapped across the second's end, and held at the
 * nearest allocation outside them.
 */
public final class TickPhase {
    private final double[] times;
    private final double[] phases;

    /** The phase from allocation times {@code seconds} (any origin, ascending), at least one. */
    public TickPhase(List<Double> seconds) {
        if (seconds.isEmpty()) {
            throw new IllegalArgumentException("no allocation to read the tick from");
        }
        times = new double[seconds.size()];
        phases = new double[seconds.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = seconds.get(i);
            double phase = frac(times[i]);
            if (i > 0) {
                // Unwrap: the step from the previous phase is the one under half a second either way.
                double step = phase - frac(phases[i - 1]);
                step -= Math.rint(step);
                phase = phases[i - 1] + step;
            }
            phases[i] = phase;
        }
    }

    /** The tick's phase at time {@code t} (same origin), in [0, 1). */
    public double at(double t) {
        return frac(unwrapped(t));
    }

    /**
     * The tick's phase at time {@code t}, unwrapped from the first allocation's (which is in [0, 1)):
     * continuous across the second's end, so the difference between two times is how far the tick
     * drifted between them.
     */
    public double unwrapped(double t) {
        if (t <= times[0]) {
            return phases[0];
        }
        for (int i = 1; i < times.length; i++) {
            if (t <= times[i]) {
                double span = times[i] - times[i - 1];
                double w = span == 0 ? 1 : (t - times[i - 1]) / span;
                return phases[i - 1] + w * (phases[i] - phases[i - 1]);
            }
        }
        return phases[phases.length - 1];
    }

    private static double frac(double x) {
        return x - Math.floor(x);
    }
}
