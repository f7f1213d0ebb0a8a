package org.hpcsim.scenarios.jobscsv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each known column of a {@code jobs.csv} is, found by its header name (trimmed, exact
 * case) so columns may come in any order and unknown ones are ignored; -1 for an absent one.
 */
final class JobsCsvColumns {
    /** Columns every file must have. */
    static final List<String> REQUIRED = List.of("job_id", "submit_s", "run_s", "processors");

    final int count;
    final int jobId;
    final int submit;
    final int run;
    final int processors;
    final int requested;
    final int nodes;
    final int gpus;
    final int killed;
    final int start;
    final int wait;
    final int user;
    final int group;
    final int account;
    final int partition;
    final int queue;
    final int qos;
    final int name;
    final int constraint;
    final int gpuType;
    final int gpusPerNode;
    final int tasksPerNode;
    final int cpusPerTask;
    final int cpusPerGpu;
    final int memoryMb;
    final int memoryPerCpuMb;
    final int exclusive;
    final int dependency;
    final int array;

    private JobsCsvColumns(Map<String, Integer> index, int count) {
        this.count = count;
        jobId = index.get("job_id");
        submit = index.get("submit_s");
        run = index.get("run_s");
        processors = index.get("processors");
        requested = index.getOrDefault("requested_s", -1);
        nodes = index.getOrDefault("nodes", -1);
        gpus = index.getOrDefault("gpus", -1);
        killed = index.getOrDefault("killed", -1);
        start = index.getOrDefault("start_s", -1);
        wait = index.getOrDefault("wait_s", -1);
        user = index.getOrDefault("user", -1);
        group = index.getOrDefault("group", -1);
        account = index.getOrDefault("account", -1);
        partition = index.getOrDefault("partition", -1);
        queue = index.getOrDefault("queue", -1);
        qos = index.getOrDefault("qos", -1);
        name = index.getOrDefault("name", -1);
        constraint = index.getOrDefault("constraint", -1);
        gpuType = index.getOrDefault("gpu_type", -1);
        gpusPerNode = index.getOrDefault("gpus_per_node", -1);
        tasksPerNode = index.getOrDefault("tasks_per_node", -1);
        cpusPerTask = index.getOrDefault("cpus_per_task", -1);
        cpusPerGpu = index.getOrDefault("cpus_per_gpu", -1);
        memoryMb = index.getOrDefault("mem_mb", -1);
        memoryPerCpuMb = index.getOrDefault("mem_per_cpu_mb", -1);
        exclusive = index.getOrDefault("exclusive", -1);
        dependency = index.getOrDefault("dependency", -1);
        array = index.getOrDefault("array", -1);
    }

    /** The columns of a header row; throws through {@code records} when one is missing or repeated. */
    static JobsCsvColumns of(List<String> header, CsvRecords records) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).trim();
            if (!column.isEmpty() && index.putIfAbsent(column, i) != null) {
                throw records.error("column '" + column + "' appears twice in the header");
            }
        }
        List<String> missing = new ArrayList<>();
        for (String r : REQUIRED) {
            if (!index.containsKey(r)) {
                missing.add(r);
            }
        }
        if (!missing.isEmpty()) {
            throw records.error("header lacks required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (has " + String.join(",", header) + ")");
        }
        return new JobsCsvColumns(index, header.size());
    }
}
