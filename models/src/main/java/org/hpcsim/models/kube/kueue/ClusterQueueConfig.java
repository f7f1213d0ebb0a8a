package org.hpcsim.models.kube.kueue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One ClusterQueue: its flavors in the order Kueue tries them, each with its quotas, the cohort it
 * lends to and borrows from, its queueing strategy, and its preemption settings.
 *
 * @param name       the ClusterQueue's name
 * @param cohort     the cohort it belongs to, or null for none (then it never borrows or lends)
 * @param strictFifo StrictFIFO (the head blocks the queue) rather than BestEffortFIFO
 * @param flavors    its flavors' quotas, in order of preference; flavor names distinct
 * @param preemption preemption and flavor fungibility; null for upstream's defaults
 */
public record ClusterQueueConfig(String name, String cohort, boolean strictFifo, List<FlavorQuotas> flavors,
                                 KueuePreemption preemption) {
    /** Validates and copies: a name, at least one flavor, no flavor twice. */
    public ClusterQueueConfig {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a ClusterQueue needs a name");
        }
        flavors = List.copyOf(flavors);
        if (flavors.isEmpty()) {
            throw new IllegalArgumentException("ClusterQueue '" + name + "' needs at least one flavor's quotas");
        }
        List<String> seen = new ArrayList<>();
        for (FlavorQuotas f : flavors) {
            if (seen.contains(f.flavor())) {
                throw new IllegalArgumentException("ClusterQueue '" + name + "' lists flavor '" + f.flavor()
                        + "' twice");
            }
            seen.add(f.flavor());
        }
        preemption = preemption == null ? KueuePreemption.DEFAULT : preemption;
    }

    /**
     * A ClusterQueue with one flavor, {@link ResourceFlavor#DEFAULT}, no lendingLimit and no preemption.
     *
     * @param nominal        nominal quota per resource name; a resource not named is not covered
     * @param borrowingLimit the most it may use past nominal per resource; not named: no limit
     */
    public ClusterQueueConfig(String name, String cohort, boolean strictFifo, Map<String, Long> nominal,
                              Map<String, Long> borrowingLimit) {
        this(name, cohort, strictFifo, List.of(new FlavorQuotas(ResourceFlavor.DEFAULT, nominal, borrowingLimit,
                null)), null);
    }
}
