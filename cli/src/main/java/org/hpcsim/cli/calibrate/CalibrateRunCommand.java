package org.hpcsim.cli.calibrate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.hpcsim.cli.BadFlagException;
import org.hpcsim.cli.sweep.ExternalCommandException;
import org.hpcsim.models.calibration.Measurements;
import org.hpcsim.reports.AtomicFile;
import org.hpcsim.scenarios.calibration.BenchmarkFiles;
import org.hpcsim.scenarios.calibration.MeasurementsBuilder;
import org.hpcsim.scenarios.calibration.MeasurementsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Unpacks the bundled benchmark sources, builds them with the compilers this machine has, runs
 * what it can, and writes the raw outputs and measurements.json; says what it skipped and why.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Build and run the calibration benchmarks on this machine: MPI ping-pong latency,"
                + " streaming bandwidth and allreduce (mpicc, mpirun), GPU kernels and copies (nvcc, an NVIDIA GPU),"
                + " NUMA triads (cc, numactl, two nodes or more).",
                "Writes DIR/src (sources), DIR/build (programs), DIR/raw (outputs), DIR/logs and"
                        + " DIR/measurements.json."})
final class CalibrateRunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Calibration folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "out/calibrate")
    Path out;

    @Option(names = "--mpirun", paramLabel = "\"LAUNCHER OPTIONS\"",
            description = "MPI launcher and its options, split at spaces (default: mpirun or mpiexec from PATH, with"
                    + " --allow-run-as-root as root and --oversubscribe under Open MPI). 'srun --mpi=pmix' works too.")
    String mpirun;

    @Option(names = "--ranks", paramLabel = "N", defaultValue = "2",
            description = "Ranks of the allreduce sweep (default: ${DEFAULT-VALUE}); latency and bandwidth use 2.")
    int ranks;

    @Option(names = "--benchmarks", paramLabel = "LIST", defaultValue = "mpi,gpu,numa",
            description = "Groups to build and run, comma-separated (default: ${DEFAULT-VALUE}).")
    String benchmarks;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "4194304",
            description = "Largest MPI message (default: ${DEFAULT-VALUE}, OSU's 4 MiB).")
    long maxSize;

    @Option(names = "--quick", description = "A tenth of OSU's iteration and warm-up counts and smaller GPU and NUMA"
            + " arrays: the same sweeps in seconds, noisier.")
    boolean quick;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "Longest a single benchmark may run (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() {
        Set<Part> parts = Part.parse("--benchmarks", benchmarks);
        if (ranks < 2) {
            throw new BadFlagException("--ranks: expected 2 or more (an allreduce of one rank measures nothing), got "
                    + ranks);
        }
        if (maxSize < 1 || maxSize > (1L << 30)) {
            throw new BadFlagException("--max-size: expected 1 to 1073741824 bytes, got " + maxSize);
        }
        if (timeoutSeconds < 1) {
            throw new BadFlagException("--timeout: expected at least 1 second, got " + timeoutSeconds);
        }
        Programs programs = Programs.fromEnvironment(System.getenv());
        if (mpirun != null) {
            MpiLauncher.checkFlag(mpirun, programs); // a bad flag fails before minutes of building
        }
        PrintWriter stdout = spec.commandLine().getOut();
        RunLog log = new RunLog(stdout);
        Path work = out.toAbsolutePath().normalize();
        Path src = work.resolve("src");
        Path build = work.resolve("build");
        Path raw = work.resolve("raw");
        Path logs = work.resolve("logs");
        prepare(build, raw, logs);
        NativeSources.unpack(src);
        Map<String, Path> built = new Builder(programs, src, build, logs, log).build(parts);

        MeasurementsBuilder machine = new MeasurementsBuilder();
        MachineProbe.cpu(machine);
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        BenchmarkRuns runs = new BenchmarkRuns(programs, work, raw, logs, log, timeout, quick, machine);
        if (parts.contains(Part.MPI) && built.keySet().stream().anyMatch(k -> k.startsWith("mpi_"))) {
            runs.mpi(built, MpiLauncher.of(mpirun, programs, work, logs, log, machine), ranks, maxSize);
        }
        if (parts.contains(Part.GPU)) {
            runs.gpu(built);
        }
        if (parts.contains(Part.NUMA)) {
            runs.numa(built);
        }
        if (log.ranCount() == 0) {
            throw new ExternalCommandException("calibrate run: no benchmark could run on this machine: "
                    + String.join("; ", log.skippedSteps()));
        }
        BenchmarkFiles.Loaded loaded = BenchmarkFiles.load(List.of(raw), null);
        Measurements m = machine.addAll(loaded.measurements()).build();
        Path json = work.resolve(MeasurementsJson.FILE_NAME);
        AtomicFile.write(json, MeasurementsJson.render(m));
        stdout.println("wrote " + json + " (" + m.sources().size() + " outputs); next: hpcsim calibrate fit " + out);
        stdout.flush();
        return 0;
    }

    /** Creates the folders and clears raw/ of an earlier run, so no stale output is read as new. */
    private static void prepare(Path build, Path raw, Path logs) {
        try {
            Files.createDirectories(build);
            Files.createDirectories(logs);
            Files.createDirectories(raw);
            try (Stream<Path> old = Files.list(raw)) {
                for (Path f : old.filter(Files::isRegularFile).toList()) {
                    Files.delete(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + raw.getParent() + ": " + e.getMessage(), e);
        }
    }
}
