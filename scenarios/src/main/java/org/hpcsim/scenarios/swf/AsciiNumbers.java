package org.hpcsim.scenarios.swf;

import java.nio.charset.StandardCharsets;

/**
 * Parses decimal numbers straight from ASCII bytes, so the reader never builds a String per field.
 *
 * <p>Errors are {@link NumberFormatException}s whose message is the phrase the reader puts after
 * the field name ({@link #NOT_A_NUMBER}, {@link #NOT_AN_INTEGER}, {@link #OUT_OF_RANGE}).
 */
final class AsciiNumbers {
    static final String NOT_A_NUMBER = "is not a number";
    static final String NOT_AN_INTEGER = "is not an integer";
    static final String OUT_OF_RANGE = "is out of range";

    // 10^0..10^22 are exact doubles, which is what makes the fast path correctly rounded.
    static final double[] POW10 = new double[23];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /** Mantissas up to 2^53 are exact doubles. */
    static final long EXACT_MANTISSA = 1L << 53;

    private AsciiNumbers() {}

    /**
     * Parses {@code [+-]digits}, also accepting a fraction of zeros only ({@code 240.00}) since some
     * converters write integral counts that way; {@code to > from} is assumed.
     */
    static long parseInteger(byte[] b, int from, int to) {
        int p = from;
        boolean negative = false;
        if (b[p] == '-' || b[p] == '+') {
            negative = b[p] == '-';
            p++;
        }
        int digitsStart = p;
        long value = 0;
        while (p < to) {
            int d = b[p] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            // One comparison in the common case: overflow is only possible past 922337203685477580.
            if (value >= 922337203685477580L && (value > 922337203685477580L || d > 7)) {
                // Any well-formed number this long is too big, fraction or not.
                throw new NumberFormatException(
                        classifyNonInteger(b, from, to) == NOT_A_NUMBER ? NOT_A_NUMBER : OUT_OF_RANGE);
            }
            value = value * 10 + d;
            p++;
        }
        if (p == digitsStart || p < to) {
            if (p > digitsStart && b[p] == '.' && zerosOnly(b, p + 1, to)) {
                return negative ? -value : value;
            }
            throw new NumberFormatException(classifyNonInteger(b, from, to));
        }
        return negative ? -value : value;
    }

    /**
     * Parses {@code [+-]digits[.digits][(e|E)[+-]digits]} (either side of the point may be empty,
     * not both) to the nearest double, exactly as {@link Double#parseDouble} would.
     */
    static double parseDecimal(byte[] b, int from, int to) {
        int p = from;
        boolean negative = false;
        if (b[p] == '-' || b[p] == '+') {
            negative = b[p] == '-';
            p++;
        }
        long mantissa = 0;
        int digits = 0;
        int fractionDigits = 0;
        while (p < to) {
            int d = b[p] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            mantissa = mantissa * 10 + d; // garbage past 18 digits, but then the slow path is taken
            digits++;
            p++;
        }
        if (p < to && b[p] == '.') {
            p++;
            while (p < to) {
                int d = b[p] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                mantissa = mantissa * 10 + d;
                digits++;
                fractionDigits++;
                p++;
            }
        }
        if (digits == 0) {
            throw new NumberFormatException(NOT_A_NUMBER);
        }
        if (p < to) {
            if (!isExponent(b, p, to)) {
                throw new NumberFormatException(NOT_A_NUMBER);
            }
            return slowDecimal(b, from, to);
        }
        if (digits > 18) {
            return slowDecimal(b, from, to);
        }
        double value;
        if (fractionDigits == 0) {
            value = mantissa; // long-to-double conversion rounds to nearest
        } else if (mantissa <= EXACT_MANTISSA) {
            // Both operands are exact, so the one IEEE division is correctly rounded.
            value = mantissa / POW10[fractionDigits];
        } else {
            return slowDecimal(b, from, to);
        }
        return negative ? -value : value;
    }

    private static double slowDecimal(byte[] b, int from, int to) {
        double value = Double.parseDouble(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
        if (Double.isInfinite(value)) {
            throw new NumberFormatException(OUT_OF_RANGE);
        }
        return value;
    }

    private static boolean isExponent(byte[] b, int p, int to) {
        if (b[p] != 'e' && b[p] != 'E') {
            return false;
        }
        p++;
        if (p < to && (b[p] == '-' || b[p] == '+')) {
            p++;
        }
        return p < to && digitsOnly(b, p, to);
    }

    private static boolean digitsOnly(byte[] b, int from, int to) {
        for (int p = from; p < to; p++) {
            if (b[p] < '0' || b[p] > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean zerosOnly(byte[] b, int from, int to) {
        for (int p = from; p < to; p++) {
            if (b[p] != '0') {
                return false;
            }
        }
        return true;
    }

    /** Tells a fractional number ({@code 12.5}) apart from garbage ({@code 12x}) for the message. */
    private static String classifyNonInteger(byte[] b, int from, int to) {
        try {
            parseDecimal(b, from, to);
            return NOT_AN_INTEGER;
        } catch (NumberFormatException e) {
            return NOT_A_NUMBER;
        }
    }
}
