package org.hpcsim.scenarios.pbs;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@code key=value} attributes of one record's message, separated by spaces or tabs. A value
 * runs to the next blank, may itself hold '=' ({@code Resource_List.nodes=2:ppn=4}) and may be
 * put in double quotes to hold blanks; words without '=' are ignored; a repeated key keeps its
 * last value. One instance is reused for every record of a reader.
 */
final class PbsAttributes {
    private final Map<String, String> values = new HashMap<>();

    /** Replaces the attributes with those of {@code message}. */
    void parse(String message) {
        values.clear();
        int n = message.length();
        int i = 0;
        while (i < n) {
            while (i < n && isBlank(message.charAt(i))) {
                i++;
            }
            int start = i;
            int eq = -1;
            while (i < n && !isBlank(message.charAt(i)) && eq < 0) {
                if (message.charAt(i) == '=') {
                    eq = i;
                }
                i++;
            }
            if (eq < 0) {
                while (i < n && !isBlank(message.charAt(i))) {
                    i++;
                }
                continue;
            }
            String value;
            if (i < n && message.charAt(i) == '"' && message.indexOf('"', i + 1) > 0) {
                int close = message.indexOf('"', i + 1);
                value = message.substring(i + 1, close);
                i = close + 1;
            } else {
                int from = i;
                while (i < n && !isBlank(message.charAt(i))) {
                    i++;
                }
                value = message.substring(from, i);
            }
            values.put(message.substring(start, eq), value);
        }
    }

    /** Whether the attribute is present. */
    boolean has(String key) {
        return values.containsKey(key);
    }

    /** The attribute's text, or "" when absent. */
    String text(String key) {
        return values.getOrDefault(key, "");
    }

    /** A whole, optionally signed number; {@code absent} when the attribute is missing or empty. */
    long integer(String key, long absent) {
        String v = values.get(key);
        return v == null || v.isEmpty() ? absent : PbsValues.integer(key, v);
    }

    /** A non-negative count, or -1 when absent. */
    long count(String key) {
        String v = values.get(key);
        return v == null || v.isEmpty() ? -1 : PbsValues.count(key, v);
    }

    /** Epoch seconds as nanoseconds, or -1 when absent; 0 stays 0 (PBS writes 0 for "never"). */
    long epoch(String key) {
        String v = values.get(key);
        return v == null || v.isEmpty() ? -1 : PbsValues.epochSeconds(key, v);
    }

    /** A duration in nanoseconds, or -1 when absent. */
    long duration(String key) {
        String v = values.get(key);
        return v == null || v.isEmpty() ? -1 : PbsValues.duration(key, v);
    }

    /** A size in KB, or -1 when absent. */
    long kilobytes(String key) {
        String v = values.get(key);
        return v == null || v.isEmpty() ? -1 : PbsValues.kilobytes(key, v);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
