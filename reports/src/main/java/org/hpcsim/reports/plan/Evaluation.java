package org.hpcsim.reports.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.reports.compare.HeadlineMetric;
import org.hpcsim.reports.sweep.MetricSummary;
import org.hpcsim.reports.sweep.PointResult;
import org.hpcsim.scenarios.plan.PlanConstraint;
import org.hpcsim.scenarios.plan.PlanObjective;
import org.hpcsim.scenarios.plan.PlanPoint;

/**
 * One point a plan evaluated: its replications, each headline metric's mean and 95% interval, the
 * objective's, and whether each constraint is met with confidence.
 *
 * @param point     which point
 * @param values    every dimension's value as text, in file order
 * @param level     the monotone dimension's value, or 0 without one
 * @param runs      the replications, in order
 * @param metrics   each headline metric over the replications
 * @param objective the objective metric over the replications
 * @param checks    one per constraint, in the plan's order
 */
public record Evaluation(PlanPoint point, Map<String, String> values, long level,
                         List<PointResult.Replication> runs, Map<HeadlineMetric, MetricSummary> metrics,
                         MetricSummary objective, List<ConstraintCheck> checks) {
    /** Copies the collections. */
    public Evaluation {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        runs = List.copyOf(runs);
        metrics = Collections.unmodifiableMap(new EnumMap<>(metrics));
        checks = List.copyOf(checks);
    }

    /** Summarizes {@code runs} of {@code point} and checks them against the plan. */
    public static Evaluation of(PlanPoint point, Map<String, String> values, long level,
                                List<PointResult.Replication> runs, PlanObjective objective,
                                List<PlanConstraint> constraints) {
        Map<HeadlineMetric, MetricSummary> metrics = new EnumMap<>(HeadlineMetric.class);
        for (HeadlineMetric m : HeadlineMetric.values()) {
            metrics.put(m, summary(runs, m.key()));
        }
        List<ConstraintCheck> checks = new ArrayList<>();
        for (PlanConstraint c : constraints) {
            checks.add(ConstraintCheck.of(c, summary(runs, c.metric())));
        }
        return new Evaluation(point, values, level, runs, metrics, summary(runs, objective.metric()), checks);
    }

    private static MetricSummary summary(List<PointResult.Replication> runs, String key) {
        double[] v = new double[runs.size()];
        for (int i = 0; i < v.length; i++) {
            Double x = runs.get(i).metrics().get(key);
            v[i] = x == null ? Double.NaN : x;
        }
        return MetricSummary.of(v);
    }

    /** Whether every constraint is met with confidence. */
    public boolean feasible() {
        for (ConstraintCheck c : checks) {
            if (!c.holds()) {
                return false;
            }
        }
        return true;
    }

    /** The constraints not met, in the plan's order. */
    public List<ConstraintCheck> failed() {
        return checks.stream().filter(c -> !c.holds()).toList();
    }
}
