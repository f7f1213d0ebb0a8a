package org.hpcsim.reports.html;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The scenario as summary.json echoes it, written as YAML (escaped for HTML, keys marked for styling). */
final class ScenarioYaml {
    private static final String INDENT = "  ";
    // Plain scalars YAML would read as something else, or that hold its syntax, are quoted.
    private static final Pattern NEEDS_QUOTES = Pattern.compile(
            "|\\s.*|.*\\s|.*[:#{}\\[\\],&*!|>'\"%@`].*|[-?].*|true|false|null|~|yes|no|on|off|[-+.0-9][-+.0-9eE_]*",
            Pattern.CASE_INSENSITIVE);

    private ScenarioYaml() {}

    /** The map as YAML lines, as HTML to go inside a {@code <pre>}. */
    static String render(Map<String, Object> scenario) {
        StringBuilder sb = new StringBuilder();
        map(sb, scenario, 0);
        return sb.toString();
    }

    private static void map(StringBuilder sb, Map<?, ?> map, int depth) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            sb.append(INDENT.repeat(depth));
            key(sb, String.valueOf(e.getKey()));
            value(sb, e.getValue(), depth);
        }
    }

    private static void key(StringBuilder sb, String key) {
        sb.append("<span class=\"k\">").append(Html.escape(scalar(key))).append("</span>:");
    }

    private static void value(StringBuilder sb, Object v, int depth) {
        if (v instanceof Map<?, ?> m && !m.isEmpty()) {
            sb.append('\n');
            map(sb, m, depth + 1);
        } else if (v instanceof List<?> l && !l.isEmpty()) {
            sb.append('\n');
            list(sb, l, depth + 1);
        } else {
            sb.append(' ').append(Html.escape(inline(v))).append('\n');
        }
    }

    private static void list(StringBuilder sb, List<?> items, int depth) {
        for (Object item : items) {
            sb.append(INDENT.repeat(depth)).append("- ");
            if (item instanceof Map<?, ?> m && !m.isEmpty()) {
                // The first entry goes on the dash's line, the rest under it, as YAML writes a list of maps.
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!first) {
                        sb.append(INDENT.repeat(depth + 1));
                    }
                    first = false;
                    key(sb, String.valueOf(e.getKey()));
                    value(sb, e.getValue(), depth + 1);
                }
            } else if (item instanceof List<?> l && !l.isEmpty()) {
                sb.append('\n');
                list(sb, l, depth + 1);
            } else {
                sb.append(Html.escape(inline(item))).append('\n');
            }
        }
    }

    private static String inline(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Map<?, ?>) {
            return "{}";
        }
        if (v instanceof List<?>) {
            return "[]";
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            // A whole double stays "3.0" so it still reads as a real number, as summary.json has it.
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Formats.exact(d) + ".0" : Formats.exact(d);
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return scalar(v.toString());
    }

    private static String scalar(String s) {
        if (!NEEDS_QUOTES.matcher(s).matches() && s.indexOf('\n') < 0) {
            return s;
        }
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                default -> q.append(c);
            }
        }
        return q.append('"').toString();
    }
}
