package org.hpcsim.models.kube;

import java.util.List;

/**
 * A scheduler profile: its filter plugins, its score plugins with weights, and
 * percentageOfNodesToScore (0 for the adaptive default).
 *
 * @param name                     the profile's schedulerName
 * @param filters                  Filter plugins, in order
 * @param scores                   Score plugins with weights
 * @param percentageOfNodesToScore 0 (adaptive) or 1..100
 */
public record SchedulerProfile(String name, List<FilterPlugin> filters, List<WeightedScore> scores,
                               int percentageOfNodesToScore) {
    /** Validates the profile. */
    public SchedulerProfile {
        if (name == null || percentageOfNodesToScore < 0 || percentageOfNodesToScore > 100) {
            throw new IllegalArgumentException("a profile needs a name and percentageOfNodesToScore in 0..100");
        }
        filters = List.copyOf(filters);
        scores = List.copyOf(scores);
    }
}
