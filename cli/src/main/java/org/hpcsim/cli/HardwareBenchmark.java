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

    /** Runs both replays {@code repeats} times after a warm-up and prints the best of each. */
    void run(PrintWriter out, int repeats) throws IOException {
        Files.createDirectories(work);
        Scenario profiled = new ScenarioLoader().load(write("bench-hardware.yaml", true));
        Scenario rigid = new ScenarioLoader().load(write("bench-rigid.yaml", false));
        double bestProfiled = Double.MAX_VALUE;
        double bestRigid = Double.MAX_VALUE;
        RunReport report = null;
        RunReport rigidReport = null;
        for (int r = 0; r <= repeats; r++) { // the first round warms the JIT up and is not counted
            long t0 = System.nanoTime();
            report = ScenarioRunner.run(profiled, work, List.of());
            double p = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            rigidReport = ScenarioRunner.run(rigid, work, List.of());
            double q = (System.nanoTime() - t0) / 1e9;
            if (r > 0) {
                bestProfiled = Math.min(bestProfiled, p);
                bestRigid = Math.min(bestRigid, q);
            }
        }
        PlatformStats hw = report.engine().platform();
        long events = report.engine().events();
        out.printf(Locale.ROOT, "hardware model: %,d jobs on a %,d-node fat tree (32 per leaf, 2:1), EASY, best of %d:%n",
                jobs, nodes, repeats);
        out.printf(Locale.ROOT, "  communicating profiles: %.2f s, %,d events = %,.0f events/s; %,d profiled jobs%n",
                bestProfiled, events, events / bestProfiled, hw.profiledJobs());
        out.printf(Locale.ROOT, "  rate recomputation: %,d solver calls, %,d flows recomputed (%.1f per call),"
                        + " %,d end events moved%n", hw.solverCalls(), hw.flowsRecomputed(),
                hw.flowsRecomputed() / (double) Math.max(1, hw.solverCalls()), hw.rateUpdates());
        out.printf(Locale.ROOT, "  same trace rigid (no hardware model): %.2f s, %,d events = %,.0f events/s;"
                        + " the model costs %.1f us per job%n", bestRigid, rigidReport.engine().events(),
                rigidReport.engine().events() / bestRigid, (bestProfiled - bestRigid) / jobs * 1e6);
        out.printf(Locale.ROOT, "  mean wait %.0f s profiled vs %.0f s rigid (contention and placement lengthen runs)%n",
                report.metrics().meanWait(), rigidReport.metrics().meanWait());
        out.flush();
    }

    private Path write(String name, boolean hardware) throws IOException {
        Path file = work.resolve(name);
        String block = !hardware ? "" : """
                hardware:
                  nodeType: xeon-2s
                  interconnect: ib-hdr
                  topology: {kind: fat-tree, nodesPerLeaf: 32, oversubscription: 2}
                  placement: compact
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
                """;
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
