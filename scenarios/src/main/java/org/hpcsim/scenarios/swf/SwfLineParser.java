package org.hpcsim.scenarios.swf;

import java.nio.charset.StandardCharsets;

/**
 * Parses the 18 fields of one job line from bytes into primitive arrays, allocating nothing on
 * well-formed lines.
 *
 * <p>Two paths. The fast one takes the 18 fields in a fixed, unrolled sequence of small methods,
 * so each column gets its own branch sites once inlined: SWF columns have steady widths, and the
 * branch predictor learns them per column where a shared loop would mispredict at every token
 * boundary (this measured about 25% faster). It accepts only {@code [-]digits}, and
 * {@code [-]digits[.digits]} in time fields, up to 18 digits. Anything else, errors included,
 * sends the whole line to the careful path, which parses every token with {@link AsciiNumbers}
 * and words the error; both paths give bit-identical values.
 *
 * <p>Whitespace is any byte up to 0x20 (space, tab, CR, other ASCII controls), the rule of
 * {@link String#trim()}; a single comparison keeps the loops tight.
 */
final class SwfLineParser {
    private static final int FAIL = -1;

    // The value of the digits read so far by digits(): a field, so the hot path allocates nothing.
    private long accumulated;

    final long[] integers = new long[SwfField.COUNT];
    final double[] times = new double[SwfField.COUNT];

    /**
     * Parses the line in {@code b[from, end)}; returns null on success or what is wrong, in the
     * words of {@link SwfFormatException#problem()}.
     */
    String parse(byte[] b, int from, int end) {
        int p = from;
        if ((p = longField(b, p, end, 0)) < 0
                || (p = timeField(b, p, end, 1)) < 0
                || (p = timeField(b, p, end, 2)) < 0
                || (p = timeField(b, p, end, 3)) < 0
                || (p = intField(b, p, end, 4)) < 0
                || (p = timeField(b, p, end, 5)) < 0
                || (p = longField(b, p, end, 6)) < 0
                || (p = intField(b, p, end, 7)) < 0
                || (p = timeField(b, p, end, 8)) < 0
                || (p = longField(b, p, end, 9)) < 0
                || (p = intField(b, p, end, 10)) < 0
                || (p = intField(b, p, end, 11)) < 0
                || (p = intField(b, p, end, 12)) < 0
                || (p = intField(b, p, end, 13)) < 0
                || (p = intField(b, p, end, 14)) < 0
                || (p = intField(b, p, end, 15)) < 0
                || (p = longField(b, p, end, 16)) < 0
                || (p = timeField(b, p, end, 17)) < 0
                || skipSpace(b, p, end) < end) {
            return parseCarefully(b, from, end);
        }
        return null;
    }

    static boolean isSpace(byte c) {
        return (c & 0xFF) <= ' ';
    }

    private static int skipSpace(byte[] b, int p, int end) {
        while (p < end && isSpace(b[p])) {
            p++;
        }
        return p;
    }

    /**
     * Reads a run of decimal digits from {@code p}, appending them to {@link #accumulated};
     * returns the position after the run.
     */
    private int digits(byte[] b, int p, int end) {
        long value = accumulated;
        while (p < end) {
            int d = b[p] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            value = value * 10 + d;
            p++;
        }
        accumulated = value;
        return p;
    }

    private int longField(byte[] b, int p, int end, int f) {
        p = skipSpace(b, p, end);
        if (p >= end) {
            return FAIL;
        }
        boolean negative = b[p] == '-';
        if (negative) {
            p++;
        }
        int start = p;
        accumulated = 0;
        p = digits(b, p, end);
        int count = p - start;
        if (count == 0 || count > 18 || (p < end && !isSpace(b[p]))) {
            return FAIL;
        }
        integers[f] = negative ? -accumulated : accumulated;
        return p;
    }

    private int intField(byte[] b, int p, int end, int f) {
        p = longField(b, p, end, f);
        long value = integers[f];
        return (int) value == value ? p : FAIL;
    }

    private int timeField(byte[] b, int p, int end, int f) {
        p = skipSpace(b, p, end);
        if (p >= end) {
            return FAIL;
        }
        boolean negative = b[p] == '-';
        if (negative) {
            p++;
        }
        int start = p;
        accumulated = 0;
        p = digits(b, p, end);
        int count = p - start;
        int fractionDigits = 0;
        if (p < end && b[p] == '.' && count > 0) {
            int fractionStart = ++p;
            p = digits(b, p, end);
            fractionDigits = p - fractionStart;
            count += fractionDigits;
        }
        if (count == 0 || count > 18 || (p < end && !isSpace(b[p]))) {
            return FAIL;
        }
        long mantissa = accumulated;
        double value;
        if (fractionDigits == 0) {
            value = mantissa; // long-to-double rounds to nearest
        } else if (mantissa <= AsciiNumbers.EXACT_MANTISSA) {
            value = mantissa / AsciiNumbers.POW10[fractionDigits]; // exact operands, one rounding
        } else {
            return FAIL;
        }
        times[f] = negative ? -value : value;
        return p;
    }

    /** Every token through {@link AsciiNumbers}: slower, complete, and able to say what is wrong. */
    private String parseCarefully(byte[] b, int from, int end) {
        int p = from;
        for (int f = 0; f < SwfField.COUNT; f++) {
            p = skipSpace(b, p, end);
            if (p >= end) {
                return "expected " + SwfField.COUNT + " fields, found " + f;
            }
            int start = p;
            p = tokenEnd(b, p, end);
            String problem = parseToken(b, start, p, SwfField.ALL[f]);
            if (problem != null) {
                return problem;
            }
        }
        int extra = 0;
        for (p = skipSpace(b, p, end); p < end; p = skipSpace(b, tokenEnd(b, p, end), end)) {
            extra++;
        }
        return extra == 0 ? null : "expected " + SwfField.COUNT + " fields, found " + (SwfField.COUNT + extra);
    }

    private String parseToken(byte[] b, int start, int end, SwfField field) {
        int f = field.ordinal();
        try {
            if (field.kind == SwfField.Kind.TIME) {
                times[f] = AsciiNumbers.parseDecimal(b, start, end);
            } else {
                long value = AsciiNumbers.parseInteger(b, start, end);
                if (field.kind == SwfField.Kind.INT && (int) value != value) {
                    throw new NumberFormatException(AsciiNumbers.OUT_OF_RANGE);
                }
                integers[f] = value;
            }
            return null;
        } catch (NumberFormatException e) {
            return "field " + field.number() + " (" + field.label + ") " + e.getMessage() + ": '"
                    + shown(b, start, end) + "'";
        }
    }

    private static String shown(byte[] b, int start, int end) {
        int length = Math.min(end - start, 40); // keep the message one readable line
        String text = new String(b, start, length, StandardCharsets.UTF_8);
        return length < end - start ? text + "..." : text;
    }

    private static int tokenEnd(byte[] b, int p, int end) {
        while (p < end && !isSpace(b[p])) {
            p++;
        }
        return p;
    }
}
