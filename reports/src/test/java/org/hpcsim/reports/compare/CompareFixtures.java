package org.hpcsim.reports.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    static RunOutput run(Path dir, String name, String policy, int nodes, RunMetrics m) {
        return new RunOutput(dir, name, policy, new ClusterShape(nodes, 8, 0, "node"), Map.of(), Map.of(), m,
                List.of(), List.of());
    }
}
