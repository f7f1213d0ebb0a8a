package org.hpcsim.scenarios.pbs;

import org.hpcsim.core.SimTime;

/**
 * Parsers for the value syntaxes of PBS attributes: whole numbers, durations
 * ({@code [[hours:]minutes:]seconds[.fraction]}, hours may pass 24) and sizes ({@code 1234kb}:
 * b, kb, mb, gb, tb, pb or w, kw... for 8-byte words, any case, 1024-based). Each throws
 * {@link PbsProblem} naming the attribute and the bad text.
 */
final class PbsValues {
    private static final long WORD_BYTES = 8;

    private PbsValues() {}

    /** A whole number, optionally signed. */
    static long integer(String key, String text) {
        int i = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        if (i == text.length() || text.length() > 19 + i || !digits(text, i, text.length())) {
            throw new PbsProblem(key + " is not a number: '" + text + "'");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new PbsProblem(key + " is not a number: '" + text + "'");
        }
    }

    /** A whole number that may not be negative. */
    static long count(String key, String text) {
        long v = integer(key, text);
        if (v < 0) {
            throw new PbsProblem(key + " is negative: '" + text + "'");
        }
        return v;
    }

    /** Epoch seconds as simulation nanoseconds. */
    static long epochSeconds(String key, String text) {
        long seconds = count(key, text);
        try {
            return SimTime.seconds(seconds);
        } catch (ArithmeticException e) {
            throw new PbsProblem(key + " is out of range: '" + text + "'");
        }
    }

    /** A duration in simulation nanoseconds. */
    static long duration(String key, String text) {
        String[] parts = text.split(":", -1);
        if (parts.length > 3) {
            throw notDuration(key, text);
        }
        try {
            long seconds = 0;
            for (int i = 0; i < parts.length - 1; i++) {
                seconds = Math.addExact(Math.multiplyExact(seconds, 60), wholePart(parts[i], key, text));
            }
            String last = parts[parts.length - 1];
            int dot = last.indexOf('.');
            String whole = dot < 0 ? last : last.substring(0, dot);
            seconds = Math.addExact(Math.multiplyExact(seconds, parts.length > 1 ? 60 : 1), wholePart(whole, key, text));
            long nanos = SimTime.seconds(seconds);
            return dot < 0 ? nanos : Math.addExact(nanos, fraction(last.substring(dot + 1), key, text));
        } catch (ArithmeticException e) {
            throw new PbsProblem(key + " is out of range: '" + text + "'");
        }
    }

    /** A size in KB (bytes / 1024, rounded down). */
    static long kilobytes(String key, String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        if (end == 0 || end > 18) {
            throw notSize(key, text);
        }
        long number = Long.parseLong(text.substring(0, end));
        String unit = text.substring(end).toLowerCase(java.util.Locale.ROOT);
        long unitBytes = 1;
        String prefix = "";
        if (!unit.isEmpty()) {
            char last = unit.charAt(unit.length() - 1);
            if (last != 'b' && last != 'w') {
                throw notSize(key, text);
            }
            unitBytes = last == 'w' ? WORD_BYTES : 1;
            prefix = unit.substring(0, unit.length() - 1);
        }
        int power = prefix.length() == 1 ? "kmgtp".indexOf(prefix.charAt(0)) + 1 : 0;
        if (!prefix.isEmpty() && power == 0) {
            throw notSize(key, text);
        }
        try {
            long bytes = Math.multiplyExact(number, unitBytes);
            for (int i = 0; i < power; i++) {
                bytes = Math.multiplyExact(bytes, 1024);
            }
            return bytes / 1024;
        } catch (ArithmeticException e) {
            throw new PbsProblem(key + " is out of range: '" + text + "'");
        }
    }

    private static long wholePart(String part, String key, String text) {
        if (part.isEmpty() || part.length() > 18 || !digits(part, 0, part.length())) {
            throw notDuration(key, text);
        }
        return Long.parseLong(part);
    }

    private static long fraction(String digits, String key, String text) {
        if (digits.isEmpty() || !digits(digits, 0, digits.length())) {
            throw notDuration(key, text);
        }
        long nanos = 0;
        for (int i = 0; i < 9; i++) {
            nanos = nanos * 10 + (i < digits.length() ? digits.charAt(i) - '0' : 0);
        }
        return nanos;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static PbsProblem notDuration(String key, String text) {
        return new PbsProblem(key + " is not a duration [[hours:]minutes:]seconds: '" + text + "'");
    }

    private static PbsProblem notSize(String key, String text) {
        return new PbsProblem(key + " is not a size such as 1234kb: '" + text + "'");
    }
}
