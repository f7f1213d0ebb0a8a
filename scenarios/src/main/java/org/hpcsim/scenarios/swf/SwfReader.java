package org.hpcsim.scenarios.swf;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Streams the job lines of an SWF trace, plain or gzip-compressed, in constant memory.
 *
 * <p>Use it as a cursor: {@link #next()} parses the next job line into primitive fields, read back
 * through the accessors ({@link #submitTime()}, {@link #runTime()}...) without allocating, or as
 * an {@link SwfRecord} through {@link #current()}. Every well-formed job line is returned; deciding
 * which jobs a simulator can replay is {@link SwfJobFilter}'s business.
 *
 * <p>The header is the run of comment ({@code ;}) and blank lines before the first job line, read
 * when the reader opens. Comment lines after the first job are skipped and do not change the
 * header: SWF puts its header at the top, and a stray comment later is no reason to fail a replay.
 * Fields are separated by any mix of spaces, tabs and other ASCII control bytes, leading and
 * trailing whitespace is allowed, and a line may end in LF or CRLF. A malformed job line throws
 * {@link SwfFormatException}; the caller may catch it and call {@link #next()} again to go on.
 *
 * <p>The field accessors describe the job of the last {@link #next()} that returned true. Memory
 * stays constant: one 64 KiB buffer, grown only for a line longer than that (up to 1 MiB).
 */
public final class SwfReader implements AutoCloseable {
    static final int DEFAULT_BUFFER_BYTES = 64 * 1024;
    /** No SWF line comes near this; past it the input is surely not SWF, and memory stays bounded. */
    static final int MAX_LINE_BYTES = 1024 * 1024;

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final InputStream in;
    private final String sourceName;
    private final SwfHeader header;

    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private int lineStart;
    private int lineEnd;
    private long lineNumber;
    private long recordLineNumber;
    private boolean firstJobLinePending;
    private boolean hasCurrent;

    private final SwfLineParser parser = new SwfLineParser();
    private final long[] integers = parser.integers;
    private final double[] times = parser.times;

    private SwfReader(InputStream in, String sourceName, int bufferBytes) throws IOException {
        this.in = in;
        this.sourceName = sourceName;
        this.buf = new byte[bufferBytes];
        this.header = readHeader();
    }

    /**
     * Opens a trace file, decompressing it when it starts with the gzip magic bytes whatever its
     * name; errors name the file as {@code file.toString()}.
     */
    public static SwfReader open(Path file) throws IOException {
        return open(Files.newInputStream(file), file.toString());
    }

    /**
     * Reads a trace from a stream (gzip detected as for files), naming it {@code sourceName} in
     * errors; the reader owns the stream and closes it.
     */
    public static SwfReader open(InputStream in, String sourceName) throws IOException {
        return open(in, sourceName, DEFAULT_BUFFER_BYTES);
    }

    /** As {@link #open(InputStream, String)}, with a chosen starting buffer so tests can cut lines. */
    static SwfReader open(InputStream in, String sourceName, int bufferBytes) throws IOException {
        Objects.requireNonNull(sourceName, "sourceName");
        if (bufferBytes < 1) {
            in.close();
            throw new IllegalArgumentException("buffer must hold at least one byte: " + bufferBytes);
        }
        try {
            return new SwfReader(decompressIfGzip(in), sourceName, bufferBytes);
        } catch (IOException | RuntimeException e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static InputStream decompressIfGzip(InputStream in) throws IOException {
        PushbackInputStream peek = new PushbackInputStream(in, 2);
        byte[] magic = new byte[2];
        int n = 0;
        while (n < 2) {
            int r = peek.read(magic, n, 2 - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        peek.unread(magic, 0, n);
        if (n == 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B) {
            return new GZIPInputStream(peek, DEFAULT_BUFFER_BYTES);
        }
        return peek;
    }

    private SwfHeader readHeader() throws IOException {
        SwfHeaderParser headerParser = new SwfHeaderParser();
        while (nextLine()) {
            if (lineNumber == 1) {
                skipByteOrderMark();
            }
            int p = skipSpace(lineStart, lineEnd);
            if (p == lineEnd) {
                headerParser.blankLine();
            } else if (buf[p] == ';') {
                headerParser.comment(buf, p + 1, lineEnd);
            } else {
                // The line stays in the buffer untouched until the next nextLine(), which next() skips.
                firstJobLinePending = true;
                break;
            }
        }
        return headerParser.build();
    }

    /** Files saved by some Windows editors start with a UTF-8 byte order mark, which is no text. */
    private void skipByteOrderMark() {
        if (lineEnd - lineStart >= 3 && buf[lineStart] == (byte) 0xEF && buf[lineStart + 1] == (byte) 0xBB
                && buf[lineStart + 2] == (byte) 0xBF) {
            lineStart += 3;
        }
    }

    /** The header comments read before the first job line. */
    public SwfHeader header() {
        return header;
    }

    /** The name this reader puts in front of its error messages. */
    public String sourceName() {
        return sourceName;
    }

    /**
     * Advances to the next job line, skipping comment and blank lines; false at the end of the
     * input.
     *
     * @throws SwfFormatException if the job line is malformed
     */
    public boolean next() throws IOException {
        hasCurrent = false;
        if (firstJobLinePending) {
            firstJobLinePending = false;
            parseJobLine(skipSpace(lineStart, lineEnd));
            return true;
        }
        while (nextLine()) {
            int p = skipSpace(lineStart, lineEnd);
            if (p < lineEnd && buf[p] != ';') {
                parseJobLine(p);
                return true;
            }
        }
        return false;
    }

    /** The current job as a record; allocates, so hot loops should use the field accessors. */
    public SwfRecord current() {
        requireCurrent();
        return new SwfRecord(
                integers[0], times[1], times[2], times[3], (int) integers[4], times[5], integers[6],
                (int) integers[7], times[8], integers[9], (int) integers[10], (int) integers[11],
                (int) integers[12], (int) integers[13], (int) integers[14], (int) integers[15],
                integers[16], times[17]);
    }

    /** The 1-based physical line number of the current job. */
    public long lineNumber() {
        requireCurrent();
        return recordLineNumber;
    }

    /** Field 1 of the current job. */
    public long jobNumber() {
        return integers[0];
    }

    /** Field 2 of the current job, seconds. */
    public double submitTime() {
        return times[1];
    }

    /** Field 3 of the current job, seconds. */
    public double waitTime() {
        return times[2];
    }

    /** Field 4 of the current job, seconds. */
    public double runTime() {
        return times[3];
    }

    /** Field 5 of the current job. */
    public int allocatedProcessors() {
        return (int) integers[4];
    }

    /** Field 6 of the current job, seconds. */
    public double averageCpuTime() {
        return times[5];
    }

    /** Field 7 of the current job, KB per processor. */
    public long usedMemory() {
        return integers[6];
    }

    /** Field 8 of the current job. */
    public int requestedProcessors() {
        return (int) integers[7];
    }

    /** Field 9 of the current job, seconds. */
    public double requestedTime() {
        return times[8];
    }

    /** Field 10 of the current job, KB per processor. */
    public long requestedMemory() {
        return integers[9];
    }

    /** Field 11 of the current job. */
    public int status() {
        return (int) integers[10];
    }

    /** Field 12 of the current job. */
    public int userId() {
        return (int) integers[11];
    }

    /** Field 13 of the current job. */
    public int groupId() {
        return (int) integers[12];
    }

    /** Field 14 of the current job. */
    public int executableId() {
        return (int) integers[13];
    }

    /** Field 15 of the current job. */
    public int queueId() {
        return (int) integers[14];
    }

    /** Field 16 of the current job. */
    public int partitionId() {
        return (int) integers[15];
    }

    /** Field 17 of the current job. */
    public long precedingJob() {
        return integers[16];
    }

    /** Field 18 of the current job, seconds. */
    public double thinkTime() {
        return times[17];
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void requireCurrent() {
        if (!hasCurrent) {
            throw new IllegalStateException("no current job: call next() and check it returned true");
        }
    }

    private void parseJobLine(int p) {
        String problem = parser.parse(buf, p, lineEnd);
        if (problem != null) {
            throw error(problem);
        }
        recordLineNumber = lineNumber;
        hasCurrent = true;
    }

    private SwfFormatException error(String problem) {
        return new SwfFormatException(sourceName, lineNumber, problem);
    }

    private int skipSpace(int p, int end) {
        while (p < end && SwfLineParser.isSpace(buf[p])) {
            p++;
        }
        return p;
    }

    /** Frames the next physical line as [lineStart, lineEnd) without its LF; false at the end. */
    private boolean nextLine() throws IOException {
        int scan = pos;
        while (true) {
            int nl = indexOfNewline(buf, scan, limit);
            if (nl >= 0) {
                lineStart = pos;
                lineEnd = nl;
                pos = nl + 1;
                lineNumber++;
                return true;
            }
            if (eof) {
                if (pos < limit) { // a last line without a newline
                    lineStart = pos;
                    lineEnd = limit;
                    pos = limit;
                    lineNumber++;
                    return true;
                }
                return false;
            }
            int scanned = limit - pos;
            fill();
            scan = scanned;
        }
    }

    /** Finds the first LF in [from, to), eight bytes per step, or returns -1. */
    private static int indexOfNewline(byte[] b, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            // A zero byte of word ^ 0x0A.. marks a LF; the lowest marked byte is always exact.
            long x = (long) LONGS.get(b, i) ^ 0x0A0A0A0A0A0A0A0AL;
            long found = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Moves the unread tail to the front and reads more, growing the buffer for a long line. */
    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= MAX_LINE_BYTES) {
                throw new SwfFormatException(sourceName, lineNumber + 1,
                        "line is longer than " + MAX_LINE_BYTES + " bytes");
            }
            byte[] bigger = new byte[Math.min(MAX_LINE_BYTES, buf.length * 2)];
            System.arraycopy(buf, 0, bigger, 0, limit);
            buf = bigger;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }
}
