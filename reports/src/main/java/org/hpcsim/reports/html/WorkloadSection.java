package org.hpcsim.reports.html;

import java.util.Map;
import org.hpcsim.reports.data.RunOutput;

/** Where the jobs came from: source and format, jobs read and dropped, and drops and adjustments by reason. */
final class WorkloadSection {
    private static final Map<String, String> LABELS = Map.of(
            "source", "Source",
            "format", "Format",
            "jobsRead", "Jobs read",
            "jobsDropped", "Jobs dropped",
            "droppedByReason", "Dropped, by reason",
            "adjustments", "Changed on the way in, by kind");

    private WorkloadSection() {}

    /** Appends the workload section of {@code run}: scalar entries as facts, map entries as tables. */
    static void append(StringBuilder sb, RunOutput run) {
        Map<String, Object> w = run.workload();
        double read = w.get("jobsRead") instanceof Number n ? n.doubleValue() : Double.NaN;
        sb.append("<section id=\"workload\">\n<h2>Workload</h2>\n<dl class=\"facts\">\n");
        for (Map.Entry<String, Object> e : w.entrySet()) {
            if (!(e.getValue() instanceof Map)) {
                sb.append("<dt>").append(Html.escape(label(e.getKey()))).append("</dt><dd>")
                        .append(Html.escape(fact(e.getKey(), e.getValue(), read))).append("</dd>\n");
            }
        }
        sb.append("</dl>\n");
        for (Map.Entry<String, Object> e : w.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> counts) {
                sb.append("<h3>").append(Html.escape(label(e.getKey()))).append("</h3>\n");
                counts(sb, counts, read);
            }
        }
        sb.append("</section>\n");
    }

    private static String label(String key) {
        return LABELS.getOrDefault(key, key);
    }

    private static String fact(String key, Object v, double read) {
        String text = value(v);
        if ("jobsDropped".equals(key) && v instanceof Number n && n.doubleValue() > 0 && read > 0) {
            text += " (" + Formats.percent(n.doubleValue() / read) + " of those read)";
        }
        return text;
    }

    private static String value(Object v) {
        if (v instanceof Long || v instanceof Integer) {
            return Formats.count(((Number) v).longValue());
        }
        if (v instanceof Number n) {
            return Formats.exact(n.doubleValue());
        }
        return String.valueOf(v);
    }

    private static void counts(StringBuilder sb, Map<?, ?> counts, double read) {
        if (counts.isEmpty()) {
            sb.append("<p class=\"none\">None.</p>\n");
            return;
        }
        sb.append("<table>\n<thead><tr><th>Reason</th><th class=\"num\">Jobs</th><th class=\"num\">Share of jobs read</th>"
                + "</tr></thead>\n<tbody>\n");
        for (Map.Entry<?, ?> e : counts.entrySet()) {
            boolean zero = e.getValue() instanceof Number n && n.doubleValue() == 0;
            String share = e.getValue() instanceof Number n && read > 0 ? Formats.percent(n.doubleValue() / read)
                    : Formats.NONE;
            // Zero counts stay (they show which checks ran) but step back visually.
            sb.append(zero ? "<tr class=\"zero\">" : "<tr>").append("<td>").append(Html.escape(String.valueOf(e.getKey())))
                    .append("</td><td class=\"num\">").append(Html.escape(value(e.getValue())))
                    .append("</td><td class=\"num\">").append(share).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }
}
