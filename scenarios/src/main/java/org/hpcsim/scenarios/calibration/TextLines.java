package org.hpcsim.scenarios.calibration;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.scenarios.ScenarioException;

/** A text split into numbered lines, with the one-line error format of every benchmark reader. */
final class TextLines {
    /** One line and its 1-based number. */
    record Line(int number, String text) {
        /** The line's whitespace-separated words. */
        String[] words() {
            String s = text.strip();
            return s.isEmpty() ? new String[0] : s.split("\\s+");
        }
    }

    private TextLines() {}

    /** The lines of {@code text}, numbered from 1, without their line ends. */
    static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        int n = 1;
        for (String s : text.split("\r?\n", -1)) {
            lines.add(new Line(n++, s));
        }
        return lines;
    }

    /** "origin:line: problem". */
    static ScenarioException error(String origin, Line line, String problem) {
        return new ScenarioException(origin + ":" + line.number() + ": " + problem);
    }

    /** The text after "# key:" (any case) on a comment line, or null when the line is not one. */
    static String commentValue(Line line, String key) {
        String s = line.text().strip();
        if (!s.startsWith("#")) {
            return null;
        }
        s = s.substring(1).strip();
        if (s.length() > key.length() && s.regionMatches(true, 0, key, 0, key.length())
                && s.charAt(key.length()) == ':') {
            return s.substring(key.length() + 1).strip();
        }
        return null;
    }

    /** A whole number of bytes, or a one-line error naming the line. */
    static long bytes(String origin, Line line, String word) {
        try {
            long v = Long.parseLong(word);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(origin, line, "expected a message size in bytes (a whole number >= 0), got '" + word + "'");
    }

    /** A finite number, or a one-line error naming the line and the column. */
    static double number(String origin, Line line, String word, String column) {
        try {
            double v = Double.parseDouble(word);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(origin, line, column + ": expected a number, got '" + word + "'");
    }
}
