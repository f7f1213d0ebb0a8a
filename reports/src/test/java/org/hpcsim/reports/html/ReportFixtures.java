package org.hpcsim.reports.html;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.cloud.CostReport;
import org.hpcsim.models.cloud.CostShare;
import org.hpcsim.models.run.RunMetrics;
import org.hpcsim.models.run.TimeSeriesPoint;
import org.hpcsim.reports.data.JobRow;
import org.hpcsim.reports.data.RunOutput;
import org.hpcsim.reports.data.RunOutput.ClusterShape;

/**
 * A four-job run on 4 nodes x 4 cores small enough to check every number by hand:
 *
 * <pre>
 * job user      partition submit start  run   cores core-h wait  bounded slowdown
 *  1  alice     batch        0      0   3600    4     4      0   1
 *  2  alice     batch        0    600   1800    8     4    600   2400/1800 = 1.333
 *  3  bob       gpu        100   1900   1800    4     2   1800   3600/1800 = 2
 *  4  &lt;script&gt;  gpu          0   3600   1800    4     2   3600   5400/1800 = 3
 * </pre>
 */
final class ReportFixtures {
    static final String EVIL_USER = "<script>alert(\"x\")</script>";
    static final String NAME = "tiny & <small>";

    private ReportFixtures() {}

    static RunOutput run(Path dir) {
        List<JobRow> jobs = List.of(
                job(1, 0, 0, 3600, 1, "alice", "batch"),
                job(2, 0, 600, 1800, 2, "alice", "batch"),
                job(3, 100, 1900, 1800, 1, "bob", "gpu"),
                job(4, 0, 3600, 1800, 1, EVIL_USER, "gpu"));
        return withJobs(dir, jobs);
    }

    static RunOutput withJobs(Path dir, List<JobRow> jobs) {
        ClusterShape cluster = new ClusterShape(4, 4, 0, "node");
        RunMetrics metrics = new RunMetrics(4, 0, 0, 5500, 5500, 12 * 3600.0 / (16 * 5500), 1500, 1200, 3330, 3600,
                11.0 / 6, 4 / (5500 / 3600.0), 0.4, 2, 12);
        return new RunOutput(dir, NAME, "easy", cluster, scenario(), workload(), metrics, jobs, series());
    }

    /**
     * The run on Spot nodes at $3.60 per node-hour, 50 % off $7.20 On-Demand, its scenario naming
     * an instance type. All 4 nodes are paid over the 5500 s makespan: 4 x 5500 / 3600 = 6.111
     * node-hours, $22.00. Jobs hold 1 + 2 x 0.5 + 0.5 + 0.5 = 3 node-hours, $10.80; idle 3.111
     * node-hours, $11.20 (50.9 %). By user: alice 2 node-hours ($7.20), the other two 0.5 ($1.80)
     * each, in name order; one account, acct, with all of it.
     */
    static RunOutput priced(Path dir) {
        RunOutput r = run(dir);
        double up = 4 * 5500 / 3600.0;
        CostReport cost = new CostReport("USD", 3.6, 7.2, true, up, 3, up - 3, up * 3.6, 3 * 3.6, (up - 3) * 3.6,
                List.of(new CostShare("alice", 2, 2, 7.2), new CostShare(EVIL_USER, 1, 0.5, 1.8),
                        new CostShare("bob", 1, 0.5, 1.8)),
                List.of(new CostShare("acct", 4, 3, 10.8)));
        Map<String, Object> scenario = new LinkedHashMap<>(r.scenario());
        @SuppressWarnings("unchecked")
        Map<String, Object> cluster = new LinkedHashMap<>((Map<String, Object>) scenario.get("cluster"));
        cluster.put("instanceType", "c5n.18xlarge");
        scenario.put("cluster", cluster);
        return new RunOutput(dir, r.name(), r.policy(), r.cluster(), scenario, r.workload(), r.metrics(), r.jobs(),
                r.series(), cost);
    }

    /** A job on whole nodes of 4 cores. */
    static JobRow job(long id, double submit, double start, double run, int nodes, String user, String partition) {
        return new JobRow(id, submit, start, start + run, start - submit, run, run, nodes * 4, 0, nodes, nodes * 4L,
                false, user, "acct", partition);
    }

    private static Map<String, Object> scenario() {
        Map<String, Object> cluster = new LinkedHashMap<>();
        cluster.put("nodes", 4);
        cluster.put("coresPerNode", 4);
        cluster.put("allocation", "node");
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("window", Map.of("from", 0.0));
        Map<String, Object> workload = new LinkedHashMap<>();
        workload.put("trace", "jobs <1>.swf");
        workload.put("transforms", List.of(window));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", NAME);
        m.put("seed", 7);
        m.put("cluster", cluster);
        m.put("scheduler", Map.of("policy", "easy"));
        m.put("workload", workload);
        return m;
    }

    private static Map<String, Object> workload() {
        Map<String, Object> dropped = new LinkedHashMap<>();
        dropped.put("unknown run time", 1L);
        dropped.put("larger than the machine", 0L);
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("source", "jobs <1>.swf");
        w.put("format", "swf");
        w.put("jobsRead", 5L);
        w.put("jobsDropped", 1L);
        w.put("droppedByReason", dropped);
        w.put("adjustments", new LinkedHashMap<>());
        return w;
    }

    private static List<TimeSeriesPoint> series() {
        List<TimeSeriesPoint> points = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            points.add(new TimeSeriesPoint(i * 600, 600, 4 + i, 0, 1 + i / 4, i % 3, 1 + i % 2));
        }
        return points;
    }
}
