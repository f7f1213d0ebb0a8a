package org.hpcsim.reports.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The distinct values one parameter takes across a sweep's points, in the order a chart shows
 * them: ascending when every value is a number, else in order of first appearance.
 *
 * @param name    the parameter
 * @param values  its distinct values as written
 * @param numeric whether every point's value is a finite number
 */
record ParameterLevels(String name, List<String> values, boolean numeric) {
    /** A span of two decades or more reads better on a log axis: on a linear one the low values crowd together. */
    private static final double LOG_SPAN = 100;

    ParameterLevels {
        values = List.copyOf(values);
    }

    /** The levels of {@code parameter} over the points of {@code table} with a result. */
    static ParameterLevels of(SweepTable table, String parameter) {
        Set<String> seen = new LinkedHashSet<>();
        boolean numeric = !table.rows().isEmpty();
        for (SweepTable.Row row : table.rows()) {
            String v = row.parameters().get(parameter);
            if (v != null) {
                seen.add(v);
            }
            numeric &= Double.isFinite(row.number(parameter));
        }
        List<String> values = new ArrayList<>(seen);
        if (numeric) {
            values.sort(Comparator.<String>comparingDouble(Double::parseDouble)
                    .thenComparing(Comparator.naturalOrder()));
        }
        return new ParameterLevels(parameter, values, numeric);
    }

    /** Whether the parameter takes two values or more, so that a chart against it shows a change. */
    boolean varies() {
        return values.size() >= 2;
    }

    /** The position of {@code value} among the values, -1 if it is not one. */
    int indexOf(String value) {
        return values.indexOf(value);
    }

    /** Whether the values are numbers, all positive, spanning two decades or more. */
    boolean logScale() {
        if (!numeric || values.isEmpty()) {
            return false;
        }
        double low = Double.parseDouble(values.get(0));
        double high = Double.parseDouble(values.get(values.size() - 1));
        return low > 0 && high / low >= LOG_SPAN;
    }
}
