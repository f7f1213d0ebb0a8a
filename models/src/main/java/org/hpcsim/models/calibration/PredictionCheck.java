package org.hpcsim.models.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;

/**
 * Re-predicts every benchmark of a set of measurements with calibrated models, size by size,
 * marking the sizes the fit never saw; what has no model is noted, not guessed.
 *
 * @param errors one row per measured point that a model predicts
 * @param notes  benchmarks without a model, and why
 */
public record PredictionCheck(List<PredictionError> errors, List<String> notes) {
    /** Copies the lists. */
    public PredictionCheck {
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    /**
     * Summary of one benchmark's errors (absolute relative errors).
     *
     * @param benchmark      its name
     * @param points         how many points were predicted
     * @param meanError      mean |error| over all points
     * @param heldOutPoints  how many of them were held out of the fit
     * @param heldOutMean    mean |error| over the held-out points, NaN without any
     * @param heldOutMax     largest |error| over the held-out points, NaN without any
     */
    public record Summary(String benchmark, int points, double meanError, int heldOutPoints, double heldOutMean,
                          double heldOutMax) {}

    /** Checks {@code m} against {@code models}. */
    public static PredictionCheck of(Measurements m, CalibratedModels models) {
        List<PredictionError> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!m.latency().isEmpty()) {
            if (models.pointToPoint() == null) {
                notes.add("latency: the profile has no point-to-point model");
            } else {
                add(rows, "latency", m.latency(), models.pointToPoint().model()::seconds,
                        models.pointToPoint().heldOutBytes());
            }
        }
        if (!m.bandwidth().isEmpty()) {
            if (models.logGp() == null || !models.logGp().hasGap()) {
                notes.add("bandwidth: the profile has no streaming-bandwidth model (fit with LogGP and bandwidth"
                        + " measurements)");
            } else {
                add(rows, "bandwidth", m.bandwidth(), models.logGp()::bandwidth, models.bandwidthHeldOutBytes());
            }
        }
        Map<Integer, List<Series>> byRanks = new TreeMap<>();
        for (CollectiveSeries c : m.allreduce()) {
            byRanks.computeIfAbsent(c.ranks(), r -> new ArrayList<>()).add(c.series());
        }
        for (Map.Entry<Integer, List<Series>> e : byRanks.entrySet()) {
            CalibratedSweep sweep = models.allreduce().get(e.getKey());
            String name = "allreduce " + e.getKey() + " ranks";
            if (sweep == null) {
                notes.add(name + ": the profile has no allreduce model for " + e.getKey() + " ranks (it has "
                        + (models.allreduce().isEmpty() ? "none" : models.allreduce().keySet()) + ")");
            } else {
                add(rows, name, e.getValue(), sweep.model()::seconds, sweep.heldOutBytes());
            }
        }
        transfer(rows, notes, m, "h2d", models.hostToDevice());
        transfer(rows, notes, m, "d2h", models.deviceToHost());
        if (!m.gpuKernels().isEmpty()) {
            if (models.roofline() == null) {
                notes.add("GPU kernels: the profile has no roofline");
            } else {
                for (KernelResult k : m.gpuKernels()) {
                    rows.add(new PredictionError("gpu " + k.kernel(), k.elements(), k.seconds(),
                            models.roofline().seconds(k.bytes(), k.flops()), false));
                }
            }
        }
        return new PredictionCheck(rows, notes);
    }

    /** Per benchmark, in the order the rows first name them. */
    public List<Summary> summaries() {
        Map<String, List<PredictionError>> groups = new LinkedHashMap<>();
        for (PredictionError e : errors) {
            groups.computeIfAbsent(e.benchmark(), b -> new ArrayList<>()).add(e);
        }
        List<Summary> out = new ArrayList<>();
        for (Map.Entry<String, List<PredictionError>> g : groups.entrySet()) {
            double sum = 0;
            double heldSum = 0;
            double heldMax = Double.NaN;
            int held = 0;
            for (PredictionError e : g.getValue()) {
                double a = Math.abs(e.relativeError());
                sum += a;
                if (e.heldOut()) {
                    held++;
                    heldSum += a;
                    heldMax = Double.isNaN(heldMax) ? a : Math.max(heldMax, a);
                }
            }
            int n = g.getValue().size();
            out.add(new Summary(g.getKey(), n, sum / n, held, held == 0 ? Double.NaN : heldSum / held, heldMax));
        }
        return out;
    }

    private static void transfer(List<PredictionError> rows, List<String> notes, Measurements m, String direction,
                                 CalibratedSweep sweep) {
        List<Point> points = new ArrayList<>();
        for (KernelResult k : m.gpuTransfers()) {
            if (k.kernel().equals(direction)) {
                points.add(new Point(k.bytes(), k.seconds()));
            }
        }
        if (points.isEmpty()) {
            return;
        }
        if (sweep == null) {
            notes.add(direction + ": the profile has no " + direction + " copy model");
            return;
        }
        add(rows, direction, List.of(new Series(direction, points)), sweep.model()::seconds, sweep.heldOutBytes());
    }

    private static void add(List<PredictionError> rows, String benchmark, List<Series> series,
                            DoubleUnaryOperator model, List<Double> heldOut) {
        Series merged = Series.merge(benchmark, series);
        for (Point p : merged.points()) {
            rows.add(new PredictionError(benchmark, p.bytes(), p.value(), model.applyAsDouble(p.bytes()),
                    heldOut.contains(p.bytes())));
        }
    }
}
