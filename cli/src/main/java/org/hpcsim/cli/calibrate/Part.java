package org.hpcsim.cli.calibrate;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.hpcsim.cli.BadFlagException;

/** The groups of benchmarks `calibrate run` can build and run. */
enum Part {
    /** Ping-pong latency, streaming bandwidth and allreduce, with mpicc and mpirun. */
    MPI,
    /** Vector add, stream, GEMM and host-device copies, with nvcc on an NVIDIA GPU. */
    GPU,
    /** The triad per pair of NUMA nodes, with cc and numactl. */
    NUMA;

    /** The parts named in {@code list} ("mpi,gpu,numa"), or a one-line error naming the flag. */
    static Set<Part> parse(String flag, String list) {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        for (String word : list.split(",")) {
            String w = word.strip().toUpperCase(Locale.ROOT);
            try {
                parts.add(Part.valueOf(w));
            } catch (IllegalArgumentException e) {
                throw new BadFlagException(flag + ": unknown benchmark group '" + word.strip()
                        + "' (allowed: mpi, gpu, numa, comma-separated)");
            }
        }
        return parts;
    }

    /** The lower-case name used in flags and messages. */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
