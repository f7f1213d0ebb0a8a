package org.hpcsim.reports.charts;

import java.awt.geom.Ellipse2D;
import org.hpcsim.models.calibration.Roofline;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The achieved roofline: attainable GFLOP/s against arithmetic intensity (the memory slope up to
 * the compute ceiling), with every kernel placed at its intensity and achieved rate.
 */
public final class RooflineChart {
    /** Series key of the roof. */
    public static final String ROOF = "Roof: min(compute, intensity x bandwidth)";

    private RooflineChart() {}

    /** The roofline of {@code r}, titled with the device's name. */
    public static JFreeChart create(Roofline r, String device) {
        ChartStyle.ensureHeadless();
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        XYSeriesCollection kernels = new XYSeriesCollection();
        for (Roofline.RooflinePoint p : r.points()) {
            if (p.intensity() > 0 && p.flops() > 0) {
                XYSeries s = new XYSeries(p.kernel(), false, true);
                s.add(p.intensity(), p.flops() / 1e9);
                kernels.addSeries(s);
                lo = Math.min(lo, p.intensity());
                hi = Math.max(hi, p.intensity());
            }
        }
        if (hi == 0) {
            lo = 0.01;
            hi = 100;
        }
        XYSeries roof = new XYSeries(ROOF, false, true);
        double from = lo / 10;
        double to = hi * 10;
        for (int i = 0; i <= 200; i++) {
            double x = from * Math.pow(to / from, i / 200.0);
            roof.add(x, r.attainable(x) / 1e9);
        }
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < kernels.getSeriesCount(); i++) {
            dots.setSeriesPaint(i, ChartStyle.color(i + 1));
            dots.setSeriesShape(i, new Ellipse2D.Double(-7, -7, 14, 14));
        }
        XYPlot plot = new XYPlot(kernels, CalibrationFitChart.decades(ChartStyle.logAxis("Arithmetic intensity (FLOP per byte, log scale)")),
                CalibrationFitChart.decades(ChartStyle.logAxis("GFLOP/s, log scale")), dots);
        XYLineAndShapeRenderer line = ChartStyle.pathRenderer(1);
        line.setSeriesPaint(0, ChartStyle.color(0));
        plot.setDataset(1, new XYSeriesCollection(roof));
        plot.setRenderer(1, line);
        JFreeChart chart = ChartStyle.chart("Achieved roofline" + (device == null ? "" : ": " + device), plot, true);
        String compute = Double.isNaN(r.computeFlops()) ? "no compute kernel"
                : ChartStyle.format("#,##0.0").format(r.computeFlops() / 1e9) + " GFLOP/s (" + r.computeKernel() + ")";
        ChartStyle.subtitle(chart, "Memory " + ChartStyle.format("#,##0.0").format(r.memoryBandwidth() / 1e9)
                + " GB/s (" + r.memoryKernel() + "), compute " + compute
                + (Double.isNaN(r.tiledSpeedup()) ? "" : "; tiled GEMM " + ChartStyle.format("0.0").format(r.tiledSpeedup())
                + "x naive"));
        return chart;
    }
}
