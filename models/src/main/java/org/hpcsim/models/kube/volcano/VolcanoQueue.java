package org.hpcsim.models.kube.volcano;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Volcano Queue (scheduling.volcano.sh/v1beta1 Queue): its weight in the proportion plugin's split
 * of the cluster, the most it may hold (capability), and whether reclaim may take back what it holds
 * past its deserved share. Quantities in the model's units (millicores, bytes, units).
 *
 * @param name        the queue's name
 * @param weight      spec.weight, at least 1 (Volcano's default 1)
 * @param capability  spec.capability per resource name; a resource not named is not capped
 * @param reclaimable spec.reclaimable (default true); recorded only, since hpcsim does not model reclaim
 */
public record VolcanoQueue(String name, int weight, Map<String, Long> capability, boolean reclaimable) {
    /** The queue every job without one belongs to (Volcano creates "default" with weight 1). */
    public static final String DEFAULT = "default";

    /** Validates and copies. */
    public VolcanoQueue {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a Volcano queue needs a name");
        }
        if (weight < 1) {
            throw new IllegalArgumentException("queue '" + name + "': weight must be at least 1, got " + weight);
        }
        capability = capability == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(capability));
        for (Map.Entry<String, Long> e : capability.entrySet()) {
            if (e.getValue() == null || e.getValue() < 0) {
                throw new IllegalArgumentException("queue '" + name + "': capability " + e.getKey()
                        + " must be 0 or more, got " + e.getValue());
            }
        }
    }
}
