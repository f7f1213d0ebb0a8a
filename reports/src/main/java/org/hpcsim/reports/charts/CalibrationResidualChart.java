package org.hpcsim.reports.charts;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.hpcsim.models.calibration.PredictionError;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A model's relative error, (predicted - measured) / measured in percent, at each measured x (a
 * message size, or a kernel's arithmetic intensity), fitted and held-out points apart, around a
 * zero line: a pattern in the residuals is a piece the model misses.
 */
public final class CalibrationResidualChart {
    /** Series key of the points the model was fitted to. */
    public static final String FITTED = CalibrationFitChart.FITTED;
    /** Series key of the held-out points. */
    public static final String HELD_OUT = CalibrationFitChart.HELD_OUT;

    private CalibrationResidualChart() {}

    /** The residuals of {@code rows} against x = bytes on a log axis labelled {@code xLabel} (above 0 only). */
    public static JFreeChart create(String title, String subtitle, String xLabel, List<PredictionError> rows) {
        ChartStyle.ensureHeadless();
        XYSeries fitted = new XYSeries(FITTED, false, true);
        XYSeries held = new XYSeries(HELD_OUT, false, true);
        for (PredictionError r : rows) {
            if (r.bytes() > 0 && Double.isFinite(r.relativeError())) {
                (r.heldOut() ? held : fitted).add(r.bytes(), 100 * r.relativeError());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(fitted);
        data.addSeries(held);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, ChartStyle.color(0));
        dots.setSeriesPaint(1, ChartStyle.color(3));
        dots.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        dots.setSeriesShape(1, new Rectangle2D.Double(-6, -6, 12, 12));
        LogAxis x = CalibrationFitChart.decades(ChartStyle.logAxis(xLabel + ", log scale"));
        NumberAxis y = ChartStyle.numberAxis("Model error (% of measured)");
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, x, y, dots);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.AXIS_LINE, new BasicStroke(1.5f)));
        JFreeChart chart = ChartStyle.chart(title, plot, true);
        ChartStyle.subtitle(chart, subtitle);
        return chart;
    }
}
