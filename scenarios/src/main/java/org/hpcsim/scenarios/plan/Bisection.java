package org.hpcsim.scenarios.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Finds the smallest index at which a predicate holds, for a predicate that, once it holds, holds
 * at every larger index (a constraint met with n nodes is met with more).
 */
public final class Bisection {
    private Bisection() {}

    /**
     * The outcome of a search.
     *
     * @param smallest the smallest index where the predicate holds, or -1 when it fails at the top
     * @param probes   the indexes asked, in order
     */
    public record Result(int smallest, List<Integer> probes) {
        /** Copies the probes. */
        public Result {
            probes = List.copyOf(probes);
        }
    }

    /**
     * Searches 0..{@code n}-1: the top first, since if the predicate fails there it fails
     * everywhere; then halves the interval between the largest failing index known (-1 at the
     * start) and the smallest holding one. Asks {@code holds} at most 1 + ceil(log2 n) times, and
     * always at the index just below the answer when there is one.
     */
    public static Result smallest(int n, IntPredicate holds) {
        if (n < 1) {
            throw new IllegalArgumentException("nothing to search: " + n + " values");
        }
        List<Integer> probes = new ArrayList<>();
        probes.add(n - 1);
        if (!holds.test(n - 1)) {
            return new Result(-1, probes);
        }
        int fails = -1;
        int ok = n - 1;
        while (ok - fails > 1) {
            int mid = Math.floorDiv(fails + ok, 2);
            probes.add(mid);
            if (holds.test(mid)) {
                ok = mid;
            } else {
                fails = mid;
            }
        }
        return new Result(ok, probes);
    }
}
