package org.hpcsim.cli.calibrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the unpacked benchmarks with the compilers this machine has: mpicc for MPI, nvcc for
 * CUDA, cc (or gcc) for the NUMA triad, each program from an argument array; a missing compiler or
 * a failed build is logged with its reason and the rest goes on.
 */
final class Builder {
    private static final Duration COMPILE_TIMEOUT = Duration.ofMinutes(5);

    private final Programs programs;
    private final Path src;
    private final Path build;
    private final Path logs;
    private final RunLog log;

    Builder(Programs programs, Path src, Path build, Path logs, RunLog log) {
        this.programs = programs;
        this.src = src;
        this.build = build;
        this.logs = logs;
        this.log = log;
    }

    /** Builds the programs of {@code parts}; returns the built ones by name. */
    Map<String, Path> build(Set<Part> parts) {
        try {
            Files.createDirectories(build);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + build + ": " + e.getMessage(), e);
        }
        Map<String, Path> built = new LinkedHashMap<>();
        if (parts.contains(Part.MPI)) {
            Optional<Path> mpicc = programs.find("mpicc");
            if (mpicc.isEmpty()) {
                log.skipped("mpi: no mpicc on PATH (install an MPI, e.g. Debian's openmpi-bin and libopenmpi-dev)");
            } else {
                for (String p : List.of("latency", "bandwidth", "allreduce")) {
                    compile(built, "mpi_" + p, List.of(mpicc.get().toString(), "-O2", "-o", out("mpi_" + p),
                            source("mpi/" + p + ".c")), true);
                }
            }
        }
        if (parts.contains(Part.GPU)) {
            Optional<Path> nvcc = programs.find("nvcc");
            if (nvcc.isEmpty()) {
                log.skipped("gpu: no nvcc on PATH (install the CUDA toolkit)");
            } else {
                for (String p : List.of("vector_add", "stream", "gemm", "transfer")) {
                    compile(built, "gpu_" + p, List.of(nvcc.get().toString(), "-O3", "-o", out("gpu_" + p),
                            source("cuda/" + p + ".cu")), true);
                }
            }
        }
        if (parts.contains(Part.NUMA)) {
            Optional<Path> cc = programs.find("cc").or(() -> programs.find("gcc"));
            if (cc.isEmpty()) {
                log.skipped("numa: no C compiler (cc or gcc) on PATH");
            } else if (!compile(built, "numa_triad", List.of(cc.get().toString(), "-O2", "-fopenmp", "-o",
                    out("numa_triad"), source("numa/triad.c")), false)) {
                // A compiler without OpenMP still gives a triad, on one thread.
                if (compile(built, "numa_triad", List.of(cc.get().toString(), "-O2", "-o", out("numa_triad"),
                        source("numa/triad.c")), true)) {
                    log.note("note    numa_triad built without OpenMP: one thread per NUMA node");
                }
            }
        }
        return built;
    }

    /** Compiles one program; true when it built. A failure is logged when {@code report}. */
    private boolean compile(Map<String, Path> built, String name, List<String> argv, boolean report) {
        ProcessRun r = ProcessRun.run(new ArrayList<>(argv), src, logs.resolve(name + ".build.out"),
                logs.resolve(name + ".build.err"), COMPILE_TIMEOUT);
        if (r.ok()) {
            built.put(name, build.resolve(name).toAbsolutePath());
            log.built(name + " (" + Path.of(argv.get(0)).getFileName() + ")");
            return true;
        }
        if (report) {
            log.failed("building " + name + ": " + r.failure() + " (full output in " + r.stderr() + ")");
        }
        return false;
    }

    private String out(String name) {
        return build.resolve(name).toAbsolutePath().toString();
    }

    private String source(String name) {
        return src.resolve(name).toAbsolutePath().toString();
    }
}
