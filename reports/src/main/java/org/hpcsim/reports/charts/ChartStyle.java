package org.hpcsim.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The house look: white background, light grid, large sans-serif fonts, a colour-blind-safe palette. */
public final class ChartStyle {
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 28);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    /** Text placed on the plot: point names, cell values. */
    public static final Font ITEM_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 16);

    /** Dark text on the white background. */
    public static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color SUBTLE = new Color(0x55, 0x55, 0x55);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    static final Color AXIS_LINE = new Color(0x88, 0x88, 0x88);
    /** The stroke of a data line. */
    public static final Stroke LINE = new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);

    // Okabe-Ito: distinguishable with the common colour-vision deficiencies and in greyscale print.
    private static final List<Color> PALETTE = List.of(new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00),
            new Color(0x00, 0x9E, 0x73), new Color(0xD5, 0x5E, 0x00), new Color(0x56, 0xB4, 0xE9),
            new Color(0xCC, 0x79, 0xA7), new Color(0xF0, 0xE4, 0x42), new Color(0x00, 0x00, 0x00));

    private ChartStyle() {}

    /** The i-th palette colour, cycling. */
    public static Color color(int i) {
        return PALETTE.get(Math.floorMod(i, PALETTE.size()));
    }

    static int paletteSize() {
        return PALETTE.size();
    }

    /**
     * Charts are drawn only into off-screen images and SVG, never on a screen; saying so before
     * AWT starts keeps a set but unreachable DISPLAY from failing the run. A choice the caller
     * already made is left alone.
     */
    public static void ensureHeadless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** A chart with the house title font, a legend only when asked for, and the theme applied. */
    public static JFreeChart chart(String title, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        apply(chart);
        return chart;
    }

    /** Adds a smaller grey line under the title. */
    public static void subtitle(JFreeChart chart, String text) {
        TextTitle t = new TextTitle(text, SUBTITLE);
        t.setPaint(SUBTLE);
        t.setPadding(new RectangleInsets(2, 0, 8, 0));
        chart.addSubtitle(t);
    }

    /** White backgrounds, light grid, the house fonts on title, legend and every axis. */
    static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(16, 16, 16, 32));
        chart.getTitle().setPaint(TEXT);
        chart.getTitle().setPadding(new RectangleInsets(4, 0, 8, 0));
        for (Object o : chart.getSubtitles()) {
            styleTitle((Title) o);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(AXIS_LINE);
        plot.setInsets(new RectangleInsets(8, 8, 8, 16));
        if (plot instanceof XYPlot) {
            XYPlot p = (XYPlot) plot;
            grid(p);
            for (int i = 0; i < p.getDomainAxisCount(); i++) {
                axis(p.getDomainAxis(i));
            }
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                axis(p.getRangeAxis(i));
            }
        } else if (plot instanceof CategoryPlot) {
            CategoryPlot p = (CategoryPlot) plot;
            p.setRangeGridlinePaint(GRID);
            p.setRangeGridlineStroke(new BasicStroke(1f));
            p.setDomainGridlinesVisible(false);
            for (int i = 0; i < p.getDomainAxisCount(); i++) {
                axis(p.getDomainAxis(i));
            }
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                axis(p.getRangeAxis(i));
            }
        }
    }

    private static void styleTitle(Title t) {
        if (t instanceof LegendTitle) {
            LegendTitle l = (LegendTitle) t;
            l.setItemFont(LEGEND);
            l.setItemPaint(TEXT);
            l.setBackgroundPaint(Color.WHITE);
            l.setFrame(BlockBorder.NONE);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setItemLabelPadding(new RectangleInsets(2, 6, 2, 24));
            l.setPadding(new RectangleInsets(12, 0, 0, 0));
        }
    }

    private static void grid(XYPlot p) {
        Stroke thin = new BasicStroke(1f);
        p.setDomainGridlinePaint(GRID);
        p.setRangeGridlinePaint(GRID);
        p.setDomainGridlineStroke(thin);
        p.setRangeGridlineStroke(thin);
        p.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /** Gives an axis the house fonts and colours, and room enough between ticks that they thin to about ten. */
    public static void axis(Axis a) {
        if (a == null) {
            return;
        }
        a.setLabelFont(AXIS_LABEL);
        a.setLabelPaint(TEXT);
        a.setTickLabelFont(TICK);
        a.setTickLabelPaint(TEXT);
        a.setAxisLinePaint(AXIS_LINE);
        a.setTickMarkPaint(AXIS_LINE);
        a.setLabelInsets(new RectangleInsets(8, 8, 8, 8));
        // JFreeChart packs ticks as tightly as their labels allow; the extra room thins them to
        // about ten per axis, which reads better at this font size.
        a.setTickLabelInsets(new RectangleInsets(10, 12, 10, 12));
    }

    /** A value axis whose tick labels look the same whatever the machine's locale. */
    public static NumberAxis numberAxis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        return a;
    }

    /** A value axis with whole-number ticks only. */
    static NumberAxis integerAxis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        return a;
    }

    /** A base-10 log axis labelled with plain numbers (1, 10, 1,000) rather than powers. */
    public static LogAxis logAxis(String label) {
        LogAxis a = new LogAxis(label);
        a.setNumberFormatOverride(format("#,##0.###"));
        return a;
    }

    /**
     * Lines without markers, each series drawn as one path: smaller SVG and no seams where
     * thick segments meet.
     */
    static XYLineAndShapeRenderer pathRenderer(int series) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        r.setAutoPopulateSeriesStroke(false);
        r.setDefaultStroke(LINE);
        seriesPaints(r, series, 0);
        return r;
    }

    /** A number format independent of the default locale. */
    static NumberFormat format(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** Sets each series' paint from the palette, starting at colour {@code first}. */
    static void seriesPaints(AbstractRenderer r, int series, int first) {
        for (int i = 0; i < series; i++) {
            r.setSeriesPaint(i, color(first + i));
        }
    }
}
