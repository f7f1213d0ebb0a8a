package org.hpcsim.reports.html;

import java.util.List;
import org.hpcsim.reports.data.RunOutput;
import org.hpcsim.reports.html.GroupTableHtml.Column;

/** A per-partition or per-user table: jobs, core-hours and share, waits and slowdown per group. */
final class GroupsSection {
    private static final List<Column<GroupRow>> COLUMNS = List.of(
            new Column<>("Jobs", true, r -> GroupTableHtml.number(Formats.count(r.jobs()))),
            new Column<>("Core-hours", true, r -> GroupTableHtml.number(Formats.fixed(r.coreHours(), 1))),
            new Column<>("Share of core-hours", false, r -> GroupTableHtml.share(r.share())),
            new Column<>("Mean wait", true, r -> GroupTableHtml.number(Formats.duration(r.meanWait()))),
            new Column<>("p95 wait", true, r -> GroupTableHtml.number(Formats.duration(r.p95Wait()))),
            new Column<>("Mean bounded slowdown", true,
                    r -> GroupTableHtml.number(Formats.fixed(r.meanBoundedSlowdown(), 2))));

    private GroupsSection() {}

    /**
     * Appends the section {@code id} headed {@code title}, its groups called {@code singular} and
     * {@code plural} ("user", "users").
     */
    static void append(StringBuilder sb, RunOutput run, GroupTable<GroupRow> table, String id, String title,
                       String singular, String plural) {
        sb.append("<section id=\"").append(id).append("\">\n<h2>").append(title).append("</h2>\n");
        if (run.jobs().isEmpty()) {
            sb.append("<p class=\"none\">The run's folder has no jobs.csv, so there are no jobs to group.</p>\n")
                    .append("</section>\n");
            return;
        }
        GroupTableHtml.append(sb, table, GroupRow::name, COLUMNS, singular, plural, "the most core-hours", "groups");
        sb.append("<p class=\"note\">Core-hours: cores held × run time. Sorted by core-hours,"
                + " ties by name. p95 wait by linear interpolation between ranks, as in the headline metrics.</p>\n"
                + "</section>\n");
    }
}
