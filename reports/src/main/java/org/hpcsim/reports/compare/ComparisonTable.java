package org.hpcsim.reports.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * A comparison as a Markdown table for the terminal: a row per headline metric; a column for which
 * way is better, one per run with its value, and after each run but the baseline its change from
 * the baseline. The best value of a row ends in {@value #BEST_MARK}; a legend line follows the table.
 * Columns are padded to a common width so the table also reads well unrendered.
 */
public final class ComparisonTable {
    /** Appended to the best value of a row: ASCII, so it survives any terminal encoding. */
    public static final String BEST_MARK = " *";

    private ComparisonTable() {}

    /** The table and its legend, each line ending in a newline. */
    public static String render(Comparison c) {
        List<List<String>> cells = cells(c);
        int columns = cells.get(0).size();
        int[] width = new int[columns];
        for (List<String> row : cells) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(Math.max(width[i], row.get(i).length()), 3);
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, cells.get(0), width);
        List<String> rule = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            // The metric and direction columns read left to right; numbers line up on the right.
            rule.add(i < 2 ? "-".repeat(width[i]) : "-".repeat(width[i] - 1) + ":");
        }
        line(sb, rule, width);
        for (List<String> row : cells.subList(1, cells.size())) {
            line(sb, row, width);
        }
        sb.append('\n').append(BEST_MARK.strip()).append(" best value of its row; changes are against the baseline, ")
                .append(c.baseline().name()).append('\n');
        return sb.toString();
    }

    /** The header and one row per metric, unpadded. */
    static List<List<String>> cells(Comparison c) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("metric", "better"));
        String baseline = c.baseline().name();
        for (int i = 0; i < c.runs().size(); i++) {
            String name = c.runs().get(i).name();
            header.add(i == 0 ? name + " (baseline)" : name);
            if (i > 0) {
                header.add(name + " vs " + baseline);
            }
        }
        rows.add(header);
        for (MetricRow m : c.rows()) {
            Unit unit = m.metric().unit();
            List<String> row = new ArrayList<>(List.of(m.metric().label(), m.metric().better().word()));
            for (int i = 0; i < m.values().size(); i++) {
                row.add(MetricFormat.value(unit, m.values().get(i)) + (m.isBest(i) ? BEST_MARK : ""));
                if (i > 0) {
                    row.add(MetricFormat.change(unit, m.changes().get(i)));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static void line(StringBuilder sb, List<String> cells, int[] width) {
        sb.append('|');
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(width[i] - cell.length());
            sb.append(' ').append(i < 2 ? cell + pad : pad + cell).append(" |");
        }
        sb.append('\n');
    }
}
