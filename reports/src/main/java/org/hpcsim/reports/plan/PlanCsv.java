package org.hpcsim.reports.plan;

import org.hpcsim.reports.compare.HeadlineMetric;
import org.hpcsim.reports.sweep.MetricSummary;
import org.hpcsim.reports.sweep.SweepCsvWriter;

/**
 * A plan's evaluated points as {@code plan.csv}, one row each (by combination, then increasing
 * monotone value): the values, whether the point meets every constraint and which it fails, the
 * objective and every headline metric with its 95% interval.
 */
public final class PlanCsv {
    private PlanCsv() {}

    /** The text of plan.csv. */
    public static String render(PlanResult result) {
        StringBuilder sb = new StringBuilder("combination");
        for (String d : result.dimensions()) {
            sb.append(',').append(SweepCsvWriter.cell(d));
        }
        sb.append(",feasible,recommended,failed,replications,objective_mean,objective_ci95_low,objective_ci95_high");
        for (HeadlineMetric m : HeadlineMetric.values()) {
            sb.append(',').append(m.key()).append("_mean,").append(m.key()).append("_ci95_low,")
                    .append(m.key()).append("_ci95_high");
        }
        sb.append('\n');
        for (Evaluation e : result.evaluations()) {
            sb.append(e.point().combination());
            for (String d : result.dimensions()) {
                sb.append(',').append(SweepCsvWriter.cell(e.values().get(d)));
            }
            StringBuilder failed = new StringBuilder();
            for (ConstraintCheck c : e.failed()) {
                failed.append(failed.length() == 0 ? "" : " ").append(c.constraint().metric()).append(' ')
                        .append(c.constraint().kind());
            }
            sb.append(',').append(e.feasible()).append(',').append(e == result.recommendation()).append(',')
                    .append(SweepCsvWriter.cell(failed.toString())).append(',').append(e.runs().size());
            append(sb, e.objective());
            for (HeadlineMetric m : HeadlineMetric.values()) {
                append(sb, e.metrics().get(m));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, MetricSummary s) {
        sb.append(',').append(SweepCsvWriter.number(s.mean())).append(',').append(SweepCsvWriter.number(s.low()))
                .append(',').append(SweepCsvWriter.number(s.high()));
    }
}
