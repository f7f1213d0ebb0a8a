package org.hpcsim.reports.compare;

import java.util.function.ToDoubleFunction;
import org.hpcsim.models.cloud.CostReport;
import org.hpcsim.models.run.RunMetrics;
import org.hpcsim.reports.data.RunOutput;

/**
 * A headline metric of a comparison, in table order: its key in comparison.json (the {@link
 * RunMetrics} component it reads, or for the cost metrics the figure of summary.json's cost it
 * is drawn from), its label in the table, its unit and which way is better.
 */
public enum HeadlineMetric {
    /** Jobs that ran to their end. */
    JOBS("jobs", "jobs", Unit.COUNT, Better.NEITHER, metric(m -> m.jobs())),
    /** Last end minus first submit. */
    MAKESPAN("makespan", "makespan", Unit.SECONDS, Better.LOWER, metric(RunMetrics::makespan)),
    /** Share of the cluster's core-time held by jobs. */
    UTILIZATION("utilization", "utilization", Unit.FRACTION, Better.HIGHER, metric(RunMetrics::utilization)),
    /** Mean wait. */
    MEAN_WAIT("meanWait", "mean wait", Unit.SECONDS, Better.LOWER, metric(RunMetrics::meanWait)),
    /** Median wait. */
    MEDIAN_WAIT("medianWait", "median wait", Unit.SECONDS, Better.LOWER, metric(RunMetrics::medianWait)),
    /** 95th percentile of wait. */
    P95_WAIT("p95Wait", "p95 wait", Unit.SECONDS, Better.LOWER, metric(RunMetrics::p95Wait)),
    /** Longest wait. */
    MAX_WAIT("maxWait", "max wait", Unit.SECONDS, Better.LOWER, metric(RunMetrics::maxWait)),
    /** Mean bounded slowdown, 10 s floor. */
    MEAN_BOUNDED_SLOWDOWN("meanBoundedSlowdown", "mean bounded slowdown", Unit.RATIO, Better.LOWER,
            metric(RunMetrics::meanBoundedSlowdown)),
    /** Jobs completed per hour of makespan. */
    THROUGHPUT("throughputPerHour", "throughput", Unit.JOBS_PER_HOUR, Better.HIGHER,
            metric(RunMetrics::throughputPerHour)),
    /** Time-averaged number of waiting jobs. */
    MEAN_QUEUE_LENGTH("meanQueueLength", "mean queue length", Unit.JOBS, Better.LOWER,
            metric(RunMetrics::meanQueueLength)),
    /** Core-hours held by jobs. */
    CORE_HOURS("coreHours", "core-hours", Unit.CORE_HOURS, Better.NEITHER, metric(RunMetrics::coreHours)),
    /** What the cluster cost in US dollars, every node paid over the makespan; NaN without pricing. */
    TOTAL_COST("totalCost", "total cost", Unit.DOLLARS, Better.LOWER, costOf(CostReport::total)),
    /** The share of the total cost paid for idle nodes, a fraction; NaN without pricing or at no cost. */
    IDLE_COST_SHARE("idleCostShare", "idle cost share", Unit.FRACTION, Better.LOWER,
            costOf(c -> c.total() > 0 ? c.idle() / c.total() : Double.NaN));

    private final String key;
    private final String label;
    private final Unit unit;
    private final Better better;
    private final Figure value;

    /** How a metric is read from a run's metrics and cost. */
    @FunctionalInterface
    private interface Figure {
        double of(RunMetrics metrics, CostReport cost);
    }

    HeadlineMetric(String key, String label, Unit unit, Better better, Figure value) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.better = better;
        this.value = value;
    }

    /** A field of a run's headline metrics. */
    private static Figure metric(ToDoubleFunction<RunMetrics> field) {
        return (m, c) -> field.applyAsDouble(m);
    }

    /** A figure of a run's cost, NaN for a run without one. */
    private static Figure costOf(ToDoubleFunction<CostReport> figure) {
        return (m, c) -> c == null ? Double.NaN : figure.applyAsDouble(c);
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

    /** The metric's value in {@code run}, in its base unit (seconds, fraction, dollars, ...); NaN where it has none. */
    public double of(RunOutput run) {
        return value.of(run.metrics(), run.cost());
    }

    /** The metric's value for a run's {@code metrics} and {@code cost} (null without pricing). */
    public double of(RunMetrics metrics, CostReport cost) {
        return value.of(metrics, cost);
    }

    /** The metric whose key is {@code key}, or null. */
    public static HeadlineMetric byKey(String key) {
        for (HeadlineMetric m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        return null;
    }
}
