package org.hpcsim.reports.plan;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a plan found for one combination of grid values: the points evaluated, its candidate (the
 * smallest value of the monotone dimension meeting every constraint, or the one point of a plain
 * grid when it meets them) and the point just below the candidate, which did not.
 *
 * @param index       the combination's index
 * @param values      the grid dimensions' values as text, in file order
 * @param evaluations the points evaluated, in the order the search asked for them
 * @param candidate   the combination's answer, or null when it meets the constraints nowhere
 * @param below       the evaluated point one monotone value below the candidate, or null
 */
public record CombinationResult(int index, Map<String, String> values, List<Evaluation> evaluations,
                                Evaluation candidate, Evaluation below) {
    /** Copies the collections. */
    public CombinationResult {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        evaluations = List.copyOf(evaluations);
    }

    /** The evaluations in increasing monotone value. */
    public List<Evaluation> byLevel() {
        return evaluations.stream().sorted(Comparator.comparingLong(Evaluation::level)).toList();
    }

    /** The combination as "name=value, name=value", or "all" for a plan without grid dimensions. */
    public String label() {
        if (values.isEmpty()) {
            return "all";
        }
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return sb.toString();
    }
}
