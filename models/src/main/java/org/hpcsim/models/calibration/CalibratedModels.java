package org.hpcsim.models.calibration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The predicting part of a calibration profile, without the fit statistics: what a check
 * re-predicts benchmarks with, and what a scenario's {@code hardware:} block takes its interconnect,
 * GPU and NUMA figures from.
 *
 * @param pointToPoint piecewise one-way message time, null when not calibrated
 * @param logGp        LogGP parameters, null when not fitted
 * @param bandwidthHeldOutBytes streaming-bandwidth sizes held out of the LogGP fit
 * @param allreduce    piecewise allreduce time by rank count
 * @param hostToDevice piecewise host-to-device copy time, null when not calibrated
 * @param deviceToHost piecewise device-to-host copy time, null when not calibrated
 * @param roofline     the GPU's achieved roofline, null when not calibrated
 * @param numa         the NUMA bandwidth matrix and distances, null when not measured
 */
public record CalibratedModels(CalibratedSweep pointToPoint, LogGp logGp, List<Double> bandwidthHeldOutBytes,
                               Map<Integer, CalibratedSweep> allreduce,
                               CalibratedSweep hostToDevice, CalibratedSweep deviceToHost, Roofline roofline,
                               NumaMatrix numa) {
    /** Copies the map, keeping its order. */
    public CalibratedModels {
        bandwidthHeldOutBytes = List.copyOf(bandwidthHeldOutBytes);
        allreduce = Collections.unmodifiableMap(new LinkedHashMap<>(allreduce));
    }
}
