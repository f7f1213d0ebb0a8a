package org.hpcsim.reports.html;

import java.util.List;

/** The charts, each embedded as a base64 PNG with a text alternative and a caption. */
final class ChartsSection {
    private ChartsSection() {}

    /** Appends {@code images}, or a note saying why there are none. */
    static void append(StringBuilder sb, List<ChartImage> images) {
        sb.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        if (images.isEmpty()) {
            sb.append("<p class=\"none\">No charts: the run's folder has neither jobs.csv nor timeseries.csv.</p>\n");
        }
        for (ChartImage c : images) {
            sb.append("<figure id=\"chart-").append(Html.escape(c.name())).append("\">\n<img src=\"data:image/png;base64,")
                    .append(c.base64()).append("\" alt=\"").append(Html.escape(c.alt())).append("\" width=\"")
                    .append(c.width()).append("\" height=\"").append(c.height()).append("\">\n<figcaption><strong>")
                    .append(Html.escape(c.title())).append(".</strong> ").append(Html.escape(c.caption()))
                    .append("</figcaption>\n</figure>\n");
        }
        sb.append("</section>\n");
    }
}
