package org.hpcsim.reports.html;

import org.hpcsim.models.run.RunMetrics;

/** The headline metrics table: every metric readable and exact, with its name in summary.json. */
final class MetricsSection {
    private MetricsSection() {}

    /** Appends the table of {@code metrics}. */
    static void append(StringBuilder sb, RunMetrics metrics) {
        sb.append("<section id=\"metrics\">\n<h2>Headline metrics</h2>\n<table class=\"metrics\">\n")
                .append("<thead><tr><th>Metric</th><th class=\"num\">Value</th><th class=\"num\">Exact</th>")
                .append("<th>summary.json</th></tr></thead>\n<tbody>\n");
        for (MetricRow r : MetricRows.of(metrics)) {
            sb.append("<tr><td>").append(Html.escape(r.label())).append("</td><td class=\"num\">")
                    .append(Html.escape(r.value())).append("</td><td class=\"num\">").append(Html.escape(r.exact()))
                    .append("</td><td><code>").append(Html.escape(r.field())).append("</code></td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n<p class=\"note\">Wait = start − submit; bounded slowdown = max(1, (wait + run)"
                + " ÷ max(run, 10 s)); times are seconds of simulation time.</p>\n</section>\n");
    }
}
