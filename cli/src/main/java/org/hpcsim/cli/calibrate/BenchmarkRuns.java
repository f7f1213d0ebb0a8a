package org.hpcsim.cli.calibrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.calibration.MeasurementsBuilder;
import org.hpcsim.scenarios.calibration.NumaHardware;

/**
 * Runs the built benchmarks that this machine can run, each output into raw/NAME.txt: the MPI
 * ones through mpirun (latency and bandwidth on 2 ranks, allreduce on the asked count), the GPU
 * ones when an NVIDIA GPU answers, the NUMA triad under numactl for every (CPU node, memory node)
 * pair when there are two nodes or more. What cannot run is logged with its reason.
 */
final class BenchmarkRuns {
    private final Programs programs;
    private final Path work;
    private final Path raw;
    private final Path logs;
    private final RunLog log;
    private final Duration timeout;
    private final boolean quick;
    private final MeasurementsBuilder machine;

    BenchmarkRuns(Programs programs, Path work, Path raw, Path logs, RunLog log, Duration timeout, boolean quick,
                  MeasurementsBuilder machine) {
        this.programs = programs;
        this.work = work;
        this.raw = raw;
        this.logs = logs;
        this.log = log;
        this.timeout = timeout;
        this.quick = quick;
        this.machine = machine;
    }

    /** The MPI benchmarks, launched by {@code launcher} (null: mpirun could not be set up). */
    void mpi(Map<String, Path> built, MpiLauncher launcher, int ranks, long maxBytes) {
        if (launcher == null) {
            return; // already logged: no launcher
        }
        List<String> sizes = List.of("-m", String.valueOf(maxBytes));
        // A tenth of OSU's iteration and warm-up counts (at least one warm-up): same sweeps, seconds in all.
        List<String> latencyArgs = quick ? List.of("-i", "1000", "-x", "10", "-I", "100", "-X", "1") : List.of();
        List<String> bandwidthArgs = quick ? List.of("-i", "10", "-x", "1", "-I", "2", "-X", "1") : List.of();
        List<String> allreduceArgs = quick ? List.of("-i", "100", "-x", "10", "-I", "10", "-X", "1") : List.of();
        mpiOne(built, launcher, "mpi_latency", 2, concat(sizes, latencyArgs), "ping-pong latency on 2 ranks");
        mpiOne(built, launcher, "mpi_bandwidth", 2, concat(sizes, bandwidthArgs), "streaming bandwidth on 2 ranks");
        mpiOne(built, launcher, "mpi_allreduce", ranks, concat(sizes, allreduceArgs), "allreduce on " + ranks + " ranks");
    }

    private void mpiOne(Map<String, Path> built, MpiLauncher launcher, String name, int ranks, List<String> args,
                        String what) {
        Path program = built.get(name);
        if (program == null) {
            return;
        }
        List<String> argv = new ArrayList<>(launcher.words(ranks));
        argv.add(program.toString());
        argv.addAll(args);
        run(name, argv, what);
    }

