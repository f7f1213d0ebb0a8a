package org.hpcsim.reports.charts;

import java.util.function.ToDoubleFunction;
import org.hpcsim.models.run.RunMetrics;

/** A headline metric compared across runs, with how to read it from a run and how to label it. */
public enum ComparisonMetric {
    /** Mean wait, a time. */
    MEAN_WAIT("Mean wait", "mean-wait", true, true, RunMetrics::meanWait),
    /** 95th percentile of wait, a time. */
    P95_WAIT("95th percentile wait", "p95-wait", true, true, RunMetrics::p95Wait),
    /** Core utilization over the makespan, in percent. */
    UTILIZATION("Utilization", "utilization", false, false, m -> 100 * m.utilization()),
    /** Mean bounded slowdown (10 s floor), a ratio. */
    MEAN_BOUNDED_SLOWDOWN("Mean bounded slowdown", "mean-bounded-slowdown", false, true,
            RunMetrics::meanBoundedSlowdown),
    /** Last end minus first submit, a time. */
    MAKESPAN("Makespan", "makespan", true, true, RunMetrics::makespan);

    private final String title;
    private final String fileName;
    private final boolean time;
    private final boolean lowerIsBetter;
    private final ToDoubleFunction<RunMetrics> value;

    ComparisonMetric(String title, String fileName, boolean time, boolean lowerIsBetter,
                     ToDoubleFunction<RunMetrics> value) {
        this.title = title;
        this.fileName = fileName;
        this.time = time;
        this.lowerIsBetter = lowerIsBetter;
        this.value = value;
    }

    /** The metric's name as a title. */
    public String title() {
        return title;
    }

    /** The metric's name in file names. */
    public String fileName() {
        return fileName;
    }

    /** Whether the metric is a time in seconds (and so drawn in a unit chosen from its size). */
    public boolean isTime() {
        return time;
    }

    /** Whether a smaller value is the better one. */
    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    /** The metric's value in its base unit: seconds, percent, or a ratio. */
    public double of(RunMetrics metrics) {
        return value.applyAsDouble(metrics);
    }

    /** The axis label with the unit, e.g. "Mean wait (h)" or "Utilization (%)". */
    String axisLabel(TimeScale scale) {
        if (time) {
            return title + " (" + scale.symbol() + ")";
        }
        return this == UTILIZATION ? title + " (% of core-time)" : title + " (10 s floor)";
    }
}
