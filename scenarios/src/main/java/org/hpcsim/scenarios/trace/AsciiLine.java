package org.hpcsim.scenarios.trace;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A reusable byte buffer for building text lines (CSV rows, SWF lines) without a String per
 * number or a character encoder in the common case: the text outputs of a million-job run stay a
 * small part of its time. Numbers and plain text are ASCII; {@link #appendCsvField} writes any
 * text as UTF-8, quoted as RFC 4180 asks when it holds a comma, quote or line break.
 */
public final class AsciiLine {
    private static final long NANOS = 1_000_000_000L;

    private final byte[] digits = new byte[20];
    private byte[] buf = new byte[256];
    private int len;

    /** Bytes in the line. */
    public int length() {
        return len;
    }

    /** Empties the line for reuse. */
    public void clear() {
        len = 0;
    }

    /** Appends an ASCII character. */
    public AsciiLine append(char c) {
        ensure(1);
        buf[len++] = (byte) c;
        return this;
    }

    /** Appends text known to be ASCII. */
    public AsciiLine append(String ascii) {
        ensure(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            buf[len++] = (byte) ascii.charAt(i);
        }
        return this;
    }

    /** Appends a whole number in decimal. */
    public AsciiLine append(long v) {
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

    /**
     * Appends a double in its shortest exact decimal form ({@link Double#toString}), without the
     * ".0" of a whole number, which is then written as an integer.
     */
    public AsciiLine appendDecimal(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return append((long) v);
        }
        return append(Double.toString(v));
    }

    /**
     * Appends a value rounded to {@code decimals} (at most 9) places, without trailing zeros:
     * much cheaper than {@link #appendDecimal} for the many averages of a time series.
     */
    public AsciiLine appendFixed(double v, int decimals) {
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        double scaled = Math.rint(v * scale);
        if (!(Math.abs(scaled) < 9e18)) {
            return appendDecimal(v);
        }
        long units = (long) scaled;
        if (units < 0) {
            append('-');
            units = -units;
        }
        append(units / scale);
        long frac = units % scale;
        if (frac != 0) {
            int width = decimals;
            while (frac % 10 == 0) {
                frac /= 10;
                width--;
            }
            ensure(width + 1);
            buf[len++] = '.';
            for (int i = width - 1; i >= 0; i--) {
                buf[len + i] = (byte) ('0' + frac % 10);
                frac /= 10;
            }
            len += width;
        }
        return this;
    }

    /** Appends raw bytes (text already encoded). */
    public AsciiLine appendBytes(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
        return this;
    }

    /** The bytes of the line so far (a copy). */
    public byte[] toBytes() {
        return java.util.Arrays.copyOf(buf, len);
    }

    /** Appends nanoseconds as exact seconds without trailing zeros: "12", "12.5", "0.000000001". */
    public AsciiLine appendSeconds(long nanos) {
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

    /** Writes the line's bytes. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, len);
    }

    /**
     * Appends one CSV field: as it is when it is plain ASCII without a comma, quote or line break;
     * otherwise in double quotes with inner quotes doubled, as UTF-8.
     */
    public AsciiLine appendCsvField(String text) {
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            char c = text.charAt(i);
            plain = c >= 0x20 && c < 0x7F && c != ',' && c != '"';
        }
        if (plain) {
            return append(text);
        }
        String quoted = '"' + text.replace("\"", "\"\"") + '"';
        byte[] utf8 = quoted.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, buf, len, utf8.length);
        len += utf8.length;
        return this;
    }

    /** The line as a String (for tests and messages). */
    @Override
    public String toString() {
        return new String(buf, 0, len, java.nio.charset.StandardCharsets.UTF_8);
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
