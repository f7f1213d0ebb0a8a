package org.hpcsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hpcsim.models.platform.PlatformStats;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.run.RunReport;
import org.hpcsim.scenarios.run.ScenarioRunner;
import org.hpcsim.scenarios.spec.Scenario;

/**
 * The hardware benchmark: a synthetic trace whose every multi-node job runs a communicating
 * bulk-synchronous profile on a 2:1 oversubscribed fat tree under EASY, against the same trace
 * replayed rigid (no hardware model). The difference is what placement, rate recomputation and
 * moving end events cost.
 */
final class HardwareBenchmark {
    private final Path work;
    private final int jobs;
    private final int nodes;

    /** A trace of {@code jobs} jobs on {@code nodes} nodes, written under {@code work}. */
    HardwareBenchmark(Path work, int jobs, int nodes) {
        this.work = work;
        this.jobs = jobs;
        this.nodes = nodes;
    }

    /** Runs the rigid replay and the profiled ones {@code repeats} times after a warm-up; prints the best of each. */
    void run(PrintWriter out, int repeats) throws IOException {
        Files.createDirectories(work);
        Scenario rigid = new ScenarioLoader().load(write("bench-rigid.yaml", null));
        Timed bare = best(rigid, repeats);
        out.printf(Locale.ROOT, "hardware model: %,d jobs on a %,d-node fat tree (32 per leaf, 2:1), EASY, best of %d:%n",
                jobs, nodes, repeats);
        out.printf(Locale.ROOT, "  rigid (no hardware model): %.2f s, %,d events = %,.0f events/s, mean wait %.0f s%n",
                bare.seconds, bare.report.engine().events(), bare.report.engine().events() / bare.seconds,
                bare.report.metrics().meanWait());
        for (String placement : List.of("compact", "scatter")) {
            Timed t = best(new ScenarioLoader().load(write("bench-" + placement + ".yaml", placement)), repeats);
            PlatformStats hw = t.report.engine().platform();
            long events = t.report.engine().events();
            out.printf(Locale.ROOT, "  communicating profiles, %s placement: %.2f s, %,d events = %,.0f events/s,"
                            + " %,d profiled jobs, mean wait %.0f s; %.1f us per job over rigid%n", placement, t.seconds,
                    events, events / t.seconds, hw.profiledJobs(), t.report.metrics().meanWait(),
                    (t.seconds - bare.seconds) / jobs * 1e6);
            out.printf(Locale.ROOT, "    rate recomputation: %,d solver calls, %,d flows recomputed (%.1f per call),"
                            + " %,d end events moved%n", hw.solverCalls(), hw.flowsRecomputed(),
                    hw.flowsRecomputed() / (double) Math.max(1, hw.solverCalls()), hw.rateUpdates());
            out.flush();
        }
    }

    /** A run's best time over {@code repeats} after a warm-up, and its report. */
    private record Timed(double seconds, RunReport report) {}

    private Timed best(Scenario s, int repeats) {
        double best = Double.MAX_VALUE;
        RunReport report = null;
        for (int r = 0; r <= repeats; r++) { // the first round warms the JIT up and is not counted
            long t0 = System.nanoTime();
            report = ScenarioRunner.run(s, work, List.of());
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (r > 0) {
                best = Math.min(best, seconds);
            }
        }
        return new Timed(best, report);
    }

    /** A scenario file; with a {@code placement}, every job of more than one node runs a communicating profile. */
    private Path write(String name, String placement) throws IOException {
        Path file = work.resolve(name);
        String block = placement == null ? "" : """
                hardware:
                  nodeType: xeon-2s
                  interconnect: ib-hdr
                  topology: {kind: fat-tree, nodesPerLeaf: 32, oversubscription: 2}
                  placement: %s
                  profiles:
                    mpi:
                      kind: bsp-mpi
                      flopsPerRank: 1.0e8
                      memoryBytesPerRank: 5.0e7
                      haloBytes: 4194304
                      allreduceBytes: 65536
                      efficiency: 0.2
                  rules:
                    - profile: mpi
                      minProcessors: 81
                """.formatted(placement);
        Files.writeString(file, String.format(Locale.ROOT, """
                name: %s
                seed: 1
                cluster: {nodes: %d, coresPerNode: 80, allocation: node}
                scheduler: {policy: easy, killAtTimeLimit: false}
                workload:
                  synthetic:
                    model: poisson
                    jobs: %d
                    load: 0.9
                    runtime: {distribution: lognormal, median: 1200, sigma: 1.5}
                %s""", name.replace(".yaml", ""), nodes, jobs, block));
        return file;
    }
}
