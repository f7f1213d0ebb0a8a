package org.hpcsim.scenarios.swf;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Parses the 18 fields of one job line from bytes into primitive arrays, allocating nothing on
 * well-formed lines.
 *
 * <p>Most SWF tokens are short integers ({@code -1}, {@code 8}, {@code 43200}), so the fast path
 * reads the line eight bytes at a time: one word finds the end of a run of whitespace, the next
 * finds the token's length, and up to eight digits are converted in a few multiplications. Branch
 * mispredictions at token boundaries, not arithmetic, are what a byte-at-a-time loop pays for.
 * Anything else (decimals, long numbers, errors) falls back to a plain loop and
 * {@link AsciiNumbers}.
 *
 * <p>Whitespace is any byte up to 0x20 (space, tab, CR, other ASCII controls), the rule of
 * {@link String#trim()}.
 */
final class SwfLineParser {
    /** Bytes the caller must leave readable past a line's end for the eight-byte loads. */
    static final int SLACK = Long.BYTES;

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ASCII_ZEROS = 0x3030303030303030L;
    private static final boolean[] IS_TIME = new boolean[SwfField.COUNT];
    private static final boolean[] IS_INT = new boolean[SwfField.COUNT];

    static {
        for (SwfField field : SwfField.ALL) {
            IS_TIME[field.ordinal()] = field.kind == SwfField.Kind.TIME;
            IS_INT[field.ordinal()] = field.kind == SwfField.Kind.INT;
        }
    }

    final long[] integers = new long[SwfField.COUNT];
    final double[] times = new double[SwfField.COUNT];

    /**
     * Parses the line in {@code b[from, end)}, which starts with a non-space byte; returns null on
     * success or what is wrong, in the words of {@link SwfFormatException#problem()}.
     */
    String parse(byte[] b, int from, int end) {
        boolean words = end + SLACK <= b.length;
        int p = from;
        for (int f = 0; f < SwfField.COUNT; f++) {
            if (words) {
                p = skipSpaceByWords(b, p, end);
            }
            while (p < end && isSpace(b[p])) {
                p++;
            }
            if (p >= end) {
                return "expected " + SwfField.COUNT + " fields, found " + f;
            }
            if (words) {
                int next = parseShortIntegerByWords(b, p, end, f);
                if (next > p) {
                    p = next;
                    continue;
                }
            }
            int start = p;
            p = parseByBytes(b, p, end, f);
            if (p < 0) {
                p = tokenEnd(b, start, end);
                String problem = parseSlow(b, start, p, f);
                if (problem != null) {
                    return problem;
                }
            }
        }
        int extra = countTokens(b, p, end);
        if (extra > 0) {
            return "expected " + SwfField.COUNT + " fields, found " + (SwfField.COUNT + extra);
        }
        return null;
    }

    static boolean isSpace(byte c) {
        return (c & 0xFF) <= ' ';
    }

    /** A 0x80 in each byte above 0x20; exact for every byte, non-ASCII ones included. */
    private static long nonSpaceBytes(long w) {
        // Clearing the top bits first keeps the addition from carrying into the next byte.
        return (((w & ~HIGH_BITS) + ONES * (0x7F - 0x20)) | w) & HIGH_BITS;
    }

    private static int skipSpaceByWords(byte[] b, int p, int end) {
        while (p < end) {
            long nonSpace = nonSpaceBytes((long) LONGS.get(b, p));
            if (nonSpace != 0) {
                return p + (Long.numberOfTrailingZeros(nonSpace) >>> 3);
            }
            p += Long.BYTES;
        }
        return p; // may overshoot end, which the caller reads as "no more fields"
    }

    /**
     * Parses {@code [-]d{1,8}} at p into field f; returns the position after it, or p when the
     * token is anything else.
     */
    private int parseShortIntegerByWords(byte[] b, int p, int end, int f) {
        boolean negative = b[p] == '-';
        int digitsAt = negative ? p + 1 : p;
        long w = (long) LONGS.get(b, digitsAt);
        long space = ~nonSpaceBytes(w) & HIGH_BITS;
        if (space == 0) {
            return p; // eight or more non-space bytes
        }
        int length = Math.min(Long.numberOfTrailingZeros(space) >>> 3, end - digitsAt);
        if (length <= 0) {
            return p;
        }
        // Move the digits to the top bytes and fill the bottom with '0's, i.e. leading zeros.
        int shift = (Long.BYTES - length) * Byte.SIZE;
        long digits = (w << shift) | (shift == 0 ? 0 : ASCII_ZEROS >>> (Long.SIZE - shift));
        if (((digits & 0xF0F0F0F0F0F0F0F0L) | (((digits + 0x0606060606060606L) & 0xF0F0F0F0F0F0F0F0L) >>> 4))
                != (ASCII_ZEROS | (ASCII_ZEROS >>> 4))) {
            return p; // not all digits: a decimal point, a letter...
        }
        long value = eightDigits(digits - ASCII_ZEROS);
        if (negative) {
            value = -value;
        }
        if (IS_TIME[f]) {
            times[f] = value == 0 && negative ? -0.0 : value;
        } else {
            integers[f] = value; // eight digits fit an int
        }
        return digitsAt + length;
    }

    /** Eight digit values, most significant in the lowest byte, to their number. */
    private static long eightDigits(long d) {
        d = d * 10 + (d >>> 8);
        return (((d & 0x000000FF000000FFL) * (100 + (1000000L << 32)))
                + (((d >>> 16) & 0x000000FF000000FFL) * (1 + (10000L << 32)))) >>> 32;
    }

    /**
     * The plain path: {@code [-]digits[.digits]} with at most 18 digits and the fraction only in
     * time fields; returns the position after the token, or -1 for anything else.
     */
    private int parseByBytes(byte[] b, int p, int end, int f) {
        boolean negative = b[p] == '-';
        if (negative) {
            p++;
        }
        long mantissa = 0;
        int digitsStart = p;
        while (p < end) {
            int d = b[p] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            mantissa = mantissa * 10 + d;
            p++;
        }
        int fractionDigits = 0;
        if (IS_TIME[f] && p < end && b[p] == '.' && p > digitsStart) {
            int fractionStart = ++p;
            while (p < end) {
                int d = b[p] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                mantissa = mantissa * 10 + d;
                p++;
            }
            fractionDigits = p - fractionStart;
        }
        int digits = p - digitsStart - (fractionDigits > 0 ? 1 : 0);
        if (digits <= 0 || digits > 18 || (p < end && !isSpace(b[p]))) {
            return -1;
        }
        if (IS_TIME[f]) {
            double v;
            if (fractionDigits == 0) {
                v = mantissa; // long-to-double rounds to nearest
            } else if (mantissa <= AsciiNumbers.EXACT_MANTISSA) {
                v = mantissa / AsciiNumbers.POW10[fractionDigits]; // exact operands, one rounding
            } else {
                return -1;
            }
            times[f] = negative ? -v : v;
        } else {
            long v = negative ? -mantissa : mantissa;
            if (IS_INT[f] && (int) v != v) {
                return -1;
            }
            integers[f] = v;
        }
        return p;
    }

    /** Parses an unusual token with {@link AsciiNumbers}; returns null or what is wrong. */
    private String parseSlow(byte[] b, int start, int end, int f) {
        SwfField field = SwfField.ALL[f];
        try {
            if (field.kind == SwfField.Kind.TIME) {
                times[f] = AsciiNumbers.parseDecimal(b, start, end);
            } else {
                long v = AsciiNumbers.parseInteger(b, start, end);
                if (field.kind == SwfField.Kind.INT && (int) v != v) {
                    throw new NumberFormatException(AsciiNumbers.OUT_OF_RANGE);
                }
                integers[f] = v;
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

    private static int countTokens(byte[] b, int p, int end) {
        int count = 0;
        while (true) {
            while (p < end && isSpace(b[p])) {
                p++;
            }
            if (p >= end) {
                return count;
            }
            count++;
            p = tokenEnd(b, p, end);
        }
    }
}
