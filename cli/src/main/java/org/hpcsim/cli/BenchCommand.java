package org.hpcsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hpcsim.cli.sweep.SweepBenchmark;
import org.hpcsim.core.EngineBenchmark;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.kube.KubeSchedulerBenchmark;
import org.hpcsim.models.workload.Job;
import org.hpcsim.scenarios.spec.PoissonSpec;
import org.hpcsim.scenarios.swf.SwfJobSource;
import org.hpcsim.scenarios.swf.SwfReader;
import org.hpcsim.scenarios.synthetic.SyntheticTrace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Measures speed on the real code paths: the engine's event rate (hold model), and whole-process
 * replays (JVM start, trace parsing, simulation, outputs) of a synthetic trace under FCFS and
 * EASY, each replay a fresh {@code hpcsim run} process with this JVM's options.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure engine events/s, SWF reading, whole-process replays of a synthetic trace, (--sweep)"
                + " sweep points/s, (--hardware) the hardware model's cost and (--kube) kube-scheduler decisions/s.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--jobs", paramLabel = "N", description = "Jobs in the synthetic trace (default ${DEFAULT-VALUE}).")
    int jobs = 1_000_000;

    @Option(names = "--nodes", paramLabel = "N", description = "One-core nodes in the cluster (default ${DEFAULT-VALUE}).")
    int nodes = 10_000;

    @Option(names = "--load", paramLabel = "L", description = "Offered load of the trace (default ${DEFAULT-VALUE}).")
    double load = 0.9;

    @Option(names = "--engine-events", paramLabel = "N", description = "Events in the engine benchmark (default ${DEFAULT-VALUE}).")
    long engineEvents = 50_000_000;

    @Option(names = "--repeats", paramLabel = "N", description = "Replays per policy; the best and median are shown (default ${DEFAULT-VALUE}).")
    int repeats = 3;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the trace and run outputs (default ${DEFAULT-VALUE}).")
    Path work = Path.of("out/bench");

    @Option(names = "--policies", paramLabel = "P,P", split = ",",
            description = "Policies to replay under (default ${DEFAULT-VALUE}).")
    List<String> policies = List.of("fcfs", "easy", "slurm");

    @Option(names = "--skip-engine", description = "Skip the engine benchmark.")
    boolean skipEngine;

    @Option(names = "--skip-replay", description = "Skip the replay benchmark.")
    boolean skipReplay;

    @Option(names = "--sweep", description = "Also measure sweeps: points/s of a small study on 1 and 2 threads,"
            + " and the overhead per point over bare simulations.")
    boolean sweep;

    @Option(names = "--sweep-points", paramLabel = "N", description = "Points in the sweep benchmark (default ${DEFAULT-VALUE}).")
    int sweepPoints = 24;

    @Option(names = "--sweep-jobs", paramLabel = "N", description = "Jobs per point in the sweep benchmark (default ${DEFAULT-VALUE}).")
    int sweepJobs = 5_000;

    @Option(names = "--hardware", description = "Also measure the hardware model: a synthetic trace of communicating"
            + " MPI jobs on a fat tree under EASY, against the same trace rigid.")
    boolean hardware;

    @Option(names = "--hardware-jobs", paramLabel = "N", description = "Jobs in the hardware benchmark (default ${DEFAULT-VALUE}).")
    int hardwareJobs = 100_000;

    @Option(names = "--hardware-nodes", paramLabel = "N", description = "Nodes of the fat tree in the hardware benchmark"
            + " (default ${DEFAULT-VALUE}).")
    int hardwareNodes = 4_096;

    @Option(names = "--kube", description = "Also measure kube-scheduler: scheduling decisions/s of the default profile,"
            + " binding every pod placed and unbinding the oldest to keep the cluster about 55%% full.")
    boolean kube;

    @Option(names = "--kube-nodes", paramLabel = "N", description = "Nodes (32 cores, 128 GiB) in the kube benchmark"
            + " (default ${DEFAULT-VALUE}).")
    int kubeNodes = 5_000;

    @Option(names = "--kube-pods", paramLabel = "N", description = "Timed pods in the kube benchmark, after as many"
            + " half again to warm up (default ${DEFAULT-VALUE}).")
    int kubePods = 100_000;

    @Option(names = "--kube-spread", paramLabel = "F", description = "Fraction of pods in the kube benchmark with"
            + " ScheduleAnyway zone and hostname spread constraints (default ${DEFAULT-VALUE}).")
    double kubeSpread = 0.0;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!skipEngine) {
            EngineBenchmark.run(10_000, Math.min(engineEvents, 5_000_000), 7); // warm-up
            EngineBenchmark.Result r = EngineBenchmark.run(10_000, engineEvents, 1);
            out.printf(Locale.ROOT, "engine (hold model, 10,000 pending): %,d events in %.2f s = %,.0f events/s%n",
                    r.events(), r.nanos() / 1e9, r.eventsPerSecond());
            out.flush();
        }
        if (!skipReplay) {
            Path trace = ensureTrace(out);
            readTrace(out, trace);
            for (String policy : policies) {
                replay(out, trace, policy);
            }
        }
        if (sweep) {
            new SweepBenchmark(work.resolve("sweep"), sweepPoints, sweepJobs).run(out, repeats);
        }
        if (hardware) {
            new HardwareBenchmark(work.resolve("hardware"), hardwareJobs, hardwareNodes).run(out, repeats);
        }
        if (kube) {
            KubeSchedulerBenchmark.Result r = KubeSchedulerBenchmark.run(kubeNodes, kubePods, kubePods / 2, 0.55, kubeSpread, 42);
            out.printf(Locale.ROOT, "kube-scheduler (default profile, %,d nodes, %.0f%% of pods spread): %,d decisions"
                    + " (%,d unschedulable) in %.2f s = %,.0f decisions/s%n", kubeNodes, kubeSpread * 100, r.decisions(),
                    r.unscheduled(), r.nanos() / 1e9, r.decisionsPerSecond());
            out.flush();
        }
        return ExitCodes.OK;
    }

    private Path ensureTrace(PrintWriter out) throws IOException {
        Files.createDirectories(work);
        Path trace = work.resolve(String.format(Locale.ROOT, "synthetic-%d-jobs-%d-nodes-load-%s.swf", jobs, nodes, load));
        if (!Files.isRegularFile(trace)) {
            HomogeneousCluster cluster = new HomogeneousCluster(nodes, 1, AllocationUnit.NODE);
            long t0 = System.nanoTime();
            SyntheticTrace.write(PoissonSpec.defaults(jobs, load), cluster, 1, trace);
            out.printf(Locale.ROOT, "wrote %s in %.1f s%n", trace, (System.nanoTime() - t0) / 1e9);
            out.flush();
        }
        return trace;
    }

    /** SWF reading alone, in this process: every line parsed into a job with all 18 fields kept. */
    private void readTrace(PrintWriter out, Path trace) throws IOException {
        double best = Double.MAX_VALUE;
        long jobsRead = 0;
        for (int i = 0; i <= repeats; i++) { // the first pass warms the JIT up and is not counted
            long t0 = System.nanoTime();
            jobsRead = 0;
            try (SwfJobSource jobs = new SwfJobSource(SwfReader.open(trace), Long.MAX_VALUE)) {
                for (Job j = jobs.next(); j != null; j = jobs.next()) {
                    jobsRead++;
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (i > 0) {
                best = Math.min(best, seconds);
            }
        }
        out.printf(Locale.ROOT, "read SWF: %,d lines in %.3f s = %,.0f lines/s (best of %d, parsed into jobs)%n",
                jobsRead, best, jobsRead / best, repeats);
        out.flush();
    }

    private void replay(PrintWriter out, Path trace, String policy) throws IOException, InterruptedException {
        double[] seconds = new double[repeats];
        String peak = "";
        for (int i = 0; i < repeats; i++) {
            List<String> cmd = new ArrayList<>();
            cmd.add(ProcessHandle.current().info().command().orElse("java"));
            cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
            cmd.addAll(List.of("-jar", jarPath(), "run", "--trace", trace.toString(), "--nodes", String.valueOf(nodes),
                    "--cores-per-node", "1", "--scheduler", policy, "--out", work.resolve(policy).toString(),
                    "--quiet", "--report-peak-heap"));
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int rc = p.waitFor();
            seconds[i] = (System.nanoTime() - t0) / 1e9;
            if (rc != 0) {
                throw new IllegalStateException("replay under " + policy + " failed (exit " + rc + "): " + text.trim());
            }
            peak = text.trim();
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "replay %,d jobs on %,d nodes, %s: best %.2f s, median %.2f s over %d runs (whole process); %s%n",
                jobs, nodes, policy, sorted[0], sorted[sorted.length / 2], repeats, peak);
        out.flush();
    }

    private static String jarPath() {
        try {
            return Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new UncheckedIOException(new IOException("cannot locate the hpcsim jar", e));
        }
    }
}
