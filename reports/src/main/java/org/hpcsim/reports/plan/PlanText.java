package org.hpcsim.reports.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hpcsim.reports.compare.HeadlineMetric;
import org.hpcsim.reports.compare.MetricFormat;
import org.hpcsim.reports.sweep.MetricSummary;
import org.hpcsim.scenarios.plan.PlanConstraint;
import org.hpcsim.reports.AlignedColumns;

/**
 * A plan's outcome for the terminal: a table of the evaluated points, then the recommendation as
 * sentences: its values, the objective with its interval, each constraint's margin, why the next
 * smaller value was rejected, and the other combinations' outcomes.
 */
public final class PlanText {
    /** Table rows printed at most; every point is in plan.csv. */
    static final int MAX_ROWS = 60;

    private PlanText() {}

    /** The table and the recommendation (or why there is none). */
    public static String render(PlanResult result) {
        return table(result) + "\n" + recommendation(result) + (replicationsAlike(result)
                ? "  note: every replication of every point gave the same figures (the scenario draws no random"
                        + " numbers that matter, as in a trace replay); replications: 1 gives the same answer "
                        + result.replications() + " times faster\n" : "");
    }

    /** Whether several replications were run and none differed from the others in any judged metric. */
    static boolean replicationsAlike(PlanResult result) {
        if (result.replications() < 2) {
            return false;
        }
        for (Evaluation e : result.evaluations()) {
            if (e.objective().stdDev() > 0) {
                return false;
            }
            for (ConstraintCheck c : e.checks()) {
                if (c.summary().stdDev() > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The evaluated points, one line each, columns aligned. */
    static String table(PlanResult result) {
        List<String[]> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(result.dimensions());
        header.add("meets");
        for (PlanConstraint c : result.constraints()) {
            header.add(label(c.metric()) + " " + c.kind() + " " + value(c.metric(), c.limit()));
        }
        header.add(result.objective().direction() + " " + label(result.objective().metric()));
        lines.add(header.toArray(new String[0]));
        List<Evaluation> all = result.evaluations();
        for (Evaluation e : all.subList(0, Math.min(MAX_ROWS, all.size()))) {
            List<String> cells = new ArrayList<>(e.values().values());
            cells.add((e.feasible() ? "yes" : "no") + (e == result.recommendation() ? " *" : ""));
            for (ConstraintCheck c : e.checks()) {
                cells.add(withBound(c));
            }
            cells.add(meanAndHalf(result.objective().metric(), e.objective()));
            lines.add(cells.toArray(new String[0]));
        }
        StringBuilder sb = new StringBuilder(AlignedColumns.render(lines, result.dimensions().size() + 1));
        if (all.size() > MAX_ROWS) {
            sb.append("... ").append(all.size() - MAX_ROWS).append(" more points in plan.csv\n");
        }
        sb.append("(each constraint: mean [deciding end of its 95% interval]; * the recommendation)\n");
        return sb.toString();
    }

    /** The recommendation as sentences, or why no combination is feasible. */
    static String recommendation(PlanResult result) {
        StringBuilder sb = new StringBuilder();
        Evaluation best = result.recommendation();
        String objective = result.objective().metric();
        if (best == null) {
            sb.append("No recommendation: no combination meets every constraint")
                    .append(result.replications() > 1 ? " with 95% confidence" : "").append(".\n");
            for (CombinationResult c : result.combinations()) {
                Evaluation top = c.evaluations().get(0);
                sb.append("  ").append(c.label()).append(": ").append(result.monotone() == null ? "fails"
                        : "fails even at " + result.monotone() + "=" + top.level()).append(": ")
                        .append(failures(top)).append('\n');
            }
            return sb.toString();
        }
        sb.append("Recommendation: ").append(join(best)).append('.');
        String ofFeasible = result.feasibleCombinations() + " feasible combinations";
        if (result.monotone() != null) {
            sb.append(" It is the smallest ").append(result.monotone()).append(" meeting every constraint")
                    .append(result.replications() > 1 ? " with 95% confidence" : "");
            sb.append(result.combinations().size() > 1 ? ", and of the " + ofFeasible + " the one with the best "
                    + label(objective) : "").append('.');
        } else if (result.combinations().size() > 1) {
            sb.append(" Of the ").append(ofFeasible).append(" it has the best ").append(label(objective)).append('.');
        }
        sb.append('\n');
        MetricSummary o = best.objective();
        sb.append("  ").append(label(objective)).append(": ").append(meanAndHalf(objective, o)).append(' ')
                .append(spread(o)).append('\n');
        for (ConstraintCheck c : best.checks()) {
            sb.append("  ").append(margin(c)).append('\n');
        }
        Evaluation below = result.recommended().below();
        if (below != null) {
            sb.append("  ").append(result.monotone()).append('=').append(below.level()).append(" (the next smaller")
                    .append(" value) was rejected: ").append(failures(below)).append('\n');
        } else if (result.monotone() != null) {
            sb.append("  ").append(result.monotone()).append('=').append(best.level())
                    .append(" is the smallest value searched: widen the range to look lower\n");
        }
        Evaluation better = betterInSameCombination(result);
        if (better != null) {
            sb.append("  note: ").append(join(better)).append(" meets the constraints with a better ")
                    .append(label(objective)).append(" (").append(value(objective, better.objective().mean()))
                    .append("); bisection assumes more ").append(result.monotone()).append(" only makes the")
                    .append(" objective worse: search it as a grid (leave out monotone) to compare every value\n");
        }
        for (CombinationResult c : result.combinations()) {
            if (c == result.recommended()) {
                continue;
            }
            sb.append("  other: ").append(c.label()).append(": ");
            if (c.candidate() == null) {
                Evaluation top = c.evaluations().get(0);
                sb.append(result.monotone() == null ? "fails" : "fails even at " + result.monotone() + "="
                        + top.level()).append(": ").append(failures(top));
            } else {
                sb.append(result.monotone() == null ? "" : result.monotone() + "=" + c.candidate().level() + ", ")
                        .append(label(objective)).append(' ').append(meanAndHalf(objective, c.candidate().objective()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** What the objective's figure stands for: a mean with its interval, one run, or runs that agree. */
    private static String spread(MetricSummary o) {
        if (o.n() < 2) {
            return "(one replication: no interval)";
        }
        if (o.halfWidth() > 0) {
            return "(mean ± half width of its 95% interval over " + o.n() + " replications)";
        }
        return o.n() == 2 ? "(the same in both replications)" : "(the same in all " + o.n() + " replications)";
    }

    /** A feasible evaluated point of the recommended combination with a better objective, or null. */
    private static Evaluation betterInSameCombination(PlanResult result) {
        Evaluation best = result.recommendation();
        Evaluation found = null;
        for (Evaluation e : result.recommended().evaluations()) {
            double bar = found == null ? best.objective().mean() : found.objective().mean();
            if (e.feasible() && result.objective().better(e.objective().mean(), bar)) {
                found = e;
            }
        }
        return found;
    }

    /** "p95 wait: mean 52.1 min, 95% interval up to 58.0 min <= max 60.0 min: 3.3% of the limit left". */
    static String margin(ConstraintCheck c) {
        PlanConstraint k = c.constraint();
        String m = k.metric();
        StringBuilder sb = new StringBuilder(label(m)).append(": ").append(judged(c)).append(' ')
                .append(c.holds() ? k.relation() : k.upper() ? ">" : "<").append(' ').append(k.kind()).append(' ')
                .append(value(m, k.limit()));
        double p = c.marginPercent();
        if (Double.isFinite(p)) {
            sb.append(String.format(Locale.ROOT, p >= 0 ? ": %.1f%% of the limit left" : ": %.1f%% past the limit",
                    Math.abs(p)));
        }
        return sb.toString();
    }

    /** Why a point fails: each failing constraint's deciding interval end against its limit. */
    static String failures(Evaluation e) {
        List<String> parts = new ArrayList<>();
        for (ConstraintCheck c : e.failed()) {
            PlanConstraint k = c.constraint();
            String m = k.metric();
            if (c.summary().n() == 0) {
                parts.add(label(m) + " has no value in these runs");
                continue;
            }
            String why = label(m) + " " + judged(c) + " " + (k.upper() ? ">" : "<") + " " + k.kind() + " "
                    + value(m, k.limit());
            boolean meanInside = k.upper() ? c.summary().mean() <= k.limit() : c.summary().mean() >= k.limit();
            parts.add(meanInside ? why + ": the mean is inside but its interval is not" : why);
        }
        return String.join("; ", parts);
    }

    /** "mean 52.1 min, 95% interval up to 58.0 min", or the one value of a single replication. */
    private static String judged(ConstraintCheck c) {
        String m = c.constraint().metric();
        if (c.summary().n() < 2) {
            return value(m, c.summary().mean()) + " (one replication)";
        }
        return "mean " + value(m, c.summary().mean()) + ", 95% interval " + (c.constraint().upper() ? "up to "
                : "down to ") + value(m, c.bound());
    }

    private static String join(Evaluation e) {
        StringBuilder sb = new StringBuilder();
        e.values().forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return sb.toString();
    }

    private static String meanAndHalf(String metric, MetricSummary s) {
        String v = value(metric, s.mean());
        return s.n() > 1 && s.halfWidth() > 0 ? v + " ± " + value(metric, s.halfWidth()) : v;
    }

    private static String withBound(ConstraintCheck c) {
        return value(c.constraint().metric(), c.summary().mean()) + " [" + value(c.constraint().metric(), c.bound())
                + "]";
    }

    private static String label(String metric) {
        HeadlineMetric m = HeadlineMetric.byKey(metric);
        return m == null ? metric : m.label();
    }

    private static String value(String metric, double v) {
        HeadlineMetric m = HeadlineMetric.byKey(metric);
        return m == null ? String.format(Locale.ROOT, "%.4g", v) : MetricFormat.value(m.unit(), v);
    }
}