    /** The GPU benchmarks, when nvidia-smi finds a GPU. */
    void gpu(Map<String, Path> built) {
        List<String> names = List.of("gpu_vector_add", "gpu_stream", "gpu_gemm", "gpu_transfer");
        if (names.stream().noneMatch(built::containsKey)) {
            return;
        }
        Optional<Path> smi = programs.find("nvidia-smi");
        if (smi.isEmpty()) {
            log.skipped("gpu runs: no nvidia-smi on PATH, so no NVIDIA GPU to run on (the programs are built)");
            return;
        }
        ProcessRun query = ProcessRun.run(List.of(smi.get().toString(), "--query-gpu=name,driver_version",
                "--format=csv,noheader"), work, logs.resolve("nvidia-smi.out"), logs.resolve("nvidia-smi.err"),
                Duration.ofSeconds(60));
        String first = MachineProbe.firstLine(query);
        if (first == null) {
            log.skipped("gpu runs: nvidia-smi finds no GPU (" + query.failure() + "); the programs are built");
            return;
        }
        String[] nameDriver = first.split(",");
        machine.machine("gpu", nameDriver[0]);
        if (nameDriver.length > 1) {
            machine.machine("gpuDriver", nameDriver[1]);
        }
        List<String> small = quick ? List.of("-n", String.valueOf(1 << 24)) : List.of();
        runIfBuilt(built, "gpu_vector_add", small, "GPU vector add");
        runIfBuilt(built, "gpu_stream", quick ? List.of("-n", String.valueOf(1 << 25)) : List.of(), "GPU stream copy and triad");
        runIfBuilt(built, "gpu_gemm", quick ? List.of("-n", "2048") : List.of(), "GPU GEMM, naive and tiled");
        runIfBuilt(built, "gpu_transfer", quick ? List.of("-m", String.valueOf(1 << 24)) : List.of(),
                "GPU host-device copies");
    }

    /** The NUMA triads, for every pair of nodes, when numactl sees two nodes or more. */
    void numa(Map<String, Path> built) {
        Path triad = built.get("numa_triad");
        if (triad == null) {
            return;
        }
        Optional<Path> numactl = programs.find("numactl");
        if (numactl.isEmpty()) {
            log.skipped("numa runs: no numactl on PATH (Debian: apt-get install numactl)");
            return;
        }
        Path hardware = raw.resolve("numactl_H.txt");
        ProcessRun h = ProcessRun.run(List.of(numactl.get().toString(), "-H"), work, hardware,
                logs.resolve("numactl_H.err"), Duration.ofSeconds(60));
        if (!h.ok()) {
            log.failed("numactl -H: " + h.failure());
            return;
        }
        NumaHardware nodes;
        try {
            nodes = NumaHardware.parse(Files.readString(hardware, StandardCharsets.UTF_8), hardware.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + hardware + ": " + e.getMessage(), e);
        } catch (ScenarioException e) {
            log.failed("numactl -H: " + e.getMessage());
            return;
        }
        if (nodes.nodes().size() < 2) {
            log.skipped("numa runs: " + nodes.nodes().size() + " NUMA node with CPUs (numactl -H); a bandwidth matrix"
                    + " needs two or more");
            return;
        }
        for (int cpu : nodes.nodes()) {
            for (int memory : nodes.nodes()) {
                List<String> argv = new ArrayList<>(List.of(numactl.get().toString(), "--cpunodebind=" + cpu,
                        "--membind=" + memory, triad.toString(), "-c", String.valueOf(cpu), "-m", String.valueOf(memory)));
                if (quick) {
                    argv.addAll(List.of("-n", String.valueOf(1 << 23)));
                }
                run("numa_triad_cpu" + cpu + "_mem" + memory, argv, "triad, cores on node " + cpu + ", memory on node "
                        + memory);
            }
        }
    }

    private void runIfBuilt(Map<String, Path> built, String name, List<String> args, String what) {
        Path program = built.get(name);
        if (program != null) {
            run(name, concat(List.of(program.toString()), args), what);
        }
    }

    private void run(String name, List<String> argv, String what) {
        Path out = raw.resolve(name + ".txt");
        ProcessRun r = ProcessRun.run(argv, work, out, logs.resolve(name + ".err"), timeout);
        if (r.ok()) {
            log.ran(what + " -> " + out);
        } else {
            try {
                // A failed run's partial table would be read as a measurement: keep it with the logs.
                Files.deleteIfExists(logs.resolve(name + ".partial.txt"));
                if (Files.exists(out)) {
                    Files.move(out, logs.resolve(name + ".partial.txt"), StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot move " + out + ": " + e.getMessage(), e);
            }
            log.failed(what + ": " + r.failure() + " (see " + logs.resolve(name + ".err") + ")");
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
