package org.hpcsim.reports.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.reports.JsonText;
import org.hpcsim.reports.compare.HeadlineMetric;
import org.hpcsim.reports.sweep.MetricSummary;
import org.hpcsim.reports.sweep.PointResult;

/**
 * A plan's outcome as {@code plan.json}: the plan, the recommendation with its margins and the
 * rejected point below it, each combination's search, and every evaluated point with its metric
 * summaries, constraint checks and runs. Missing numbers (cost without pricing) are null.
 */
public final class PlanJson {
    private PlanJson() {}

    /** The text of plan.json; {@code plan} describes the plan (search, seeds, ...), in the caller's order. */
    public static String render(PlanResult result, Map<String, Object> plan) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("plan", result.name());
        tree.putAll(plan);
        tree.put("confidence", MetricSummary.CONFIDENCE);
        tree.put("rule", "a max constraint holds when the high end of the 95% confidence interval of the metric's"
                + " mean is at most the limit; a min constraint when its low end is at least the limit");
        tree.put("evaluated", result.evaluations().size());
        tree.put("runs", result.runs());
        tree.put("feasible", result.recommended() != null);
        tree.put("recommendation", recommendation(result));
        List<Object> combos = new ArrayList<>();
        for (CombinationResult c : result.combinations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("combination", c.index());
            m.put("values", c.values());
            m.put("feasible", c.candidate() != null);
            m.put("candidate", c.candidate() == null ? null : c.candidate().values());
            m.put("objective", c.candidate() == null ? null : summary(c.candidate().objective()));
            List<Object> order = new ArrayList<>();
            for (Evaluation e : c.evaluations()) {
                order.add(e.values());
            }
            m.put("searchOrder", order);
            combos.add(m);
        }
        tree.put("combinations", combos);
        List<Object> points = new ArrayList<>();
        for (Evaluation e : result.evaluations()) {
            points.add(point(e, result));
        }
        tree.put("points", points);
        return JsonText.render(tree);
    }

    private static Object recommendation(PlanResult result) {
        Evaluation best = result.recommendation();
        if (best == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("values", best.values());
        m.put("objective", summary(best.objective()));
        m.put("constraints", checks(best));
        Evaluation below = result.recommended().below();
        if (below != null) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("values", below.values());
            b.put("constraints", checks(below));
            m.put("nextSmaller", b);
        } else {
            m.put("nextSmaller", null);
        }
        return m;
    }

    private static Map<String, Object> point(Evaluation e, PlanResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("combination", e.point().combination());
        m.put("values", e.values());
        m.put("feasible", e.feasible());
        m.put("recommended", e == result.recommendation());
        m.put("constraints", checks(e));
        m.put("objective", summary(e.objective()));
        Map<String, Object> metrics = new LinkedHashMap<>();
        for (HeadlineMetric k : HeadlineMetric.values()) {
            MetricSummary s = e.metrics().get(k);
            if (s.n() > 0) {
                metrics.put(k.key(), summary(s));
            }
        }
        m.put("metrics", metrics);
        List<Object> runs = new ArrayList<>();
        for (PointResult.Replication r : e.runs()) {
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("replication", r.replication());
            run.put("seed", r.seed());
            Map<String, Object> values = new LinkedHashMap<>();
            r.metrics().forEach((k, v) -> values.put(k, number(v)));
            run.put("metrics", values);
            runs.add(run);
        }
        m.put("runs", runs);
        return m;
    }

    private static List<Object> checks(Evaluation e) {
        List<Object> list = new ArrayList<>();
        for (ConstraintCheck c : e.checks()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("metric", c.constraint().metric());
            m.put(c.constraint().kind(), c.constraint().limit());
            m.put("mean", number(c.summary().mean()));
            m.put("ci95Low", number(c.summary().low()));
            m.put("ci95High", number(c.summary().high()));
            m.put("holds", c.holds());
            m.put("marginPercent", number(c.marginPercent()));
            list.add(m);
        }
        return list;
    }

    private static Map<String, Object> summary(MetricSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", s.n());
        m.put("mean", number(s.mean()));
        m.put("stdDev", number(s.stdDev()));
        m.put("ci95Low", number(s.low()));
        m.put("ci95High", number(s.high()));
        return m;
    }

    private static Double number(Double v) {
        return v == null || !Double.isFinite(v) ? null : v;
    }
}
