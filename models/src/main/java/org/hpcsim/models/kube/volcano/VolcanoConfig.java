package org.hpcsim.models.kube.volcano;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.kube.kueue.KueueConfig;

/**
 * Volcano's settings hpcsim models: how often a scheduling session runs (the scheduler's
 * {@code schedulePeriod}, 1 s by default), the binpack plugin's weights (Volcano's defaults:
 * {@code binpack.weight} 1, {@code binpack.cpu} 1, {@code binpack.memory} 1; other resources, GPUs
 * included, count only when {@code binpack.resources} names them, which it does not by default), and
 * the queues with the enqueue action's overcommit factor.
 *
 * @param schedulePeriod   simulated time between sessions, &gt; 0
 * @param binpackWeight    binpack.weight: the plugin's weight in the node score
 * @param cpuWeight        binpack.cpu
 * @param memoryWeight     binpack.memory
 * @param queues           the queues; empty: no queue model (one queue, no enqueue gating), as before
 * @param queueLabel       which trace label names a job's queue (a name no queue has: {@code default})
 * @param overcommitFactor the overcommit plugin's overcommit-factor (default 1.2), at least 1
 */
public record VolcanoConfig(long schedulePeriod, int binpackWeight, int cpuWeight, int memoryWeight,
                            List<VolcanoQueue> queues, KueueConfig.QueueLabel queueLabel, double overcommitFactor) {
    /** The overcommit plugin's default factor (volcano pkg/scheduler/plugins/overcommit: defaultOverCommitFactor). */
    public static final double DEFAULT_OVERCOMMIT = 1.2;

    /** Validates the settings. */
    public VolcanoConfig {
        if (schedulePeriod <= 0 || binpackWeight < 0 || cpuWeight < 0 || memoryWeight < 0) {
            throw new IllegalArgumentException("Volcano needs a positive schedule period and non-negative binpack weights");
        }
        queues = queues == null ? List.of() : List.copyOf(queues);
        List<String> names = new ArrayList<>();
        for (VolcanoQueue q : queues) {
            if (names.contains(q.name())) {
                throw new IllegalArgumentException("Volcano queue '" + q.name() + "' is named twice");
            }
            names.add(q.name());
        }
        queueLabel = queueLabel == null ? KueueConfig.QueueLabel.QUEUE : queueLabel;
        if (!(overcommitFactor >= 1) || Double.isInfinite(overcommitFactor)) {
            // Upstream falls back to 1.2 below 1 (overcommit.go validate); a scenario is told instead.
            throw new IllegalArgumentException("overcommitFactor must be 1 or more, got " + overcommitFactor);
        }
    }

    /** The settings without queues. */
    public VolcanoConfig(long schedulePeriod, int binpackWeight, int cpuWeight, int memoryWeight) {
        this(schedulePeriod, binpackWeight, cpuWeight, memoryWeight, List.of(), null, DEFAULT_OVERCOMMIT);
    }

    /** Volcano's defaults: a session every second, binpack weights 1, 1, 1, no queues. */
    public static VolcanoConfig defaults() {
        return new VolcanoConfig(SimTime.SECOND, 1, 1, 1);
    }

    /** These settings with sessions every {@code period}. */
    public VolcanoConfig withSchedulePeriod(long period) {
        return new VolcanoConfig(period, binpackWeight, cpuWeight, memoryWeight, queues, queueLabel, overcommitFactor);
    }

    /** These settings with {@code list} as the queues, jobs assigned by {@code label}. */
    public VolcanoConfig withQueues(List<VolcanoQueue> list, KueueConfig.QueueLabel label, double factor) {
        return new VolcanoConfig(schedulePeriod, binpackWeight, cpuWeight, memoryWeight, list, label, factor);
    }
}
