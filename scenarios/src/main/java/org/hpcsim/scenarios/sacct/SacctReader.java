package org.hpcsim.scenarios.sacct;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import org.hpcsim.models.workload.Job;
import org.hpcsim.scenarios.trace.LabelCache;
import org.hpcsim.scenarios.trace.ReadReport;
import org.hpcsim.scenarios.trace.TraceFiles;
import org.hpcsim.scenarios.trace.TraceSource;

/**
 * Streams the finished jobs of a Slurm accounting export ({@code sacct --parsable2}, plain or
 * gzip-compressed) as {@link Job}s, one per job, in file order (not necessarily submit order), in
 * constant memory. See the package documentation for how sacct's fields become a job.
 *
 * <p>The first line is the header: '|'-separated field names, in any order and letter case.
 * Required are JobID (or JobIDRaw), Submit, Start, End (or Elapsed) and one of NCPUS, AllocCPUS,
 * AllocTRES and ReqCPUS; other known fields are used when present, unknown ones ignored. A trailing
 * '|' ({@code --parsable} rather than {@code --parsable2}) is accepted, as are blank lines and
 * CRLF line ends. A header without a required column, or a line with another number of fields
 * than the header or a field sacct would not write, throws {@link SacctFormatException}
 * {@code <file>:<line>: <what is wrong>}. sacct does not escape '|', so a job name containing one
 * makes its line malformed.
 */
public final class SacctReader implements TraceSource {
    private final BufferedReader in;
    private final String sourceName;
    private final SacctColumns columns;
    private final SacctLineParser parser;
    private final ReadReport report = new ReadReport(SacctReasons.DROPS.toArray(new String[0]));
    private final LabelCache labels = new LabelCache();
    private final String[] fields;

    private long lineNumber = 1;
    private PendingJob pending;
    private boolean eof;

    /**
     * Reads an export from {@code in}, naming it {@code sourceName} in messages, with time stamps
     * in {@code zone} (the time zone sacct ran in). Reads the header at once; the reader owns
     * {@code in} and closes it.
     *
     * @throws IOException          when the header cannot be read
     * @throws SacctFormatException when the header lacks a required column
     */
    public SacctReader(Reader in, String sourceName, ZoneId zone) throws IOException {
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(zone, "zone");
        this.in = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in, 64 * 1024);
        try {
            String header = this.in.readLine();
            if (header == null) {
                throw new SacctFormatException(sourceName, 1, "empty, no header line (" + SacctColumns.AT_LEAST + ")");
            }
            this.columns = SacctColumns.parse(header, sourceName);
        } catch (IOException | RuntimeException e) {
            try {
                in.close(); // the reader owns its input, also when it cannot start
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        this.parser = new SacctLineParser(columns, new SacctTimes(zone), sourceName);
        this.fields = new String[columns.count];
    }

    /**
     * Opens an export file as UTF-8, decompressing it when it starts with the gzip magic bytes
     * whatever its name; messages name it as {@code file.toString()}.
     *
     * @throws IOException          when the file cannot be read
     * @throws SacctFormatException when its header lacks a required column
     */
    public static SacctReader open(Path file, ZoneId zone) throws IOException {
        // The constructor owns the reader and closes it if the header is rejected.
        return new SacctReader(TraceFiles.openText(file), file.toString(), zone);
    }

    /** The next finished job, or {@code null} at the end of the export. */
    @Override
    public Job next() {
        try {
            while (!eof) {
                String line = in.readLine();
                lineNumber++;
                if (line == null) {
                    eof = true;
                    return finishPending(null);
                }
                if (line.isBlank()) {
                    continue;
                }
                Job done = take(line);
                if (done != null) {
                    return done;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(sourceName + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Handles one line; returns the previous job when this line completes it and it is kept. */
    private Job take(String line) {
        split(line);
        SacctJobId id = parser.id(fields, lineNumber);
        if (id.step()) {
            if (pending != null && pending.key().equals(id.key())) {
                pending.addStep();
            } else {
                report.drop(SacctReasons.STEP_WITHOUT_JOB);
            }
            return null;
        }
        SacctRecord record = parser.record(fields, id, lineNumber);
        if (pending != null && pending.takesComponent(record)) {
            pending.addComponent(record);
            return null;
        }
        return finishPending(new PendingJob(record));
    }

    private Job finishPending(PendingJob next) {
        PendingJob done = pending;
        pending = next;
        return done == null ? null : done.finish(report, labels, columns.end >= 0);
    }

    /** Splits a line at '|' into {@link #fields}, or fails when the count differs from the header's. */
    private void split(String line) {
        int n = 0;
        int from = 0;
        while (true) {
            int bar = line.indexOf('|', from);
            int to = bar < 0 ? line.length() : bar;
            if (n < fields.length) {
                fields[n] = line.substring(from, to);
            }
            n++;
            if (bar < 0) {
                break;
            }
            from = bar + 1;
        }
        if (n != fields.length) {
            throw new SacctFormatException(sourceName, lineNumber,
                    "expected " + fields.length + " fields as in the header, found " + n);
        }
    }

    @Override
    public ReadReport report() {
        return report;
    }

    /** The name messages give the export. */
    public String sourceName() {
        return sourceName;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(sourceName + ": cannot close: " + e.getMessage(), e);
        }
    }
}
