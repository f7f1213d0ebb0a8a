package org.hpcsim.reports.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hpcsim.reports.data.RunOutput;

/**
 * Runs compared against the first, the baseline: one {@link MetricRow} per {@link HeadlineMetric},
 * in the enum's order.
 *
 * @param runs the runs, baseline first
 * @param rows one row per headline metric
 */
public record Comparison(List<RunOutput> runs, List<MetricRow> rows) {
    /** Copies the lists so the comparison cannot change afterwards. */
    public Comparison {
        runs = List.copyOf(runs);
        rows = List.copyOf(rows);
    }

    /**
     * Compares {@code runs}, the first being the baseline.
     *
     * @throws IllegalArgumentException for fewer than two runs, or two runs of one name (the name
     *                                  is what tells the columns apart)
     */
    public static Comparison of(List<RunOutput> runs) {
        if (runs.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two runs, got " + runs.size());
        }
        List<String> names = runs.stream().map(RunOutput::name).toList();
        Optional<NameClash> clash = NameClash.find(names, names);
        if (clash.isPresent()) {
            throw new IllegalArgumentException("two runs are named '" + clash.get().name() + "'");
        }
        List<MetricRow> rows = new ArrayList<>();
        for (HeadlineMetric m : HeadlineMetric.values()) {
            rows.add(row(m, runs));
        }
        return new Comparison(runs, rows);
    }

    /** The baseline run. */
    public RunOutput baseline() {
        return runs.get(0);
    }

    private static MetricRow row(HeadlineMetric metric, List<RunOutput> runs) {
        List<Double> values = new ArrayList<>();
        for (RunOutput r : runs) {
            values.add(metric.of(r));
        }
        List<Change> changes = new ArrayList<>();
        for (double v : values) {
            changes.add(Change.between(values.get(0), v));
        }
        return new MetricRow(metric, values, changes, best(metric.better(), values));
    }

    private static List<Integer> best(Better better, List<Double> values) {
        List<Integer> best = new ArrayList<>();
        if (better == Better.NEITHER) {
            return best;
        }
        double top = Double.NaN;
        int finite = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                finite++;
                if (Double.isNaN(top) || better.isBetter(v, top)) {
                    top = v;
                }
            }
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == top) {
                best.add(i);
            }
        }
        // A mark on every run (or on the only run with a value) would say nothing.
        if (finite < 2 || best.size() == finite) {
            best.clear();
        }
        return best;
    }
}
