package org.hpcsim.reports.compare;

import java.util.function.ToDoubleFunction;
import org.hpcsim.models.run.RunMetrics;

/**
 * A headline metric of a comparison, in table order: its key in comparison.json (the {@link
 * RunMetrics} component it reads), its label in the table, its unit and which way is better.
 */
public enum HeadlineMetric {
    /** Jobs that ran to their end. */
    JOBS("jobs", "jobs", Unit.COUNT, Better.NEITHER, m -> m.jobs()),
    /** Last end minus first submit. */
    MAKESPAN("makespan", "makespan", Unit.SECONDS, Better.LOWER, RunMetrics::makespan),
    /** Share of the cluster's core-time held by jobs. */
    UTILIZATION("utilization", "utilization", Unit.FRACTION, Better.HIGHER, RunMetrics::utilization),
    /** Mean wait. */
    MEAN_WAIT("meanWait", "mean wait", Unit.SECONDS, Better.LOWER, RunMetrics::meanWait),
    /** Median wait. */
    MEDIAN_WAIT("medianWait", "median wait", Unit.SECONDS, Better.LOWER, RunMetrics::medianWait),
    /** 95th percentile of wait. */
    P95_WAIT("p95Wait", "p95 wait", Unit.SECONDS, Better.LOWER, RunMetrics::p95Wait),
    /** Longest wait. */
    MAX_WAIT("maxWait", "max wait", Unit.SECONDS, Better.LOWER, RunMetrics::maxWait),
    /** Mean bounded slowdown, 10 s floor. */
    MEAN_BOUNDED_SLOWDOWN("meanBoundedSlowdown", "mean bounded slowdown", Unit.RATIO, Better.LOWER,
            RunMetrics::meanBoundedSlowdown),
    /** Jobs completed per hour of makespan. */
    THROUGHPUT("throughputPerHour", "throughput", Unit.JOBS_PER_HOUR, Better.HIGHER, RunMetrics::throughputPerHour),
    /** Time-averaged number of waiting jobs. */
    MEAN_QUEUE_LENGTH("meanQueueLength", "mean queue length", Unit.JOBS, Better.LOWER, RunMetrics::meanQueueLength),
    /** Core-hours held by jobs. */
    CORE_HOURS("coreHours", "core-hours", Unit.CORE_HOURS, Better.NEITHER, RunMetrics::coreHours);

    private final String key;
    private final String label;
    private final Unit unit;
    private final Better better;
    private final ToDoubleFunction<RunMetrics> value;

    HeadlineMetric(String key, String label, Unit unit, Better better, ToDoubleFunction<RunMetrics> value) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.better = better;
        this.value = value;
    }

    /** The key in comparison.json, the same as the field of summary.json's metrics. */
    public String key() {
        return key;
    }

    /** The row label in the table. */
    public String label() {
        return label;
    }

    /** How the value is measured. */
    public Unit unit() {
        return unit;
    }

    /** Which way is better. */
    public Better better() {
        return better;
    }

    /** The metric's value in {@code metrics}, in its base unit (seconds, fraction, ...). */
    public double of(RunMetrics metrics) {
        return value.applyAsDouble(metrics);
    }
}
