package org.hpcsim.models.kube.kueue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One flavor's quotas in a ClusterQueue (upstream's FlavorQuotas): per resource name its nominal
 * quota, and optionally how much past it the queue may borrow from its cohort and how much of it
 * the queue lends to the cohort. Quantities in the model's units (millicores, bytes, units).
 *
 * @param flavor         the ResourceFlavor's name
 * @param nominal        nominalQuota per resource; a resource not named is not covered
 * @param borrowingLimit borrowingLimit per resource; a resource not named borrows without limit
 * @param lendingLimit   lendingLimit per resource; a resource not named lends all its unused quota
 */
public record FlavorQuotas(String flavor, Map<String, Long> nominal, Map<String, Long> borrowingLimit,
                           Map<String, Long> lendingLimit) {
    /** Validates and copies: no negative quantity, and a lendingLimit no larger than the nominal quota. */
    public FlavorQuotas {
        if (flavor == null || flavor.isEmpty()) {
            throw new IllegalArgumentException("flavor quotas need a flavor name");
        }
        nominal = copy(nominal);
        borrowingLimit = copy(borrowingLimit);
        lendingLimit = copy(lendingLimit);
        for (Map<String, Long> m : List.of(nominal, borrowingLimit, lendingLimit)) {
            for (Map.Entry<String, Long> e : m.entrySet()) {
                if (e.getValue() == null || e.getValue() < 0) {
                    throw new IllegalArgumentException("flavor '" + flavor + "': " + e.getKey()
                            + " must be 0 or more, got " + e.getValue());
                }
            }
        }
        for (Map.Entry<String, Long> e : lendingLimit.entrySet()) {
            // Upstream's validation: lendingLimit must be less than or equal to nominalQuota.
            if (e.getValue() > nominal.getOrDefault(e.getKey(), 0L)) {
                throw new IllegalArgumentException("flavor '" + flavor + "': lendingLimit of " + e.getKey()
                        + " exceeds its nominal quota");
            }
        }
    }

    private static Map<String, Long> copy(Map<String, Long> m) {
        return m == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(m));
    }
}
