package org.hpcsim.reports.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hpcsim.reports.compare.HeadlineMetric;

/** Hand-made sweep results: points with chosen parameter values and per-replication metric values. */
final class SweepFixtures {
    private SweepFixtures() {}

    /** A point's values: parameter values and, per metric, one value per replication. */
    static final class Point {
        final Map<String, String> parameters = new LinkedHashMap<>();
        final Map<HeadlineMetric, double[]> metrics = new LinkedHashMap<>();

        /** Sets parameter {@code name} to {@code value}. */
        Point with(String name, Object value) {
            parameters.put(name, value.toString());
            return this;
        }

        /** Gives {@code metric} the values of the replications, one each. */
        Point metric(HeadlineMetric metric, double... values) {
            metrics.put(metric, values);
            return this;
        }
    }

    /** A point with parameters as name, value, name, value... */
    static Point point(Object... nameValue) {
        Point p = new Point();
        for (int i = 0; i < nameValue.length; i += 2) {
            p.with(nameValue[i].toString(), nameValue[i + 1]);
        }
        return p;
    }

    /** The table of {@code points}, indexed in list order, with the parameters of the first point. */
    static SweepTable table(String name, List<Point> points) {
        List<String> parameters = new ArrayList<>(points.get(0).parameters.keySet());
        Map<Integer, PointResult> results = new TreeMap<>();
        for (int i = 0; i < points.size(); i++) {
            results.put(i, result(name, i, points.get(i)));
        }
        return SweepTable.of(name, parameters, points.size(), results);
    }

    static PointResult result(String sweep, int index, Point p) {
        int reps = p.metrics.values().stream().mapToInt(v -> v.length).max().orElse(1);
        List<PointResult.Replication> replications = new ArrayList<>();
        for (int k = 0; k < reps; k++) {
            Map<String, Double> metrics = new LinkedHashMap<>();
            for (HeadlineMetric m : HeadlineMetric.values()) {
                double[] v = p.metrics.get(m);
                metrics.put(m.key(), v == null || k >= v.length ? Double.NaN : v[k]);
            }
            replications.add(new PointResult.Replication(k, 1000L + k, metrics));
        }
        return new PointResult(sweep, "fp", index, p.parameters, replications);
    }
}
