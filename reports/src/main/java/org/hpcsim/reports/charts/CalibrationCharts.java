package org.hpcsim.reports.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.hpcsim.models.calibration.AllreduceFit;
import org.hpcsim.models.calibration.CalibrationProfile;
import org.hpcsim.models.calibration.FitQuality;
import org.hpcsim.models.calibration.LogGp;
import org.hpcsim.models.calibration.Measurements;
import org.hpcsim.models.calibration.PredictionCheck;
import org.hpcsim.models.calibration.PredictionError;
import org.hpcsim.models.calibration.Roofline;
import org.hpcsim.models.calibration.SweepFit;
import org.hpcsim.models.calibration.Series;
import org.jfree.chart.JFreeChart;

/**
 * Every chart of a calibration: for each fitted model a fit chart and a residual chart
 * (point-to-point, LogGP latency and bandwidth, allreduce per rank count, host-device copies, the
 * roofline), and the NUMA bandwidth matrix. Files are named {@code fit-MODEL} and
 * {@code residuals-MODEL}, each a PNG and an SVG.
 */
public final class CalibrationCharts {
    private CalibrationCharts() {}

    /** Writes the charts of {@code p} against {@code m} into {@code dir}; returns the files written. */
    public static List<Path> write(Path dir, Measurements m, CalibrationProfile p) {
        Map<String, List<PredictionError>> rows = new LinkedHashMap<>();
        for (PredictionError e : PredictionCheck.of(m, p.models()).errors()) {
            rows.computeIfAbsent(e.benchmark(), b -> new ArrayList<>()).add(e);
        }
        List<Path> files = new ArrayList<>();
        if (p.pointToPoint() != null && rows.containsKey("latency")) {
            sweep(files, dir, "latency", "Point-to-point latency (piecewise Hockney)", rows.get("latency"),
                    p.pointToPoint());
        }
        LogGp g = p.logGp();
        if (g != null) {
            List<PredictionError> latency = new ArrayList<>();
            for (Series s : m.latency()) {
                s.points().forEach(pt -> latency.add(new PredictionError("latency", pt.bytes(), pt.value(),
                        g.seconds(pt.bytes()), p.pointToPoint().heldOutBytes().contains(pt.bytes()))));
            }
            pair(files, dir, "loggp-latency", "Point-to-point latency (LogGP)", "One-way latency, µs", 1e6,
                    latency, g::seconds, g.rendezvousBytes() > 0 ? new double[] {g.rendezvousBytes()} : new double[0],
                    String.format(Locale.ROOT, "L + 2o = %.3g µs, G = %.3g ns/byte (%.3g GB/s)", g.latency() * 1e6,
                            g.gapPerByte() * 1e9, 1e-9 / g.gapPerByte()) + quality(g.latencyQuality()));
            if (g.hasGap() && rows.containsKey("bandwidth")) {
                pair(files, dir, "loggp-bandwidth", "Streaming bandwidth (LogGP)", "Bandwidth, MB/s", 1e-6,
                        rows.get("bandwidth"), g::bandwidth, new double[0],
                        String.format(Locale.ROOT, "g = %.3g µs per message, G = %.3g ns/byte", g.gap() * 1e6,
                                g.gapPerByte() * 1e9) + quality(g.bandwidthQuality()));
            }
        }
        for (AllreduceFit a : p.allreduce()) {
            String name = "allreduce " + a.ranks() + " ranks";
            if (rows.containsKey(name)) {
                sweep(files, dir, "allreduce-" + a.ranks() + "-ranks", "MPI_Allreduce on " + a.ranks() + " ranks",
                        rows.get(name), a.fit());
            }
        }
        if (p.gpu() != null) {
            if (p.gpu().hostToDevice() != null && rows.containsKey("h2d")) {
                sweep(files, dir, "h2d", "Host-to-device copy", rows.get("h2d"), p.gpu().hostToDevice());
            }
            if (p.gpu().deviceToHost() != null && rows.containsKey("d2h")) {
                sweep(files, dir, "d2h", "Device-to-host copy", rows.get("d2h"), p.gpu().deviceToHost());
            }
            Roofline r = p.gpu().roofline();
            if (r != null) {
                files.addAll(ChartFiles.write(RooflineChart.create(r, p.machine().get("gpu")), dir.resolve("fit-roofline"),
                        ChartFiles.WIDTH, ChartFiles.HEIGHT));
                List<PredictionError> byIntensity = new ArrayList<>();
                for (Roofline.RooflinePoint k : r.points()) {
                    if (k.intensity() > 0 && k.flops() > 0) {
                        byIntensity.add(new PredictionError(k.kernel(), k.intensity(), k.flops(), k.attainable(), false));
                    }
                }
                if (!byIntensity.isEmpty()) {
                    files.addAll(ChartFiles.write(CalibrationResidualChart.create("Roofline: attainable over achieved",
                            "Each kernel's roof against its achieved FLOP/s (0 %: on the roof)",
                            "Arithmetic intensity (FLOP per byte)", byIntensity), dir.resolve("residuals-roofline"),
                            ChartFiles.WIDTH, ChartFiles.HEIGHT));
                }
            }
        }
        if (p.numa() != null) {
            files.addAll(ChartFiles.write(NumaBandwidthChart.create(p.numa()), dir.resolve("fit-numa"),
                    ChartFiles.WIDTH, ChartFiles.HEIGHT));
        }
        return files;
    }

    private static void sweep(List<Path> files, Path dir, String name, String title, List<PredictionError> rows,
                              SweepFit fit) {
        DoubleUnaryOperator model = fit.segmentation().model()::seconds;
        pair(files, dir, name, title, "Time, µs", 1e6, rows, model, fit.segmentation().breakpoints(),
                fit.segmentation().segments().size() + (fit.segmentation().segments().size() == 1 ? " piece" : " pieces")
                        + " chosen by BIC" + quality(fit.segmentation().quality()) + "; "
                        + fit.heldOutBytes().size() + " sizes held out");
    }

    private static void pair(List<Path> files, Path dir, String name, String title, String yLabel, double scale,
                             List<PredictionError> rows, DoubleUnaryOperator model, double[] breakpoints,
                             String subtitle) {
        JFreeChart fit = CalibrationFitChart.create(title, subtitle, yLabel, scale, rows, model, breakpoints);
        files.addAll(ChartFiles.write(fit, dir.resolve("fit-" + name), ChartFiles.WIDTH, ChartFiles.HEIGHT));
        JFreeChart residuals = CalibrationResidualChart.create(title + ": residuals", subtitle, "Message size (bytes)",
                rows);
        files.addAll(ChartFiles.write(residuals, dir.resolve("residuals-" + name), ChartFiles.WIDTH, ChartFiles.HEIGHT));
    }

    private static String quality(FitQuality q) {
        return q == null ? "" : String.format(Locale.ROOT, "; R² %.4f, mean error %.1f %%", q.r2(),
                100 * q.meanRelativeError());
    }
}
