package org.hpcsim.scenarios.trace;

import java.io.IOException;
import java.io.OutputStream;
import org.hpcsim.models.workload.Job;

/**
 * Writes a list of jobs (not a run's outcomes) as CSV with the columns hpcsim's jobs.csv reader
 * understands: times in exact seconds, then sizes, then the labels.
 */
public final class TraceCsvWriter implements JobWriter {
    /** The header row. */
    public static final String HEADER = "job_id,submit_s,run_s,requested_s,processors,nodes,gpus,"
            + JobCsvColumns.LABELS_HEADER;

    private final OutputStream out;
    private final AsciiLine line = new AsciiLine();

    /** Starts the file with its header. */
    public TraceCsvWriter(OutputStream out) throws IOException {
        this.out = out;
        line.append(HEADER).append('\n').writeTo(out);
    }

    @Override
    public void write(Job j) throws IOException {
        AsciiLine l = line;
        l.clear();
        JobCsvColumns.appendJobId(l, j).append(',')
                .appendSeconds(j.submitTime()).append(',')
                .appendSeconds(j.runTime()).append(',')
                .appendSeconds(j.requestedTime()).append(',')
                .append(j.processors()).append(',')
                .append(j.nodes()).append(',')
                .append(j.gpus()).append(',');
        JobCsvColumns.appendLabels(l, j.labels()).append('\n').writeTo(out);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
