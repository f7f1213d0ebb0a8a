package org.hpcsim.cli.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Slurm's job array index lists (sbatch(1), --array): comma-separated indexes and ranges such as
 * {@code 0-7} or {@code 3,5,9-12}; a retry round lists only the points still missing.
 */
final class ArrayIndexes {
    private ArrayIndexes() {}

    /** {@code indexes} (none negative) as a list with each run of consecutive indexes as a range. */
    static String format(List<Integer> indexes) {
        TreeSet<Integer> sorted = new TreeSet<>(indexes);
        if (sorted.isEmpty() || sorted.first() < 0) {
            throw new IllegalArgumentException("array indexes must be 0 or more, and at least one: " + indexes);
        }
        StringBuilder sb = new StringBuilder();
        Integer start = null;
        int prev = 0;
        for (int i : sorted) {
            if (start != null && i == prev + 1) {
                prev = i;
                continue;
            }
            if (start != null) {
                append(sb, start, prev);
            }
            start = i;
            prev = i;
        }
        append(sb, start, prev);
        return sb.toString();
    }

    private static void append(StringBuilder sb, int from, int to) {
        if (sb.length() > 0) {
            sb.append(',');
        }
        sb.append(from);
        if (to > from) {
            sb.append('-').append(to);
        }
    }

    /**
     * The indexes of a list as squeue and sacct print a group of pending tasks ({@code [2-5%2]}):
     * brackets and the {@code %K} limit are dropped, a {@code :step} is honoured.
     */
    static List<Integer> parse(String text) {
        String s = text.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        int limit = s.indexOf('%');
        if (limit >= 0) {
            s = s.substring(0, limit);
        }
        List<Integer> out = new ArrayList<>();
        for (String part : s.split(",", -1)) {
            int step = 1;
            int colon = part.indexOf(':');
            if (colon >= 0) {
                step = Integer.parseInt(part.substring(colon + 1));
                part = part.substring(0, colon);
            }
            int dash = part.indexOf('-');
            int from = Integer.parseInt(dash < 0 ? part : part.substring(0, dash));
            int to = dash < 0 ? from : Integer.parseInt(part.substring(dash + 1));
            if (from < 0 || to < from || step < 1) {
                throw new NumberFormatException("not an array index list: " + text);
            }
            for (long i = from; i <= to; i += step) {
                out.add((int) i);
            }
        }
        return out;
    }
}
