package org.hpcsim.reports.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hpcsim.models.cloud.CostReport;
import org.hpcsim.models.run.RunMetrics;
import org.hpcsim.models.run.TimeSeriesPoint;
import org.hpcsim.reports.data.JobRow;
import org.hpcsim.reports.data.RunOutput;
import org.hpcsim.reports.data.RunOutput.ClusterShape;

/** Small, self-consistent runs: a seeded workload scheduled first-come first-served on whole nodes. */
final class ChartFixtures {
    static final double STEP = 600;

    private ChartFixtures() {}

    /** A run of {@code jobs} jobs on {@code nodes} nodes of 8 cores and {@code gpusPerNode} GPUs. */
    static RunOutput run(String name, String policy, int nodes, int gpusPerNode, int jobs, long seed) {
        ClusterShape cluster = new ClusterShape(nodes, 8, gpusPerNode, "node");
        List<JobRow> rows = schedule(cluster, jobs, seed);
        List<TimeSeriesPoint> series = series(cluster, rows);
        return new RunOutput(Path.of(name), name, policy, cluster, Map.of(), Map.of(), metrics(cluster, rows, series),
                rows, series);
    }

    static List<JobRow> schedule(ClusterShape cluster, int n, long seed) {
        Random rnd = new Random(seed);
        int maxNodes = Math.min(cluster.nodes(), 16);
        double submit = 0;
        double lastStart = 0;
        // End times of running jobs, one entry per node held, so free nodes at t = nodes - ends > t.
        List<Double> held = new ArrayList<>();
        List<JobRow> out = new ArrayList<>();
        for (int id = 1; id <= n; id++) {
            submit += -Math.log(1 - rnd.nextDouble()) * 450;
            int units = 1 + (int) Math.floor(Math.pow(rnd.nextDouble(), 3) * maxNodes);
            int processors = units * 8 - rnd.nextInt(8);
            double run = Math.exp(7 + rnd.nextGaussian() * 1.5);
            int gpus = cluster.gpusPerNode() > 0 && rnd.nextBoolean() ? units * cluster.gpusPerNode() : 0;
            double start = Math.max(submit, lastStart);
            held.sort(null);
            // FCFS: wait until enough nodes are free, never starting before the job ahead.
            while (true) {
                double t = start;
                long busy = held.stream().filter(e -> e > t).count();
                if (cluster.nodes() - busy >= units) {
                    break;
                }
                start = held.stream().filter(e -> e > t).min(Double::compare).orElseThrow();
            }
            double end = start + run;
            for (int u = 0; u < units; u++) {
                held.add(end);
            }
            double s = start;
            held.removeIf(e -> e <= s);
            lastStart = start;
            out.add(new JobRow(id, submit, start, end, start - submit, run, run * 2, processors, gpus, units,
                    units * 8L, false, "u" + (id % 5), "a", "batch"));
        }
        return out;
    }

    static List<TimeSeriesPoint> series(ClusterShape cluster, List<JobRow> jobs) {
        double first = jobs.stream().mapToDouble(JobRow::submit).min().orElse(0);
        double last = jobs.stream().mapToDouble(JobRow::end).max().orElse(first);
        List<TimeSeriesPoint> out = new ArrayList<>();
        for (double t = first; t < last; t += STEP) {
            double len = Math.min(STEP, last - t);
            double cores = 0;
            double gpus = 0;
            double nodes = 0;
            double queued = 0;
            double running = 0;
            for (JobRow j : jobs) {
                double r = overlap(j.start(), j.end(), t, t + len) / len;
                cores += r * j.cores();
                gpus += r * j.gpus();
                nodes += r * j.units();
                running += r;
                queued += overlap(j.submit(), j.start(), t, t + len) / len;
            }
            out.add(new TimeSeriesPoint(t, len, cores, gpus, nodes, queued, running));
        }
        return out;
    }

    private static double overlap(double a0, double a1, double b0, double b1) {
        return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
    }

    static RunMetrics metrics(ClusterShape cluster, List<JobRow> jobs, List<TimeSeriesPoint> series) {
        double[] waits = jobs.stream().mapToDouble(JobRow::waitTime).sorted().toArray();
        double first = jobs.stream().mapToDouble(JobRow::submit).min().orElse(0);
        double last = jobs.stream().mapToDouble(JobRow::end).max().orElse(0);
        double makespan = last - first;
        double coreSeconds = jobs.stream().mapToDouble(j -> j.cores() * j.run()).sum();
        double meanWait = Arrays.stream(waits).average().orElse(Double.NaN);
        double p95 = waits.length == 0 ? Double.NaN : waits[(int) Math.ceil(0.95 * waits.length) - 1];
        double slowdown = jobs.stream().mapToDouble(JobRow::boundedSlowdown).average().orElse(Double.NaN);
        double meanQueue = series.stream().mapToDouble(p -> p.queuedJobs() * p.step()).sum() / makespan;
        int maxQueue = (int) Math.ceil(series.stream().mapToDouble(TimeSeriesPoint::queuedJobs).max().orElse(0));
        return new RunMetrics(jobs.size(), 0, first, last, makespan, coreSeconds / (cluster.cores() * makespan),
                meanWait, waits.length == 0 ? Double.NaN : waits[waits.length / 2], p95,
                waits.length == 0 ? Double.NaN : waits[waits.length - 1], slowdown,
                jobs.size() / (makespan / 3600), meanQueue, maxQueue, coreSeconds / 3600);
    }

    /**
     * {@code run} on nodes at {@code perNodeHour} dollars (Spot at {@code spotDiscount} off when
     * above 0), priced from its jobs as the cost collector prices them: every node up over the
     * makespan, each job holding cores / cores per node of a node for its run time.
     */
    static RunOutput priced(RunOutput run, double perNodeHour, double spotDiscount) {
        ClusterShape c = run.cluster();
        double up = c.nodes() * run.metrics().makespan() / 3600;
        double busy = run.jobs().stream().mapToDouble(j -> (double) j.cores() / c.coresPerNode() * j.run() / 3600).sum();
        double onDemand = spotDiscount > 0 ? perNodeHour / (1 - spotDiscount) : perNodeHour;
        CostReport cost = new CostReport("USD", perNodeHour, onDemand, spotDiscount > 0, up, busy, up - busy,
                up * perNodeHour, busy * perNodeHour, (up - busy) * perNodeHour, List.of(), List.of());
        return new RunOutput(run.dir(), run.name(), run.policy(), c, run.scenario(), run.workload(), run.metrics(),
                run.jobs(), run.series(), cost);
    }

    /** Runs of one workload on clusters of different sizes under two policy names: a spread of cost and wait. */
    static List<RunOutput> comparison() {
        List<RunOutput> runs = new ArrayList<>();
        int[] sizes = {24, 32, 48, 64, 96};
        for (int nodes : sizes) {
            runs.add(run("lublin-" + nodes + "n", "fcfs", nodes, 0, 400, 7));
        }
        // Same name, another policy, a different workload draw: labels must tell them apart.
        runs.add(run("lublin-48n", "easy", 48, 0, 400, 11));
        return runs;
    }
}
