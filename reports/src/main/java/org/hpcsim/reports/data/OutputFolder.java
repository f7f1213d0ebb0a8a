package org.hpcsim.reports.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.cloud.CostReport;
import org.hpcsim.models.run.RunMetrics;
import org.hpcsim.models.run.TimeSeriesPoint;
import org.hpcsim.scenarios.InputNotFoundException;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.jobscsv.CsvRecords;
import org.hpcsim.scenarios.trace.TraceFiles;

/** Reads a run's output folder back: summary.json, and jobs.csv and timeseries.csv where present. */
public final class OutputFolder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OutputFolder() {}

    /** The run in {@code dir}; a folder without summary.json is not a run's output. */
    public static RunOutput read(Path dir) {
        Path summary = dir.resolve("summary.json");
        if (!Files.isRegularFile(summary)) {
            throw new InputNotFoundException(dir + ": not an hpcsim output folder (no summary.json)");
        }
        Map<String, Object> root = readJson(summary);
        Map<String, Object> scenario = map(root, "scenario", summary);
        Map<String, Object> cluster = map(scenario, "cluster", summary);
        Map<String, Object> scheduler = map(scenario, "scheduler", summary);
        RunMetrics metrics = JSON.convertValue(map(root, "metrics", summary), RunMetrics.class);
        RunOutput.ClusterShape shape = new RunOutput.ClusterShape(
                // All nodes the cluster may have up: static plus dynamic (absent: 0).
                ((Number) cluster.get("nodes")).intValue()
                        + (cluster.get("dynamicNodes") instanceof Number d ? d.intValue() : 0),
                ((Number) cluster.get("coresPerNode")).intValue(),
                cluster.get("gpusPerNode") instanceof Number g ? g.intValue() : 0,
                String.valueOf(cluster.get("allocation")));
        CostReport cost = root.get("cost") instanceof Map ? JSON.convertValue(root.get("cost"), CostReport.class) : null;
        return new RunOutput(dir, String.valueOf(scenario.get("name")), String.valueOf(scheduler.get("policy")), shape,
                scenario, map(root, "workload", summary), metrics, jobs(dir.resolve("jobs.csv")),
                series(dir.resolve("timeseries.csv")), cost);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readJson(Path file) {
        try {
            return JSON.readValue(file.toFile(), LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new ScenarioException(file + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key, Path file) {
        Object v = parent.get(key);
        if (!(v instanceof Map)) {
            throw new ScenarioException(file + ": '" + key + "' is missing; was it written by another hpcsim version?");
        }
        return (Map<String, Object>) v;
    }

    private static List<JobRow> jobs(Path file) {
        List<JobRow> rows = new ArrayList<>();
        forEachRow(file, (f, c) -> rows.add(new JobRow(
                (long) num(f, c, "job_id"), num(f, c, "submit_s"), num(f, c, "start_s"), num(f, c, "end_s"),
                num(f, c, "wait_s"), num(f, c, "run_s"), num(f, c, "requested_s"), (int) num(f, c, "processors"),
                (int) num(f, c, "gpus"), (int) num(f, c, "units"), (long) num(f, c, "cores"), num(f, c, "killed") == 1,
                text(f, c, "user"), text(f, c, "account"), text(f, c, "partition"))));
        return rows;
    }

    private static List<TimeSeriesPoint> series(Path file) {
        List<TimeSeriesPoint> points = new ArrayList<>();
        forEachRow(file, (f, c) -> points.add(new TimeSeriesPoint(num(f, c, "time_s"), num(f, c, "step_s"),
                num(f, c, "busy_cores"), num(f, c, "busy_gpus"), num(f, c, "busy_nodes"), num(f, c, "queued_jobs"),
                num(f, c, "running_jobs"), c.containsKey("nodes_up") ? num(f, c, "nodes_up") : Double.NaN,
                c.containsKey("cost_per_hour") ? num(f, c, "cost_per_hour") : Double.NaN)));
        return points;
    }

    private interface Row {
        void accept(List<String> fields, Map<String, Integer> columns);
    }

    private static void forEachRow(Path file, Row row) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (BufferedReader in = TraceFiles.openText(file)) {
            CsvRecords records = new CsvRecords(in, file.toString());
            if (!records.next()) {
                return;
            }
            Map<String, Integer> columns = new HashMap<>();
            List<String> header = records.fields();
            for (int i = 0; i < header.size(); i++) {
                columns.put(header.get(i), i);
            }
            while (records.next()) {
                try {
                    row.accept(records.fields(), columns);
                } catch (RuntimeException e) {
                    throw records.error(e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static double num(List<String> fields, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        if (i == null) {
            throw new IllegalArgumentException("no column " + name);
        }
        String v = fields.get(i);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("column " + name + " is not a number: '" + v + "'");
        }
    }

    private static String text(List<String> fields, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= fields.size() ? "" : fields.get(i);
    }
}
