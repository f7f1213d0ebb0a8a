package org.hpcsim.scenarios.calibration;

import java.util.List;
import java.util.Map;

/**
 * Writes a tree of ordered maps, lists, strings, numbers, booleans and nulls as block YAML, with
 * lists of plain values in flow style ([1, 2, 3]) so that a matrix reads as a matrix. Strings are
 * always double-quoted with JSON escapes, which YAML reads the same; keys are written bare and
 * must be plain words.
 */
final class YamlText {
    private YamlText() {}

    /** The YAML text of {@code map}, each line ending in a newline. */
    static String render(Map<String, ?> map) {
        StringBuilder sb = new StringBuilder();
        map(sb, map, 0);
        return sb.toString();
    }

    private static void map(StringBuilder sb, Map<?, ?> map, int indent) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (!key.matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("not a plain YAML key: " + key);
            }
            sb.append(" ".repeat(indent)).append(key).append(':');
            value(sb, e.getValue(), indent);
        }
    }

    /** Writes a value after "key:" or "- ", ending the line. */
    private static void value(StringBuilder sb, Object v, int indent) {
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                sb.append(" {}\n");
            } else {
                sb.append('\n');
                map(sb, m, indent + 2);
            }
        } else if (v instanceof List<?> list && !isFlat(list)) {
            sb.append('\n');
            for (Object item : list) {
                sb.append(" ".repeat(indent)).append("- ");
                if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                    // The first key shares the dash's line; the rest align under it.
                    StringBuilder inner = new StringBuilder();
                    map(inner, m, indent + 2);
                    sb.append(inner.substring(indent + 2));
                } else {
                    sb.append(scalarOrFlow(item)).append('\n');
                }
            }
        } else {
            sb.append(' ').append(scalarOrFlow(v)).append('\n');
        }
    }

    /** Whether every item is a plain value: such a list goes on one line; a list of lists, one row a line. */
    private static boolean isFlat(List<?> list) {
        for (Object o : list) {
            if (o instanceof Map<?, ?> || o instanceof List<?>) {
                return false;
            }
        }
        return true;
    }

    private static String scalarOrFlow(Object v) {
        if (v instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(scalarOrFlow(list.get(i)));
            }
            return sb.append(']').toString();
        }
        return scalar(v);
    }

    private static String scalar(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Double d) {
            // YAML has .nan and .inf, but a missing value reads more plainly as null.
            if (!Double.isFinite(d)) {
                return "null";
            }
            // YAML 1.1 reads an exponent as a float only with its sign: 1.0E+10, not 1.0E10.
            String t = d.toString();
            int e = t.indexOf('E');
            return e >= 0 && t.charAt(e + 1) != '-' ? t.substring(0, e + 1) + "+" + t.substring(e + 1) : t;
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return quote(v.toString());
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
