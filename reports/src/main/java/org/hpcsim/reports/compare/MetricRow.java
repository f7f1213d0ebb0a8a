package org.hpcsim.reports.compare;

import java.util.List;

/**
 * One metric across the runs of a comparison.
 *
 * @param metric  the metric
 * @param values  its value in each run, in run order (NaN where a run has none)
 * @param changes each run's change from the baseline, in run order; the baseline's own is zero
 * @param best    the indices of the runs with the best value, ascending; empty when the metric has no
 *                better side, when every run has the same value, or when no run has a value
 */
public record MetricRow(HeadlineMetric metric, List<Double> values, List<Change> changes, List<Integer> best) {
    /** Copies the lists so the row cannot change afterwards. */
    public MetricRow {
        values = List.copyOf(values);
        changes = List.copyOf(changes);
        best = List.copyOf(best);
    }

    /** Whether run {@code index} has the best value. */
    public boolean isBest(int index) {
        return best.contains(index);
    }
}
