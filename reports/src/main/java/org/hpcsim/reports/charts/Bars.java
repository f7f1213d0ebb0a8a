package org.hpcsim.reports.charts;

import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/** The flat bar renderers shared by the bar charts. */
public final class Bars {
    private Bars() {}

    /** Flat single-colour bars, no shadow, values formatted with {@code pattern}. */
    static BarRenderer renderer(String pattern) {
        BarRenderer r = flat(new BarRenderer());
        r.setDefaultItemLabelGenerator(
                new StandardCategoryItemLabelGenerator("{2}", ChartStyle.format(pattern)));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(ChartStyle.ITEM_LABEL);
        r.setDefaultItemLabelPaint(ChartStyle.TEXT);
        r.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        r.setItemLabelInsets(new RectangleInsets(6, 6, 6, 6));
        return r;
    }

    /** Gives {@code r} the house look, flat bars without shadow or outline in the palette's colours, and returns it. */
    public static <R extends BarRenderer> R flat(R r) {
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setMaximumBarWidth(0.12);
        r.setItemMargin(0.05);
        ChartStyle.seriesPaints(r, ChartStyle.paletteSize(), 0);
        return r;
    }
}
