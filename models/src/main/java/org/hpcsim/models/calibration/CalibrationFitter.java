package org.hpcsim.models.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fits every model the measurements allow, in a fixed order (point-to-point first, since the
 * allreduce fit uses its bandwidth), and notes what it could not fit and why.
 */
public final class CalibrationFitter {
    private CalibrationFitter() {}

    /** The profile of {@code m} under {@code options}. */
    public static CalibrationProfile fit(Measurements m, FitOptions options) {
        SegmentedRegression fitter = options.fitter();
        List<String> notes = new ArrayList<>();
        SweepFit p2p = null;
        Series latency = m.latency().isEmpty() ? null : Series.merge(sourceOf(m.latency()), m.latency());
        if (latency == null) {
            notes.add("no ping-pong latency measured: no point-to-point model");
        } else {
            try {
                p2p = SweepFit.of(latency, fitter, options.holdOutEvery());
            } catch (IllegalArgumentException e) {
                notes.add("point-to-point: " + e.getMessage());
            }
        }
        LogGp logGp = null;
        List<Double> bandwidthHeld = List.of();
        if (options.logGp()) {
            if (p2p == null) {
                notes.add("LogGP needs a point-to-point latency fit");
            } else {
                Series bw = m.bandwidth().isEmpty() ? null : Series.merge(sourceOf(m.bandwidth()), m.bandwidth());
                bandwidthHeld = bw == null ? List.of() : HoldOut.sizes(bw, options.holdOutEvery());
                try {
                    logGp = LogGpFitter.fit(HoldOut.without(latency, p2p.heldOutBytes()),
                            bw == null ? null : HoldOut.without(bw, bandwidthHeld));
                } catch (IllegalArgumentException e) {
                    notes.add("LogGP: " + e.getMessage());
                    bandwidthHeld = List.of();
                }
            }
        }
        List<AllreduceFit> allreduce = new ArrayList<>();
        Map<Integer, List<Series>> byRanks = new TreeMap<>();
        for (CollectiveSeries c : m.allreduce()) {
            byRanks.computeIfAbsent(c.ranks(), r -> new ArrayList<>()).add(c.series());
        }
        for (Map.Entry<Integer, List<Series>> e : byRanks.entrySet()) {
            Series merged = Series.merge(sourceOf(e.getValue()), e.getValue());
            try {
                allreduce.add(AllreduceFit.of(new CollectiveSeries(e.getKey(), merged), fitter,
                        options.holdOutEvery(), p2p == null ? null : p2p.segmentation()));
            } catch (IllegalArgumentException ex) {
                notes.add("allreduce on " + e.getKey() + " ranks: " + ex.getMessage());
            }
        }
        GpuFit gpu = gpu(m, fitter, options.holdOutEvery(), notes);
        NumaMatrix numa = null;
        if (!m.numaTriads().isEmpty()) {
            numa = NumaMatrix.of(m.numaTriads(), m.numaDistances());
        }
        return new CalibrationProfile(m.machine(), m.sources(), options, p2p, logGp, bandwidthHeld, allreduce, gpu,
                numa, notes);
    }

    private static GpuFit gpu(Measurements m, SegmentedRegression fitter, int holdOutEvery, List<String> notes) {
        if (m.gpuKernels().isEmpty() && m.gpuTransfers().isEmpty()) {
            return null;
        }
        Roofline roofline = null;
        if (!m.gpuKernels().isEmpty()) {
            try {
                roofline = Roofline.of(m.gpuKernels());
            } catch (IllegalArgumentException e) {
                notes.add("GPU roofline: " + e.getMessage());
            }
        }
        return new GpuFit(roofline, transfer(m, "h2d", fitter, holdOutEvery, notes),
                transfer(m, "d2h", fitter, holdOutEvery, notes));
    }

    private static SweepFit transfer(Measurements m, String direction, SegmentedRegression fitter, int holdOutEvery,
                                     List<String> notes) {
        List<Point> points = new ArrayList<>();
        for (KernelResult k : m.gpuTransfers()) {
            if (k.kernel().equals(direction)) {
                points.add(new Point(k.bytes(), k.seconds()));
            }
        }
        if (points.isEmpty()) {
            return null;
        }
        try {
            return SweepFit.of(new Series("GPU " + direction, points), fitter, holdOutEvery);
        } catch (IllegalArgumentException e) {
            notes.add("GPU " + direction + ": " + e.getMessage());
            return null;
        }
    }

    private static String sourceOf(List<Series> parts) {
        return String.join(" + ", parts.stream().map(Series::source).distinct().toList());
    }
}
