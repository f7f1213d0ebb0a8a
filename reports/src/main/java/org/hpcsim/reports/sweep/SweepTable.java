package org.hpcsim.reports.sweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.reports.compare.HeadlineMetric;

/**
 * A study's merged results: one row per point that has a result, in index order, with each
 * headline metric's mean and 95% confidence interval over the point's replications.
 *
 * @param name       the study's name
 * @param parameters the parameters' names, in the sweep's order
 * @param points     how many points the study has
 * @param rows       the points with results
 * @param missing    the indexes of points without a result
 */
public record SweepTable(String name, List<String> parameters, int points, List<Row> rows, List<Integer> missing) {
    /** Copies the lists. */
    public SweepTable {
        parameters = List.copyOf(parameters);
        rows = List.copyOf(rows);
        missing = List.copyOf(missing);
    }

    /**
     * One point's summary.
     *
     * @param index        the point's index
     * @param parameters   each parameter's value as text
     * @param replications replications run
     * @param metrics      each headline metric's summary
     * @param result       the point's raw result
     */
    public record Row(int index, Map<String, String> parameters, int replications,
                      Map<HeadlineMetric, MetricSummary> metrics, PointResult result) {
        /** The parameter's value as a number, or NaN when it is not one. */
        public double number(String parameter) {
            try {
                return Double.parseDouble(parameters.get(parameter));
            } catch (NumberFormatException | NullPointerException e) {
                return Double.NaN;
            }
        }

        /** The metric's summary. */
        public MetricSummary metric(HeadlineMetric m) {
            return metrics.get(m);
        }
    }

    /** The table of {@code results} (by index) of a study of {@code points} points. */
    public static SweepTable of(String name, List<String> parameters, int points, Map<Integer, PointResult> results) {
        List<Row> rows = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            PointResult r = results.get(i);
            if (r == null) {
                missing.add(i);
                continue;
            }
            Map<HeadlineMetric, MetricSummary> metrics = new EnumMap<>(HeadlineMetric.class);
            for (HeadlineMetric m : HeadlineMetric.values()) {
                double[] values = new double[r.replications().size()];
                for (int k = 0; k < values.length; k++) {
                    Double v = r.replications().get(k).metrics().get(m.key());
                    values[k] = v == null ? Double.NaN : v;
                }
                metrics.put(m, MetricSummary.of(values));
            }
            rows.add(new Row(i, r.parameters(), r.replications().size(), Collections.unmodifiableMap(metrics), r));
        }
        return new SweepTable(name, parameters, points, rows, missing);
    }

    /** Whether every point has a result. */
    public boolean complete() {
        return missing.isEmpty();
    }
}
