package org.hpcsim.reports.html;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.run.RunMetrics;

/** The headline metrics table: every field of {@link RunMetrics}, in its order, with a label and a unit. */
final class MetricRows {
    /** How a metric reads. */
    private enum Kind { JOBS, DURATION, FRACTION, SLOWDOWN, RATE, MEAN_JOBS, CORE_HOURS, PLAIN }

    /** A metric's label and how it reads. */
    private record Spec(String label, Kind kind) {}

    private static final Map<String, Spec> SPECS = Map.ofEntries(
            Map.entry("jobs", new Spec("Jobs completed", Kind.JOBS)),
            Map.entry("killedAtLimit", new Spec("Killed at their time limit", Kind.JOBS)),
            Map.entry("firstSubmit", new Spec("First submit (simulation time)", Kind.DURATION)),
            Map.entry("lastEnd", new Spec("Last end (simulation time)", Kind.DURATION)),
            Map.entry("makespan", new Spec("Makespan (last end − first submit)", Kind.DURATION)),
            Map.entry("utilization", new Spec("Utilization (core-seconds held ÷ cluster core-seconds)", Kind.FRACTION)),
            Map.entry("meanWait", new Spec("Mean wait", Kind.DURATION)),
            Map.entry("medianWait", new Spec("Median wait", Kind.DURATION)),
            Map.entry("p95Wait", new Spec("95th-percentile wait", Kind.DURATION)),
            Map.entry("maxWait", new Spec("Longest wait", Kind.DURATION)),
            Map.entry("meanBoundedSlowdown", new Spec("Mean bounded slowdown (10 s floor)", Kind.SLOWDOWN)),
            Map.entry("throughputPerHour", new Spec("Throughput", Kind.RATE)),
            Map.entry("meanQueueLength", new Spec("Mean queue length (time-averaged)", Kind.MEAN_JOBS)),
            Map.entry("maxQueueLength", new Spec("Longest queue", Kind.JOBS)),
            Map.entry("coreHours", new Spec("Core-hours held by jobs", Kind.CORE_HOURS)));

    private MetricRows() {}

    /**
     * One row per component of {@code metrics}, read by reflection so that a metric added to the
     * record later still shows (as a plain number) before anyone gives it a label here.
     */
    static List<MetricRow> of(RunMetrics metrics) {
        List<MetricRow> rows = new ArrayList<>();
        for (RecordComponent c : RunMetrics.class.getRecordComponents()) {
            Spec spec = SPECS.getOrDefault(c.getName(), new Spec(c.getName(), Kind.PLAIN));
            rows.add(row(spec, c.getName(), valueOf(c, metrics)));
        }
        return rows;
    }

    private static MetricRow row(Spec spec, String field, Object raw) {
        if (!(raw instanceof Number n)) {
            return new MetricRow(spec.label(), String.valueOf(raw), String.valueOf(raw), field);
        }
        double v = n.doubleValue();
        String exact = raw instanceof Long || raw instanceof Integer ? Long.toString(n.longValue()) : Formats.exact(v);
        return switch (spec.kind()) {
            case JOBS -> new MetricRow(spec.label(), Formats.count(n.longValue()) + " jobs", exact + " jobs", field);
            case DURATION -> new MetricRow(spec.label(), Formats.duration(v), exact + " s", field);
            case FRACTION -> new MetricRow(spec.label(), Formats.percent(v), exact, field);
            case SLOWDOWN -> new MetricRow(spec.label(), Formats.fixed(v, 2), exact, field);
            case RATE -> new MetricRow(spec.label(), Formats.fixed(v, 2) + " jobs/h", exact + " jobs/h", field);
            case MEAN_JOBS -> new MetricRow(spec.label(), Formats.fixed(v, 1) + " jobs", exact + " jobs", field);
            case CORE_HOURS -> new MetricRow(spec.label(), Formats.fixed(v, 1) + " core-h", exact + " core-h", field);
            case PLAIN -> new MetricRow(spec.label(), exact, exact, field);
        };
    }

    private static Object valueOf(RecordComponent c, RunMetrics metrics) {
        try {
            return c.getAccessor().invoke(metrics);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read RunMetrics." + c.getName(), e);
        }
    }
}
