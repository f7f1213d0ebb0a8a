package org.hpcsim.models.kube.volcano;

import org.hpcsim.core.SimTime;

/**
 * Volcano's settings hpcsim models: how often a scheduling session runs (the scheduler's
 * {@code schedulePeriod}, 1 s by default) and the binpack plugin's weights (Volcano's defaults:
 * {@code binpack.weight} 1, {@code binpack.cpu} 1, {@code binpack.memory} 1; other resources, GPUs
 * included, count only when {@code binpack.resources} names them, which it does not by default).
 *
 * @param schedulePeriod simulated time between sessions, &gt; 0
 * @param binpackWeight  binpack.weight: the plugin's weight in the node score
 * @param cpuWeight      binpack.cpu
 * @param memoryWeight   binpack.memory
 */
public record VolcanoConfig(long schedulePeriod, int binpackWeight, int cpuWeight, int memoryWeight) {
    /** Validates the settings. */
    public VolcanoConfig {
        if (schedulePeriod <= 0 || binpackWeight < 0 || cpuWeight < 0 || memoryWeight < 0) {
            throw new IllegalArgumentException("Volcano needs a positive schedule period and non-negative binpack weights");
        }
    }

    /** Volcano's defaults: a session every second, binpack weights 1, 1, 1. */
    public static VolcanoConfig defaults() {
        return new VolcanoConfig(SimTime.SECOND, 1, 1, 1);
    }

    /** These settings with sessions every {@code period}. */
    public VolcanoConfig withSchedulePeriod(long period) {
        return new VolcanoConfig(period, binpackWeight, cpuWeight, memoryWeight);
    }
}
