package org.hpcsim.reports.plan;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.scenarios.plan.PlanConstraint;
import org.hpcsim.scenarios.plan.PlanObjective;

/**
 * A finished plan: every combination's search and the recommendation, the candidate with the best
 * objective mean (ties: the smaller monotone value, then the earlier combination).
 *
 * @param name         the plan's name
 * @param dimensions   every dimension's name, in file order
 * @param monotone     the monotone dimension's name, or null for a plain grid
 * @param objective    what was optimized
 * @param constraints  what the answer must meet
 * @param replications runs per point
 * @param combinations each combination's search, in grid order
 * @param recommended  the combination whose candidate is recommended, or null when none is feasible
 */
public record PlanResult(String name, List<String> dimensions, String monotone, PlanObjective objective,
                         List<PlanConstraint> constraints, int replications, List<CombinationResult> combinations,
                         CombinationResult recommended) {
    /** Copies the lists. */
    public PlanResult {
        dimensions = List.copyOf(dimensions);
        constraints = List.copyOf(constraints);
        combinations = List.copyOf(combinations);
    }

    /** The result of {@code combinations}, with the recommendation picked among their candidates. */
    public static PlanResult of(String name, List<String> dimensions, String monotone, PlanObjective objective,
                                List<PlanConstraint> constraints, int replications,
                                List<CombinationResult> combinations) {
        CombinationResult best = null;
        for (CombinationResult c : combinations) {
            if (c.candidate() == null) {
                continue;
            }
            if (best == null) {
                best = c;
                continue;
            }
            double a = c.candidate().objective().mean();
            double b = best.candidate().objective().mean();
            // Strictly better, or equal with a smaller monotone value; the earlier combination
            // already holds every other tie.
            boolean tie = Double.compare(a, b) == 0;
            if (objective.better(a, b) || (tie && c.candidate().level() < best.candidate().level())) {
                best = c;
            }
        }
        return new PlanResult(name, dimensions, monotone, objective, constraints, replications, combinations, best);
    }

    /** The recommended point, or null. */
    public Evaluation recommendation() {
        return recommended == null ? null : recommended.candidate();
    }

    /** Every evaluated point, by combination then increasing monotone value. */
    public List<Evaluation> evaluations() {
        List<Evaluation> all = new ArrayList<>();
        for (CombinationResult c : combinations) {
            all.addAll(c.byLevel());
        }
        return all;
    }

    /** Simulations run: evaluated points times replications. */
    public int runs() {
        return evaluations().stream().mapToInt(e -> e.runs().size()).sum();
    }

    /** How many combinations have a candidate. */
    public int feasibleCombinations() {
        return (int) combinations.stream().filter(c -> c.candidate() != null).count();
    }
}
