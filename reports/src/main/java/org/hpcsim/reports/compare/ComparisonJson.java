package org.hpcsim.reports.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.hpcsim.reports.AtomicFile;
import org.hpcsim.reports.data.RunOutput;

/**
 * Writes {@code comparison.json}. Keys come in a fixed order: schemaVersion, baseline, runs (each
 * with name, policy, dir, cluster and metrics), changes (for each run but the baseline, per metric
 * its difference and percent), best (per metric with a better side: which way and the best runs).
 * Metrics are in {@link HeadlineMetric} order and base units: seconds, utilization and the idle
 * cost share as fractions 0..1 (so their differences are fractions too), jobs per hour,
 * core-hours, total cost in US dollars; counts are whole numbers. A missing number (the cost of
 * a run without pricing), or a percent against a baseline of 0, is null. Nothing in it varies
 * between two comparisons of the same runs laid out alike, so equal inputs give equal bytes.
 */
public final class ComparisonJson {
    /** The file name. */
    public static final String FILE = "comparison.json";
    /** Version of the layout; raised when a field changes meaning or disappears. */
    public static final int SCHEMA_VERSION = 1;

    // Jackson's data binding rather than JsonText, which has no arrays; maps keep insertion order
    // and the default pretty printer indents as summary.json does.
    private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();

    private ComparisonJson() {}

    /**
     * The comparison as JSON text; each run's {@code dir} is written relative to {@code folder},
     * where the file goes, with '/' separators.
     */
    public static String render(Comparison c, Path folder) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("baseline", c.baseline().name());
        List<Object> runs = new ArrayList<>();
        for (int i = 0; i < c.runs().size(); i++) {
            runs.add(run(c, i, folder));
        }
        root.put("runs", runs);
        List<Object> changes = new ArrayList<>();
        for (int i = 1; i < c.runs().size(); i++) {
            changes.add(changes(c, i));
        }
        root.put("changes", changes);
        root.put("best", best(c));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a comparison as JSON: " + e.getMessage(), e);
        }
    }

    /** Writes {@value #FILE} into {@code folder} atomically and returns its path. */
    public static Path write(Comparison c, Path folder) {
        Path file = folder.resolve(FILE);
        AtomicFile.write(file, render(c, folder));
        return file;
    }

    private static Map<String, Object> run(Comparison c, int i, Path folder) {
        RunOutput r = c.runs().get(i);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("name", r.name());
        run.put("policy", r.policy());
        run.put("dir", relative(folder, r.dir()));
        Map<String, Object> cluster = new LinkedHashMap<>();
        cluster.put("nodes", r.cluster().nodes());
        cluster.put("coresPerNode", r.cluster().coresPerNode());
        cluster.put("gpusPerNode", r.cluster().gpusPerNode());
        cluster.put("allocation", r.cluster().allocation());
        run.put("cluster", cluster);
        Map<String, Object> metrics = new LinkedHashMap<>();
        for (MetricRow m : c.rows()) {
            metrics.put(m.metric().key(), number(m.metric(), m.values().get(i)));
        }
        run.put("metrics", metrics);
        return run;
    }

    private static Map<String, Object> changes(Comparison c, int i) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("name", c.runs().get(i).name());
        Map<String, Object> metrics = new LinkedHashMap<>();
        for (MetricRow m : c.rows()) {
            Change change = m.changes().get(i);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("difference", change.difference().isPresent()
                    ? number(m.metric(), change.difference().getAsDouble()) : null);
            one.put("percent", number(change.percent()));
            metrics.put(m.metric().key(), one);
        }
        run.put("metrics", metrics);
        return run;
    }

    private static Map<String, Object> best(Comparison c) {
        Map<String, Object> best = new LinkedHashMap<>();
        for (MetricRow m : c.rows()) {
            if (m.metric().better() == Better.NEITHER) {
                continue;
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("better", m.metric().better().word());
            List<Object> names = new ArrayList<>();
            for (int i : m.best()) {
                names.add(c.runs().get(i).name());
            }
            one.put("runs", names);
            best.put(m.metric().key(), one);
        }
        return best;
    }

    // JSON has no NaN or infinity; null says "no number" to every reader.
    private static Object number(double v) {
        return Double.isFinite(v) ? v : null;
    }

    // A count is written as a whole number, as summary.json writes it.
    private static Object number(HeadlineMetric metric, double v) {
        return metric.unit() == Unit.COUNT && Double.isFinite(v) ? (Object) Math.round(v) : number(v);
    }

    private static Object number(OptionalDouble v) {
        return v.isPresent() ? number(v.getAsDouble()) : null;
    }

    private static String relative(Path folder, Path dir) {
        Path from = folder.toAbsolutePath().normalize();
        Path to = dir.toAbsolutePath().normalize();
        try {
            return from.relativize(to).toString().replace('\\', '/');
        } catch (IllegalArgumentException differentRoots) {
            return to.toString().replace('\\', '/');
        }
    }
}
