package org.hpcsim.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.hpcsim.models.calibration.PredictionError;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A calibrated model against its measurements on log-log axes: the points it was fitted to, the
 * points held out of the fit, the model's curve, and a dashed line at each breakpoint (messages
 * above it use the next piece).
 */
public final class CalibrationFitChart {
    /** Series key of the points the model was fitted to. */
    public static final String FITTED = "Measured (fitted)";
    /** Series key of the points held out of the fit. */
    public static final String HELD_OUT = "Measured (held out)";
    /** Series key of the model's curve. */
    public static final String MODEL = "Model";
    /** Samples of the model's curve. */
    static final int CURVE_POINTS = 240;

    private CalibrationFitChart() {}

    /**
     * The chart of {@code rows} (sizes above 0: a log axis has no 0) and {@code model}, values
     * multiplied by {@code scale} for the {@code yLabel} unit.
     */
    public static JFreeChart create(String title, String subtitle, String yLabel, double scale,
                                    List<PredictionError> rows, DoubleUnaryOperator model, double[] breakpoints) {
        ChartStyle.ensureHeadless();
        XYSeries fitted = new XYSeries(FITTED, false, true);
        XYSeries held = new XYSeries(HELD_OUT, false, true);
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (PredictionError r : rows) {
            if (r.bytes() <= 0 || !(r.measured() > 0)) {
                continue;
            }
            (r.heldOut() ? held : fitted).add(r.bytes(), r.measured() * scale);
            lo = Math.min(lo, r.bytes());
            hi = Math.max(hi, r.bytes());
        }
        if (hi == 0) {
            throw new IllegalArgumentException(title + ": no measurement above 0 bytes to draw");
        }
        XYSeries curve = new XYSeries(MODEL, false, true);
        for (int i = 0; i < CURVE_POINTS; i++) {
            double x = lo * Math.pow(hi / lo, i / (CURVE_POINTS - 1.0));
            double y = model.applyAsDouble(x) * scale;
            if (y > 0 && Double.isFinite(y)) {
                curve.add(x, y);
            }
        }
        XYSeriesCollection points = new XYSeriesCollection();
        points.addSeries(fitted);
        points.addSeries(held);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, ChartStyle.color(0));
        dots.setSeriesPaint(1, ChartStyle.color(3));
        dots.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        dots.setSeriesShape(1, new Rectangle2D.Double(-6, -6, 12, 12));
        LogAxis x = decades(ChartStyle.logAxis("Message size (bytes, log scale)"));
        LogAxis y = decades(ChartStyle.logAxis(yLabel + ", log scale"));
        XYPlot plot = new XYPlot(points, x, y, dots);
        XYLineAndShapeRenderer line = ChartStyle.pathRenderer(1);
        line.setSeriesPaint(0, ChartStyle.color(2));
        plot.setDataset(1, new XYSeriesCollection(curve));
        plot.setRenderer(1, line);
        for (double b : breakpoints) {
            plot.addDomainMarker(breakpoint(b));
        }
        JFreeChart chart = ChartStyle.chart(title, plot, true);
        ChartStyle.subtitle(chart, subtitle);
        return chart;
    }

    private static ValueMarker breakpoint(double bytes) {
        ValueMarker m = new ValueMarker(bytes, ChartStyle.SUBTLE, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
        m.setLabel("above " + bytesText(bytes));
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        m.setLabelPaint(Color.DARK_GRAY);
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return m;
    }

    /** A tick per decade: the automatic choice on a narrow range lands on 3.162 and 31.623. */
    static LogAxis decades(LogAxis a) {
        a.setTickUnit(new NumberTickUnit(1.0, ChartStyle.format("#,##0.###")));
        a.setMinorTickMarksVisible(true);
        return a;
    }

    /** "512 B", "16 KiB", "4 MiB". */
    static String bytesText(double bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB"};
        int u = 0;
        double v = bytes;
        while (v >= 1024 && u < units.length - 1 && v % 1024 == 0) {
            v /= 1024;
            u++;
        }
        return ChartStyle.format("#,##0.##").format(v) + " " + units[u];
    }
}
