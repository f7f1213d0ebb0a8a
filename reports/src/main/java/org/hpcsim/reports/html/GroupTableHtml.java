package org.hpcsim.reports.html;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A {@link GroupTable} as HTML: a note saying how many groups there are, then a table of numbered
 * lines, the groups past the limit as one "others" line, and a total line at the foot.
 */
final class GroupTableHtml {
    /**
     * A column after the rank and the name.
     *
     * @param header  its heading
     * @param numeric whether it holds numbers (set flush right)
     * @param cell    a line's cell, as a whole td element
     * @param <R>     a line of the table
     */
    record Column<R>(String header, boolean numeric, Function<R, String> cell) {}

    private GroupTableHtml() {}

    /**
     * Appends the note and the table of {@code table}, its lines named by {@code name}, its groups
     * called {@code singular} and {@code plural} ("user", "users"), the listed ones being those
     * with {@code ranking} ("the most core-hours"); the table gets the classes {@code classes}.
     */
    static <R> void append(StringBuilder sb, GroupTable<R> table, Function<R, String> name, List<Column<R>> columns,
                           String singular, String plural, String ranking, String classes) {
        sb.append("<p class=\"note\">").append(Formats.count(table.groups())).append(' ')
                .append(table.groups() == 1 ? singular : plural);
        if (table.otherGroups() > 0) {
            sb.append("; the ").append(table.top().size()).append(" with ").append(ranking)
                    .append(" listed, the other ").append(Formats.count(table.otherGroups()))
                    .append(" summed as “others”");
        }
        sb.append(".</p>\n<table class=\"").append(classes).append("\">\n<thead><tr><th class=\"num\">#</th><th>")
                .append(Character.toUpperCase(singular.charAt(0))).append(singular.substring(1)).append("</th>");
        for (Column<R> c : columns) {
            sb.append(c.numeric() ? "<th class=\"num\">" : "<th>").append(Html.escape(c.header())).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        int rank = 0;
        for (R r : table.top()) {
            rank++;
            String n = name.apply(r);
            row(sb, "<tr>", Integer.toString(rank), n.isEmpty() ? "<span class=\"none\">(none)</span>" : Html.escape(n),
                    r, columns);
        }
        if (table.others().isPresent()) {
            row(sb, "<tr class=\"others\">", "", "others (" + Formats.count(table.otherGroups()) + " "
                    + (table.otherGroups() == 1 ? singular : plural) + ")", table.others().get(), columns);
        }
        sb.append("</tbody>\n<tfoot>\n");
        row(sb, "<tr>", "", "All jobs", table.all(), columns);
        sb.append("</tfoot>\n</table>\n");
    }

    /** A numeric cell of {@code text}. */
    static String number(String text) {
        return "<td class=\"num\">" + Html.escape(text) + "</td>";
    }

    /** A cell with a bar as long as {@code fraction} of its track and the percentage beside it. */
    static String share(double fraction) {
        return "<td class=\"share\"><span class=\"track\"><span class=\"bar\" style=\"width:"
                + String.format(Locale.ROOT, "%.1f", 100 * fraction) + "%\"></span></span><span class=\"pct\">"
                + percent(fraction) + "</span></td>";
    }

    // A group with a sliver of the total should not read as holding none.
    private static String percent(double fraction) {
        return fraction > 0 && fraction < 0.0005 ? "&lt; 0.1 %" : Formats.percent(fraction);
    }

    private static <R> void row(StringBuilder sb, String tr, String rank, String nameHtml, R r, List<Column<R>> columns) {
        sb.append(tr).append("<td class=\"rank\">").append(rank).append("</td><td class=\"name\">").append(nameHtml)
                .append("</td>");
        for (Column<R> c : columns) {
            sb.append(c.cell().apply(r));
        }
        sb.append("</tr>\n");
    }
}
