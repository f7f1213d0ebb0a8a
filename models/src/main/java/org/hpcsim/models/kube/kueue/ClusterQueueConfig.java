package org.hpcsim.models.kube.kueue;

import java.util.Map;
import java.util.TreeMap;

/**
 * One ClusterQueue with a single (default) resource flavor: its nominal quota per resource, the
 * cohort it lends to and borrows from, how far it may borrow, and its queueing strategy.
 * Quantities are in the model's units: cpu in millicores, memory in bytes, extended resources in units.
 *
 * @param name           the ClusterQueue's name
 * @param cohort         the cohort it belongs to, or null for none (then it never borrows)
 * @param strictFifo     StrictFIFO (the head blocks the queue) rather than BestEffortFIFO
 * @param nominal        nominal quota per resource name; a resource not named is not covered (quota 0)
 * @param borrowingLimit the most it may use past its nominal quota per resource; a resource not named
 *                       may borrow without limit, and null means no limit at all
 */
public record ClusterQueueConfig(String name, String cohort, boolean strictFifo, Map<String, Long> nominal,
                                 Map<String, Long> borrowingLimit) {
    /** Validates and copies: a name, and no negative quantity. */
    public ClusterQueueConfig {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a ClusterQueue needs a name");
        }
        nominal = nominal == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(nominal));
        borrowingLimit = borrowingLimit == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(borrowingLimit));
        for (Map<String, Long> m : java.util.List.of(nominal, borrowingLimit)) {
            for (Map.Entry<String, Long> e : m.entrySet()) {
                if (e.getValue() == null || e.getValue() < 0) {
                    throw new IllegalArgumentException("ClusterQueue '" + name + "': " + e.getKey()
                            + " must be 0 or more, got " + e.getValue());
                }
            }
        }
    }
}
