package org.hpcsim.models.calibration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every model fitted from one machine's measurements; a scenario's {@code hardware:} block takes
 * the point-to-point, GPU roofline and NUMA parts (through {@link #models()} as a profile file
 * stores them). Absent parts are null (or empty) and the notes say why.
 *
 * @param machine      the machine's description, as measured
 * @param sources      the measurement files
 * @param options      how the fit was made
 * @param pointToPoint piecewise Hockney fit of the ping-pong latency
 * @param logGp        LogGP fit, when asked for and latency was measured
 * @param bandwidthHeldOutBytes streaming-bandwidth sizes held out of the LogGP fit
 * @param allreduce    allreduce fits, one per rank count, ascending
 * @param gpu          GPU roofline and copy models
 * @param numa         NUMA bandwidth matrix
 * @param notes        what could not be fitted and why
 */
public record CalibrationProfile(Map<String, String> machine, List<String> sources, FitOptions options,
                                 SweepFit pointToPoint, LogGp logGp, List<Double> bandwidthHeldOutBytes,
                                 List<AllreduceFit> allreduce, GpuFit gpu,
                                 NumaMatrix numa, List<String> notes) {
    /** Copies the collections, keeping the machine's key order. */
    public CalibrationProfile {
        machine = Collections.unmodifiableMap(new LinkedHashMap<>(machine));
        sources = List.copyOf(sources);
        bandwidthHeldOutBytes = List.copyOf(bandwidthHeldOutBytes);
        allreduce = List.copyOf(allreduce);
        notes = List.copyOf(notes);
    }

    /** The prediction models, as a profile file stores them. */
    public CalibratedModels models() {
        Map<Integer, CalibratedSweep> collectives = new LinkedHashMap<>();
        for (AllreduceFit a : allreduce) {
            collectives.put(a.ranks(), a.fit().calibrated());
        }
        return new CalibratedModels(pointToPoint == null ? null : pointToPoint.calibrated(), logGp,
                bandwidthHeldOutBytes, collectives,
                gpu == null || gpu.hostToDevice() == null ? null : gpu.hostToDevice().calibrated(),
                gpu == null || gpu.deviceToHost() == null ? null : gpu.deviceToHost().calibrated(),
                gpu == null ? null : gpu.roofline(), numa);
    }
}
