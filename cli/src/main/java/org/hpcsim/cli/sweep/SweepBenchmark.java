package org.hpcsim.cli.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hpcsim.reports.sweep.PointResultFiles;
import org.hpcsim.scenarios.run.ScenarioRunner;
import org.hpcsim.scenarios.run.SharedTraces;
import org.hpcsim.scenarios.sweep.SweepLoader;
import org.hpcsim.scenarios.sweep.SweepSpec;

/**
 * The sweep benchmark: a study of small scenarios run through the local executor on 1 and 2
 * threads (points per second, speed-up), against the same simulations run bare, one after the
 * other, with no sweep around them (the per-point overhead: binding, seeding, result files).
 */
public final class SweepBenchmark {
    private final Path work;
    private final int points;
    private final int jobs;

    /** A study of {@code points} points of {@code jobs} jobs each, written under {@code work}. */
    public SweepBenchmark(Path work, int points, int jobs) {
        this.work = work;
        this.points = points;
        this.jobs = jobs;
    }

    /** Runs the benchmark and prints its figures on {@code out}. */
    public void run(PrintWriter out, int repeats) throws IOException {
        SweepSpec sweep = new SweepLoader().load(writeSweep());
        double bare = Double.MAX_VALUE;
        double[] threaded = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int r = 0; r <= repeats; r++) { // the first round warms the JIT up and is not counted
            double b = bare(sweep);
            double one = executor(sweep, 1, r);
            double two = executor(sweep, 2, r);
            if (r > 0) {
                bare = Math.min(bare, b);
                threaded[0] = Math.min(threaded[0], one);
                threaded[1] = Math.min(threaded[1], two);
            }
        }
        int n = sweep.points().size();
        out.printf(Locale.ROOT, "sweep of %d points (%,d jobs each, 1 replication), best of %d:%n", n, jobs, repeats);
        out.printf(Locale.ROOT, "  bare simulations, one after another: %.3f s = %.1f runs/s%n", bare, n / bare);
        out.printf(Locale.ROOT, "  local executor, 1 thread:  %.3f s = %.1f points/s; overhead per point %.2f ms (%.1f%%)%n",
                threaded[0], n / threaded[0], (threaded[0] - bare) / n * 1e3, 100 * (threaded[0] - bare) / bare);
        out.printf(Locale.ROOT, "  local executor, 2 threads: %.3f s = %.1f points/s; speed-up %.2fx over 1 thread%n",
                threaded[1], n / threaded[1], threaded[0] / threaded[1]);
        out.flush();
    }

    private Path writeSweep() throws IOException {
        Files.createDirectories(work);
        Path file = work.resolve("bench-sweep.yaml");
        List<String> nodes = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            nodes.add(Integer.toString(48 + 2 * i));
        }
        Files.writeString(file, String.format(Locale.ROOT, """
                name: bench-sweep
                scenario:
                  name: bench-point
                  seed: 1
                  cluster: {nodes: 64, coresPerNode: 32, allocation: node}
                  scheduler: {policy: easy}
                  workload:
                    synthetic:
                      model: poisson
                      jobs: %d
                      load: 0.9
                      runtime: {distribution: lognormal, median: 1200, sigma: 1.5}
                parameters:
                  - {path: cluster.nodes, values: [%s]}
                """, jobs, String.join(", ", nodes)));
        return file;
    }

    private static double bare(SweepSpec sweep) {
        SharedTraces traces = new SharedTraces();
        long t0 = System.nanoTime();
        for (int i = 0; i < sweep.points().size(); i++) {
            ScenarioRunner.run(sweep.scenarioOf(i, 0), sweep.baseDir(), c -> List.of(), traces);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private double executor(SweepSpec sweep, int threads, int round) throws IOException {
        Path results = work.resolve("points-" + threads + "-" + round);
        deleteResults(results);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < sweep.points().size(); i++) {
            all.add(i);
        }
        long t0 = System.nanoTime();
        new LocalExecutor(new PointRunner(sweep, new SharedTraces()), new PointResultFiles(results), threads)
                .run(all, null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        deleteResults(results);
        return seconds;
    }

    private static void deleteResults(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }
}
