package org.hpcsim.scenarios.calibration;

import java.util.List;
import java.util.Map;
import org.hpcsim.scenarios.spec.InvalidFieldException;

/**
 * The schema of measurements.json, as read back: lists left out read as empty.
 *
 * @param hpcsim        the file kind, {@value #KIND}
 * @param version       the schema version, {@value #VERSION}
 * @param machine       the machine's description
 * @param sources       the raw files the measurements came from
 * @param latency       ping-pong sweeps, seconds
 * @param bandwidth     streaming bandwidth sweeps, bytes per second
 * @param allreduce     allreduce sweeps, seconds, with their rank counts
 * @param gpuKernels    GPU kernels' best runs
 * @param gpuTransfers  host-device copies' best runs
 * @param numaTriads    triads per (CPU node, memory node)
 * @param numaDistances the numactl -H distance matrix
 */
public record MeasurementsFile(String hpcsim, Integer version, Map<String, String> machine, List<String> sources,
                               List<SweepEntry> latency, List<SweepEntry> bandwidth, List<SweepEntry> allreduce,
                               List<KernelEntry> gpuKernels, List<KernelEntry> gpuTransfers,
                               List<TriadEntry> numaTriads, List<List<Integer>> numaDistances) {
    /** The value of the {@code hpcsim} key. */
    public static final String KIND = "calibration-measurements";
    /** The schema version this code writes and reads. */
    public static final int VERSION = 1;

    /** Checks the kind and version; fills left-out lists. */
    public MeasurementsFile {
        InvalidFieldException.require(KIND.equals(hpcsim), "hpcsim", "expected '" + KIND + "' (a file written by"
                + " 'hpcsim calibrate run'), got " + (hpcsim == null ? "nothing" : "'" + hpcsim + "'"));
        InvalidFieldException.require(version != null && version == VERSION, "version", "expected " + VERSION
                + ", got " + version);
        machine = machine == null ? Map.of() : machine;
        sources = sources == null ? List.of() : sources;
        latency = latency == null ? List.of() : latency;
        bandwidth = bandwidth == null ? List.of() : bandwidth;
        allreduce = allreduce == null ? List.of() : allreduce;
        gpuKernels = gpuKernels == null ? List.of() : gpuKernels;
        gpuTransfers = gpuTransfers == null ? List.of() : gpuTransfers;
        numaTriads = numaTriads == null ? List.of() : numaTriads;
        numaDistances = numaDistances == null ? List.of() : numaDistances;
    }

    /**
     * A size sweep.
     *
     * @param source where it came from
     * @param ranks  rank count (allreduce only)
     * @param unit   seconds or bytes/s, for the reader's eyes
     * @param points [bytes, value] pairs
     */
    public record SweepEntry(String source, Integer ranks, String unit, List<List<Double>> points) {
        /** Checks the points' shape. */
        public SweepEntry {
            InvalidFieldException.require(source != null, "source", "missing");
            InvalidFieldException.require(points != null && !points.isEmpty(), "points", "expected [bytes, value]"
                    + " pairs, got none");
            for (List<Double> p : points) {
                InvalidFieldException.require(p != null && p.size() == 2 && p.get(0) != null && p.get(1) != null,
                        "points", "expected [bytes, value] pairs, got " + p);
            }
        }
    }

    /**
     * A kernel's best run.
     *
     * @param kernel   its name
     * @param elements problem size
     * @param bytes    bytes moved
     * @param flops    floating-point operations
     * @param seconds  best time
     */
    public record KernelEntry(String kernel, long elements, double bytes, double flops, double seconds) {
        /** Checks the figures. */
        public KernelEntry {
            InvalidFieldException.require(kernel != null && !kernel.isBlank(), "kernel", "missing");
            InvalidFieldException.require(seconds > 0, "seconds", "must be positive, got " + seconds);
            InvalidFieldException.require(bytes >= 0 && flops >= 0 && elements >= 0, "bytes",
                    "sizes must not be negative");
        }
    }

    /**
     * A NUMA triad.
     *
     * @param cpuNode    node of the cores
     * @param memoryNode node of the memory
     * @param result     the triad's best run
     */
    public record TriadEntry(int cpuNode, int memoryNode, KernelEntry result) {
        /** Checks the nodes. */
        public TriadEntry {
            InvalidFieldException.require(cpuNode >= 0 && memoryNode >= 0, "cpuNode", "node numbers start at 0");
            InvalidFieldException.require(result != null, "result", "missing");
        }
    }
}
