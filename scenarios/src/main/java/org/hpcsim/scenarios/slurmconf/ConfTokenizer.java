package org.hpcsim.scenarios.slurmconf;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one logical line (comments already removed) into {@code Key=Value} pairs separated by
 * blanks, a value in double quotes keeping its blanks; internal to the reader. As in slurmctld's
 * parse_config.c, blanks may stand around the '=' ({@code Key = Value}); a blank after '=' thus
 * does not end the value, which is the next word.
 */
final class ConfTokenizer {
    private final String text;
    private final int[] lineOf;
    private final String file;

    /** {@code lineOf[i]} is the physical line of {@code text.charAt(i)}. */
    ConfTokenizer(String text, int[] lineOf, String file) {
        this.text = text;
        this.lineOf = lineOf;
        this.file = file;
    }

    /** The physical line the logical line starts on (its first non-blank character). */
    SourceLine firstLine() {
        return at(skipBlanks(0));
    }

    /** The file named by an {@code Include FILE} line (either case, quotes removed), or null for other lines. */
    String includeTarget() {
        int start = skipBlanks(0);
        int end = start;
        while (end < text.length() && !blank(text.charAt(end)) && text.charAt(end) != '=') {
            end++;
        }
        if (end == text.length() || text.charAt(end) == '=' || !text.substring(start, end).equalsIgnoreCase("include")) {
            return null;
        }
        String target = text.substring(end).strip();
        if (target.length() >= 2 && target.startsWith("\"") && target.endsWith("\"")) {
            target = target.substring(1, target.length() - 1);
        }
        if (target.isEmpty()) {
            throw at(start).error("Include names no file (Include FILE)");
        }
        return target;
    }

    /** The pairs in order; empty for a blank line. */
    List<ConfPair> pairs() {
        List<ConfPair> pairs = new ArrayList<>();
        int i = skipBlanks(0);
        while (i < text.length()) {
            int keyStart = i;
            while (i < text.length() && !blank(text.charAt(i)) && text.charAt(i) != '=') {
                i++;
            }
            String key = text.substring(keyStart, i);
            i = skipBlanks(i); // parse_config.c: blanks may stand on either side of '='
            if (i == text.length() || text.charAt(i) != '=') {
                throw at(keyStart).error("'" + key + "' is not a Key=Value pair (write Key=Value, or Include FILE)");
            }
            if (key.isEmpty()) {
                throw at(keyStart).error("'=' without a key (write Key=Value)");
            }
            i = skipBlanks(i + 1);
            String value;
            if (i < text.length() && text.charAt(i) == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0) {
                    throw at(i).error(key + "= has an unterminated quote (close it with \" on the same logical line)");
                }
                value = text.substring(i + 1, close);
                i = close + 1;
                if (i < text.length() && !blank(text.charAt(i))) {
                    throw at(i).error(key + "= has text right after its closing quote (separate pairs with blanks)");
                }
            } else {
                int valueStart = i;
                while (i < text.length() && !blank(text.charAt(i))) {
                    i++;
                }
                value = text.substring(valueStart, i);
                if (value.isEmpty()) {
                    // parse_config.c's value pattern needs a character, or quotes: slurmctld stops
                    // with "Parse error" on a bare "Nodes=".
                    throw at(keyStart).error(key + "= has no value (slurmctld cannot parse that; write " + key
                            + "=\"\" for an empty one)");
                }
            }
            pairs.add(new ConfPair(key, value, at(keyStart)));
            i = skipBlanks(i);
        }
        return pairs;
    }

    private SourceLine at(int index) {
        int i = Math.min(index, Math.max(0, text.length() - 1));
        return new SourceLine(file, text.isEmpty() ? lineOf[0] : lineOf[i]);
    }

    private int skipBlanks(int i) {
        while (i < text.length() && blank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f';
    }
}
