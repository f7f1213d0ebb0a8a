package org.hpcsim.reports.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.cloud.CostReport;
import org.hpcsim.models.run.RunMetrics;
import org.hpcsim.reports.data.RunOutput;
import org.hpcsim.reports.data.RunOutput.ClusterShape;

/**
 * A baseline and two variants with round numbers, so every difference and percentage in the tests
 * can be checked by hand. Fields of RunMetrics in order: jobs, killed, first submit, last end,
 * makespan, utilization, mean / median / p95 / max wait, mean bounded slowdown, throughput, mean
 * queue length, max queue length, core-hours.
 */
final class CompareFixtures {
    private CompareFixtures() {}

    /** The baseline: a median wait of 0, so its percentages are n/a. */
    static RunOutput fcfs(Path dir) {
        return run(dir, "fcfs", "fcfs", 32, new RunMetrics(100, 0, 0, 36_000, 36_000, 0.5, 3480, 0, 7200, 14_400,
                4.0, 10.0, 2.0, 9, 1000));
    }

    /** Better than the baseline nearly everywhere. */
    static RunOutput easy(Path dir) {
        return run(dir, "easy", "easy", 32, new RunMetrics(100, 0, 0, 34_200, 34_200, 0.55, 2736, 60, 5400, 18_000,
                3.0, 10.5, 1.5, 7, 1000));
    }

    /** Worse nearly everywhere, but with the shortest longest wait. */
    static RunOutput big(Path dir) {
        return run(dir, "big", "fcfs", 40, new RunMetrics(90, 0, 0, 39_600, 39_600, 0.4, 3480, 0, 9000, 10_800,
                5.0, 9.0, 2.5, 11, 900));
    }

    /** The three, baseline first, each in {@code root}/NAME. */
    static List<RunOutput> three(Path root) {
        return List.of(fcfs(root.resolve("fcfs")), easy(root.resolve("easy")), big(root.resolve("big")));
    }

    /**
     * {@code run} with its nodes at {@code perNodeHour} dollars On-Demand: every node paid over the
     * makespan, jobs holding core-hours / 8 node-hours. At $2: fcfs 32 x 10 h = 320 node-hours,
     * $640, of which 1000 / 8 = 125 busy ($250) and $390 idle (60.9375 %); easy 32 x 9.5 h = $608,
     * $358 idle; big 40 x 11 h = $880, 900 / 8 = 112.5 busy ($225), $655 idle.
     */
    static RunOutput priced(RunOutput run, double perNodeHour) {
        double up = run.cluster().nodes() * run.metrics().makespan() / 3600;
        double busy = run.metrics().coreHours() / run.cluster().coresPerNode();
        CostReport cost = new CostReport("USD", perNodeHour, perNodeHour, false, up, busy, up - busy,
                up * perNodeHour, busy * perNodeHour, (up - busy) * perNodeHour, List.of(), List.of());
        return new RunOutput(run.dir(), run.name(), run.policy(), run.cluster(), run.scenario(), run.workload(),
                run.metrics(), run.jobs(), run.series(), cost);
    }

    /** The three at $2 per node-hour, baseline first. */
    static List<RunOutput> threePriced(Path root) {
        return three(root).stream().map(r -> priced(r, 2)).toList();
    }

    static RunOutput run(Path dir, String name, String policy, int nodes, RunMetrics m) {
        return new RunOutput(dir, name, policy, new ClusterShape(nodes, 8, 0, "node"), Map.of(), Map.of(), m,
                List.of(), List.of());
    }
}
