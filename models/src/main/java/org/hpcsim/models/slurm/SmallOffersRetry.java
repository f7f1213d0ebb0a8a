package org.hpcsim.models.slurm;

import java.util.function.IntUnaryOperator;

/**
 * cons_tres's choose_nodes after a first failed placement, "to avoid a possible knapsack
 * problem": the nodes offering least are dropped (those of at most 1 resource, then up to 2, and
 * so on, in node order, while more than the nodes wanted remain) and the placement is tried again
 * after each round that dropped some (and after the first round in any case).
 */
final class SmallOffersRetry {
    /** A placement on the first {@code count} nodes left; null when it does not hold the request. */
    interface Fit<T> {
        T on(int count);
    }

    private SmallOffersRetry() {
    }

    /**
     * Runs the rounds over the first {@code count} of {@code nodes}, which it compacts in place
     * (the nodes left come first, in their order), given what each node offers in all
     * ({@code resources}, by node); returns the first placement {@code fit} makes, or null when
     * none holds before the nodes left are down to {@code want}.
     */
    static <T> T retry(int[] nodes, int count, int want, IntUnaryOperator resources, Fit<T> fit) {
        if (count <= want) {
            return null;
        }
        int most = 0;
        for (int k = 0; k < count; k++) {
            most = Math.max(most, resources.applyAsInt(nodes[k]));
        }
        int left = count;
        for (int level = 1; level < most; level++) {
            int kept = 0;
            boolean dropped = false;
            for (int k = 0; k < left; k++) {
                int i = nodes[k];
                if (resources.applyAsInt(i) <= level && left - (k - kept) > want) {
                    dropped = true;
                } else {
                    nodes[kept++] = i;
                }
            }
            left = kept;
            if (!dropped && level != 1) {
                continue;
            }
            T placed = fit.on(left);
            if (placed != null || left <= want) {
                return placed;
            }
        }
        return null;
    }
}
