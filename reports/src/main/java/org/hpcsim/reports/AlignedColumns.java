package org.hpcsim.reports;

import java.util.List;
import java.util.Locale;

/** Rows of text cells laid out in columns two spaces apart: the first columns to the left, the rest to the right. */
public final class AlignedColumns {
    private AlignedColumns() {}

    /** The rows, one line each; columns before {@code leftColumns} are left-aligned, the others right-aligned. */
    public static String render(List<String[]> rows, int leftColumns) {
        int columns = 0;
        for (String[] r : rows) {
            columns = Math.max(columns, r.length);
        }
        int[] widths = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                String f = (i < leftColumns ? "%-" : "%") + widths[i] + "s";
                sb.append(i == 0 ? "" : "  ").append(String.format(Locale.ROOT, f, r[i]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
