package org.hpcsim.scenarios.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.calibration.CollectiveSeries;
import org.hpcsim.models.calibration.KernelResult;
import org.hpcsim.models.calibration.Measurements;
import org.hpcsim.models.calibration.NumaTriad;
import org.hpcsim.models.calibration.Series;

/** Collects what the benchmark readers find, file by file, into one {@link Measurements}. */
public final class MeasurementsBuilder {
    private final Map<String, String> machine = new LinkedHashMap<>();
    private final List<String> sources = new ArrayList<>();
    private final List<Series> latency = new ArrayList<>();
    private final List<Series> bandwidth = new ArrayList<>();
    private final List<CollectiveSeries> allreduce = new ArrayList<>();
    private final List<KernelResult> gpuKernels = new ArrayList<>();
    private final List<KernelResult> gpuTransfers = new ArrayList<>();
    private final List<NumaTriad> numaTriads = new ArrayList<>();
    private List<List<Integer>> numaDistances = List.of();

    /** Records a machine fact unless an earlier file already gave it (the first file wins). */
    public MeasurementsBuilder machine(String key, String value) {
        if (value != null && !value.isBlank()) {
            machine.putIfAbsent(key, value.strip());
        }
        return this;
    }

    /** Records that {@code source} contributed measurements. */
    public MeasurementsBuilder source(String source) {
        if (!sources.contains(source)) {
            sources.add(source);
        }
        return this;
    }

    /** Adds a ping-pong latency sweep (seconds). */
    public MeasurementsBuilder latency(Series s) {
        latency.add(s);
        return source(s.source());
    }

    /** Adds a streaming bandwidth sweep (bytes per second). */
    public MeasurementsBuilder bandwidth(Series s) {
        bandwidth.add(s);
        return source(s.source());
    }

    /** Adds an allreduce sweep (seconds). */
    public MeasurementsBuilder allreduce(CollectiveSeries s) {
        allreduce.add(s);
        return source(s.series().source());
    }

    /** Adds a GPU kernel's best run. */
    public MeasurementsBuilder gpuKernel(KernelResult k) {
        gpuKernels.add(k);
        return this;
    }

    /** Adds a host-device copy's best run. */
    public MeasurementsBuilder gpuTransfer(KernelResult k) {
        gpuTransfers.add(k);
        return this;
    }

    /** Adds a NUMA triad. */
    public MeasurementsBuilder numaTriad(NumaTriad t) {
        numaTriads.add(t);
        return this;
    }

    /** Sets the NUMA distance matrix (the last one given wins). */
    public MeasurementsBuilder numaDistances(List<List<Integer>> d) {
        numaDistances = d;
        return this;
    }

    /** Adds everything of an already parsed set, its machine facts only where not yet known. */
    public MeasurementsBuilder addAll(Measurements m) {
        m.machine().forEach(this::machine);
        m.sources().forEach(this::source);
        latency.addAll(m.latency());
        bandwidth.addAll(m.bandwidth());
        allreduce.addAll(m.allreduce());
        gpuKernels.addAll(m.gpuKernels());
        gpuTransfers.addAll(m.gpuTransfers());
        numaTriads.addAll(m.numaTriads());
        if (!m.numaDistances().isEmpty()) {
            numaDistances = m.numaDistances();
        }
        return this;
    }

    /** The measurements so far. */
    public Measurements build() {
        return new Measurements(machine, sources, latency, bandwidth, allreduce, gpuKernels, gpuTransfers, numaTriads,
                numaDistances);
    }
}
