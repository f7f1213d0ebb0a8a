package org.hpcsim.reports.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.cloud.CostReport;
import org.hpcsim.models.run.RunMetrics;
import org.hpcsim.models.run.TimeSeriesPoint;

/**
 * A finished run as its output folder holds it: what ran, its headline metrics, its jobs and its
 * time series. What report pages, comparisons and charts are drawn from.
 *
 * @param dir      the output folder
 * @param name     the scenario's name
 * @param policy   the scheduling policy's name
 * @param cluster  nodes, cores per node, GPUs per node and allocation, as summary.json gives them
 * @param scenario the scenario as summary.json echoes it (ordered maps)
 * @param workload the workload section of summary.json
 * @param metrics  the headline metrics
 * @param jobs     one row per job (empty when the run wrote no jobs.csv)
 * @param series   the time series (empty when the run wrote no timeseries.csv)
 * @param cost     what the run cost, or null when its cluster had no pricing
 */
public record RunOutput(Path dir, String name, String policy, ClusterShape cluster, Map<String, Object> scenario,
                        Map<String, Object> workload, RunMetrics metrics, List<JobRow> jobs,
                        List<TimeSeriesPoint> series, CostReport cost) {

    /** A run without cost accounting. */
    public RunOutput(Path dir, String name, String policy, ClusterShape cluster, Map<String, Object> scenario,
                     Map<String, Object> workload, RunMetrics metrics, List<JobRow> jobs, List<TimeSeriesPoint> series) {
        this(dir, name, policy, cluster, scenario, workload, metrics, jobs, series, null);
    }

    /**
     * The cluster a run used.
     *
     * @param nodes        nodes, static and dynamic (the most that can be up)
     * @param coresPerNode cores per node
     * @param gpusPerNode  GPUs per node
     * @param allocation   "node" or "core"
     */
    public record ClusterShape(int nodes, int coresPerNode, int gpusPerNode, String allocation) {
        /** Cores in the cluster. */
        public long cores() {
            return (long) nodes * coresPerNode;
        }

        /** GPUs in the cluster. */
        public long gpus() {
            return (long) nodes * gpusPerNode;
        }
    }
}
