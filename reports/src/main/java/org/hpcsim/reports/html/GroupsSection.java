package org.hpcsim.reports.html;

import java.util.Locale;
import org.hpcsim.reports.data.RunOutput;

/** A per-partition or per-user table: jobs, core-hours and share, waits and slowdown per group. */
final class GroupsSection {
    private GroupsSection() {}

    /**
     * Appends the section {@code id} headed {@code title}, its groups called {@code singular} and
     * {@code plural} ("user", "users").
     */
    static void append(StringBuilder sb, RunOutput run, GroupTable table, String id, String title, String singular,
                       String plural) {
        sb.append("<section id=\"").append(id).append("\">\n<h2>").append(title).append("</h2>\n");
        if (run.jobs().isEmpty()) {
            sb.append("<p class=\"none\">The run's folder has no jobs.csv, so there are no jobs to group.</p>\n")
                    .append("</section>\n");
            return;
        }
        sb.append("<p class=\"note\">").append(Formats.count(table.groups())).append(' ')
                .append(table.groups() == 1 ? singular : plural);
        if (table.otherGroups() > 0) {
            sb.append("; the ").append(table.top().size()).append(" with the most core-hours listed, the other ")
                    .append(Formats.count(table.otherGroups())).append(" summed as “others”");
        }
        sb.append(".</p>\n<table class=\"groups\">\n<thead><tr><th class=\"num\">#</th><th>")
                .append(Character.toUpperCase(singular.charAt(0))).append(singular.substring(1))
                .append("</th><th class=\"num\">Jobs</th><th class=\"num\">Core-hours</th><th>Share of core-hours</th>")
                .append("<th class=\"num\">Mean wait</th><th class=\"num\">p95 wait</th>")
                .append("<th class=\"num\">Mean bounded slowdown</th></tr></thead>\n<tbody>\n");
        int rank = 0;
        for (GroupRow r : table.top()) {
            rank++;
            String name = r.name().isEmpty() ? "<span class=\"none\">(none)</span>" : Html.escape(r.name());
            row(sb, "<tr>", Integer.toString(rank), name, r);
        }
        if (table.others().isPresent()) {
            row(sb, "<tr class=\"others\">", "", "others (" + Formats.count(table.otherGroups()) + " "
                    + (table.otherGroups() == 1 ? singular : plural) + ")", table.others().get());
        }
        sb.append("</tbody>\n<tfoot>\n");
        row(sb, "<tr>", "", "All jobs", table.all());
        sb.append("</tfoot>\n</table>\n<p class=\"note\">Core-hours: cores held × run time. Sorted by core-hours,"
                + " ties by name. p95 wait by linear interpolation between ranks, as in the headline metrics.</p>\n"
                + "</section>\n");
    }

    // A group with a sliver of the core-hours should not read as holding none.
    private static String share(double fraction) {
        return fraction > 0 && fraction < 0.0005 ? "< 0.1 %" : Formats.percent(fraction);
    }

    private static void row(StringBuilder sb, String tr, String rank, String nameHtml, GroupRow r) {
        sb.append(tr).append("<td class=\"rank\">").append(rank).append("</td><td class=\"name\">").append(nameHtml)
                .append("</td><td class=\"num\">").append(Formats.count(r.jobs()))
                .append("</td><td class=\"num\">").append(Formats.fixed(r.coreHours(), 1))
                .append("</td><td class=\"share\"><span class=\"track\"><span class=\"bar\" style=\"width:")
                .append(String.format(Locale.ROOT, "%.1f", 100 * r.share())).append("%\"></span></span><span class=\"pct\">")
                .append(share(r.share())).append("</span>")
                .append("</td><td class=\"num\">").append(Formats.duration(r.meanWait()))
                .append("</td><td class=\"num\">").append(Formats.duration(r.p95Wait()))
                .append("</td><td class=\"num\">").append(Formats.fixed(r.meanBoundedSlowdown(), 2))
                .append("</td></tr>\n");
    }
}
