package org.hpcsim.models.calibration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything measured on one machine (or brought from another), ready to fit.
 *
 * @param machine       what the machine is: CPU, cores, MPI library, GPU, driver (ordered keys)
 * @param sources       the files the measurements came from
 * @param latency       ping-pong one-way latency sweeps, seconds
 * @param bandwidth     streaming bandwidth sweeps, bytes per second
 * @param allreduce     allreduce sweeps, seconds per call
 * @param gpuKernels    GPU kernels' best runs (copy, triad, vector_add, GEMMs)
 * @param gpuTransfers  host-to-device ({@code h2d}) and device-to-host ({@code d2h}) copies
 * @param numaTriads    triads per (CPU node, memory node)
 * @param numaDistances the firmware's NUMA distance matrix (numactl -H), empty when unknown
 */
public record Measurements(Map<String, String> machine, List<String> sources, List<Series> latency,
                           List<Series> bandwidth, List<CollectiveSeries> allreduce, List<KernelResult> gpuKernels,
                           List<KernelResult> gpuTransfers, List<NumaTriad> numaTriads,
                           List<List<Integer>> numaDistances) {
    /** Copies every collection, keeping the machine's key order. */
    public Measurements {
        machine = Collections.unmodifiableMap(new LinkedHashMap<>(machine));
        sources = List.copyOf(sources);
        latency = List.copyOf(latency);
        bandwidth = List.copyOf(bandwidth);
        allreduce = List.copyOf(allreduce);
        gpuKernels = List.copyOf(gpuKernels);
        gpuTransfers = List.copyOf(gpuTransfers);
        numaTriads = List.copyOf(numaTriads);
        numaDistances = numaDistances.stream().map(List::copyOf).toList();
    }

    /** Whether nothing at all was measured. */
    public boolean isEmpty() {
        return latency.isEmpty() && bandwidth.isEmpty() && allreduce.isEmpty() && gpuKernels.isEmpty()
                && gpuTransfers.isEmpty() && numaTriads.isEmpty();
    }
}
