package org.hpcsim.reports;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A reusable byte buffer for building ASCII text lines (CSV rows) without a String per number
 * or a character encoder: the text outputs of a million-job run stay a small part of its time.
 */
final class AsciiLine {
    private static final long NANOS = 1_000_000_000L;

    private final byte[] digits = new byte[20];
    private byte[] buf = new byte[256];
    private int len;

    void clear() {
        len = 0;
    }

    AsciiLine append(char c) {
        ensure(1);
        buf[len++] = (byte) c;
        return this;
    }

    AsciiLine append(String ascii) {
        ensure(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            buf[len++] = (byte) ascii.charAt(i);
        }
        return this;
    }

    AsciiLine append(long v) {
        if (v == Long.MIN_VALUE) {
            return append(Long.toString(v));
        }
        ensure(20);
        if (v < 0) {
            buf[len++] = '-';
            v = -v;
        }
        int n = 0;
        do {
            digits[n++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        while (n > 0) {
            buf[len++] = digits[--n];
        }
        return this;
    }

    /** Appends nanoseconds as exact seconds without trailing zeros: "12", "12.5", "0.000000001". */
    AsciiLine appendSeconds(long nanos) {
        if (nanos == Long.MIN_VALUE) {
            // -nanos would overflow; this one value is written the slow way.
            return append(java.math.BigDecimal.valueOf(nanos, 9).toPlainString());
        }
        if (nanos < 0) {
            append('-');
            nanos = -nanos;
        }
        append(nanos / NANOS);
        long frac = nanos % NANOS;
        if (frac != 0) {
            ensure(10);
            buf[len++] = '.';
            int width = 9;
            while (frac % 10 == 0) {
                frac /= 10;
                width--;
            }
            for (int i = width - 1; i >= 0; i--) {
                buf[len + i] = (byte) ('0' + frac % 10);
                frac /= 10;
            }
            len += width;
        }
        return this;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, len);
    }

    /** The line as a String (for tests and messages). */
    @Override
    public String toString() {
        return new String(buf, 0, len, java.nio.charset.StandardCharsets.US_ASCII);
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
