package org.hpcsim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.hpcsim.models.calibration.CalibrationFitter;
import org.hpcsim.models.calibration.CalibrationProfile;
import org.hpcsim.models.calibration.CollectiveSeries;
import org.hpcsim.models.calibration.FitOptions;
import org.hpcsim.models.calibration.KernelResult;
import org.hpcsim.models.calibration.Measurements;
import org.hpcsim.models.calibration.NumaTriad;
import org.hpcsim.models.calibration.Point;
import org.hpcsim.models.calibration.PredictionCheck;
import org.hpcsim.models.calibration.PredictionError;
import org.hpcsim.models.calibration.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The charts of a calibration with every kind of measurement, written and checked against the fit. */
class CalibrationChartsTest {
    @TempDir
    Path dir;

    private static Series sweep(String name, long from, DoubleUnaryOperator truth, long seed) {
        Random random = new Random(seed);
        List<Point> points = new ArrayList<>();
        for (long s = from; s <= 1L << 22; s = s == 0 ? 1 : 2 * s) {
            points.add(new Point(s, truth.applyAsDouble(s) * (1 + 0.01 * random.nextGaussian())));
        }
        return new Series(name, points);
    }

    private static Measurements everything() {
        Series latency = sweep("lat", 0, s -> s <= 8192 ? 1.5e-6 + s / 10e9 : 6e-6 + s / 12e9, 1);
        Series bandwidth = sweep("bw", 1, s -> s / (4e-7 + s / 12e9), 2);
        Series allreduce = sweep("ar", 4, s -> 3e-6 + s / 5e9, 3);
        List<KernelResult> transfers = new ArrayList<>();
        for (long s = 1024; s <= 1L << 26; s *= 2) {
            transfers.add(new KernelResult("h2d", s, s, 0, 8e-6 + s / 25e9));
            transfers.add(new KernelResult("d2h", s, s, 0, 9e-6 + s / 24e9));
        }
        List<KernelResult> kernels = List.of(new KernelResult("triad", 1 << 27, 24.0 * (1 << 27), 2.0 * (1 << 27), 1e-3),
                new KernelResult("gemm_tiled", 4096, 12.0 * 4096 * 4096, 2.0 * 4096 * 4096 * 4096, 0.02));
        double bytes = 24.0 * (1 << 25);
        List<NumaTriad> numa = List.of(new NumaTriad(0, 0, new KernelResult("triad", 1 << 25, bytes, 0, bytes / 100e9)),
                new NumaTriad(0, 1, new KernelResult("triad", 1 << 25, bytes, 0, bytes / 60e9)));
        return new Measurements(Map.of("gpu", "Test GPU"), List.of(), List.of(latency), List.of(bandwidth),
                List.of(new CollectiveSeries(2, allreduce)), kernels, transfers, numa, List.of());
    }

    @Test
    void shouldWriteAFitAndAResidualChartPerModel() {
        Measurements m = everything();
        CalibrationProfile p = CalibrationFitter.fit(m, new FitOptions(3, 4, 4, true));
        List<Path> files = CalibrationCharts.write(dir, m, p);
        ChartChecks.assertWritten(files);
        List<String> names = files.stream().map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".png"))
                .toList();
        assertEquals(List.of("fit-latency.png", "residuals-latency.png", "fit-loggp-latency.png",
                "residuals-loggp-latency.png", "fit-loggp-bandwidth.png", "residuals-loggp-bandwidth.png",
                "fit-allreduce-2-ranks.png", "residuals-allreduce-2-ranks.png", "fit-h2d.png", "residuals-h2d.png",
                "fit-d2h.png", "residuals-d2h.png", "fit-roofline.png", "residuals-roofline.png", "fit-numa.png"), names);
    }

    @Test
    void shouldDrawFittedAndHeldOutPointsApartAndTheModelThroughThem() {
        Measurements m = everything();
        CalibrationProfile p = CalibrationFitter.fit(m, FitOptions.defaults());
        List<PredictionError> rows = PredictionCheck.of(m, p.models()).errors().stream()
                .filter(e -> e.benchmark().equals("latency")).toList();
        JFreeChart chart = CalibrationFitChart.create("t", "s", "Time (µs)", 1e6, rows,
                p.pointToPoint().segmentation().model()::seconds, p.pointToPoint().segmentation().breakpoints());
        assertEquals(List.of(CalibrationFitChart.FITTED, CalibrationFitChart.HELD_OUT), ChartChecks.xyKeys(chart));
        long heldOut = rows.stream().filter(PredictionError::heldOut).count();
        // The 0-byte point has no place on a log axis.
        assertEquals(List.of((int) (rows.size() - heldOut - 1), (int) heldOut), ChartChecks.xyCounts(chart));
        XYDataset curve = chart.getXYPlot().getDataset(1);
        assertEquals(CalibrationFitChart.CURVE_POINTS, curve.getItemCount(0));
        double x = curve.getXValue(0, 100);
        assertEquals(p.pointToPoint().segmentation().model().seconds(x) * 1e6, curve.getYValue(0, 100), 1e-9);
        assertEquals(p.pointToPoint().segmentation().breakpoints().length,
                chart.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size());
    }
}
