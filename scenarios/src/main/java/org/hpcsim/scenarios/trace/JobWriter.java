package org.hpcsim.scenarios.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.hpcsim.models.workload.Job;
import org.hpcsim.scenarios.swf.SwfWriter;

/** Writes a list of jobs to a file in one of the formats hpcsim reads back (SWF or CSV). */
public interface JobWriter extends AutoCloseable {
    /** Appends one job. */
    void write(Job job) throws IOException;

    @Override
    void close() throws IOException;

    /**
     * A writer of {@code format} ("swf" or "csv") on {@code out}; an SWF header names the machine
     * when {@code nodes} and {@code processors} are positive.
     */
    static JobWriter open(String format, OutputStream out, String note, long nodes, long processors)
            throws IOException {
        return open(format, out, note, nodes, processors, false);
    }

    /**
     * As above; with {@code epochTimes}, the jobs' times are seconds since 1970 (sacct, PBS), and an
     * SWF file counts them from the first job, giving its time as UnixStartTime.
     */
    static JobWriter open(String format, OutputStream out, String note, long nodes, long processors, boolean epochTimes)
            throws IOException {
        switch (format.toLowerCase(Locale.ROOT)) {
            case "swf":
                return new SwfWriter(out, note, nodes, processors, epochTimes);
            case "csv":
                return new TraceCsvWriter(out);
            default:
                throw new IllegalArgumentException("unknown output format '" + format + "' (allowed: swf, csv)");
        }
    }

    /** The output format a file name implies: "csv" for .csv, else "swf". */
    static String formatOf(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? "csv" : "swf";
    }
}
