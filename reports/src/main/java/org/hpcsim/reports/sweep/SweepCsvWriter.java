package org.hpcsim.reports.sweep;

import java.util.Locale;
import org.hpcsim.reports.compare.HeadlineMetric;

/**
 * A study's results as CSV: {@code sweep.csv}, one row per point with each metric's mean and 95%
 * confidence interval, and {@code runs.csv}, one row per replication with its seed and metrics.
 * Numbers in full precision (Java's shortest round-trip form); an empty cell where a run has no
 * value (cost without pricing).
 */
public final class SweepCsvWriter {
    private SweepCsvWriter() {}

    /** The text of sweep.csv. */
    public static String points(SweepTable table) {
        StringBuilder sb = new StringBuilder("point");
        for (String p : table.parameters()) {
            sb.append(',').append(cell(p));
        }
        sb.append(",replications");
        for (HeadlineMetric m : HeadlineMetric.values()) {
            sb.append(',').append(m.key()).append("_mean,").append(m.key()).append("_ci95_low,")
                    .append(m.key()).append("_ci95_high");
        }
        sb.append('\n');
        for (SweepTable.Row row : table.rows()) {
            sb.append(row.index());
            for (String p : table.parameters()) {
                sb.append(',').append(cell(row.parameters().get(p)));
            }
            sb.append(',').append(row.replications());
            for (HeadlineMetric m : HeadlineMetric.values()) {
                MetricSummary s = row.metric(m);
                sb.append(',').append(number(s.mean())).append(',').append(number(s.low())).append(',')
                        .append(number(s.high()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The text of runs.csv. */
    public static String runs(SweepTable table) {
        StringBuilder sb = new StringBuilder("point,replication,seed");
        for (String p : table.parameters()) {
            sb.append(',').append(cell(p));
        }
        for (HeadlineMetric m : HeadlineMetric.values()) {
            sb.append(',').append(m.key());
        }
        sb.append('\n');
        for (SweepTable.Row row : table.rows()) {
            for (PointResult.Replication r : row.result().replications()) {
                sb.append(row.index()).append(',').append(r.replication()).append(',').append(r.seed());
                for (String p : table.parameters()) {
                    sb.append(',').append(cell(row.parameters().get(p)));
                }
                for (HeadlineMetric m : HeadlineMetric.values()) {
                    Double v = r.metrics().get(m.key());
                    sb.append(',').append(number(v == null ? Double.NaN : v));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** A number as a CSV cell: whole numbers without a decimal point, NaN as an empty cell. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        return Double.toString(v);
    }

    /** Text as a CSV cell, quoted when it holds a comma, a quote or a line break. */
    public static String cell(String text) {
        if (text == null) {
            return "";
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
