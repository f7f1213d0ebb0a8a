package org.hpcsim.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.models.workload.Job;
import org.hpcsim.scenarios.trace.AsciiLine;
import org.hpcsim.scenarios.trace.JobCsvColumns;

/**
 * Streams one row per job to {@code jobs.csv} as jobs end (so memory stays flat on any trace),
 * into a temporary file that becomes {@code jobs.csv} only on {@link #commit()}. Times are seconds
 * from the start of the simulation clock.
 */
public final class JobsCsvWriter implements RunObserver, AutoCloseable {
    /** The header row; the columns are documented in README. */
    public static final String HEADER = "job_id,submit_s,start_s,end_s,wait_s,run_s,requested_s,processors,nodes,gpus,"
            + "units,cores,killed," + JobCsvColumns.LABELS_HEADER;

    private final AtomicFile file;
    private final AsciiLine line = new AsciiLine();

    /** Opens {@code jobs.csv} in {@code dir} for writing. */
    public JobsCsvWriter(Path dir) {
        this.file = AtomicFile.open(dir.resolve("jobs.csv"));
        line.append(HEADER).append('\n');
        try {
            line.writeTo(file.stream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write jobs.csv: " + e.getMessage(), e);
        }
    }

    @Override
    public void jobFinished(JobOutcome o) {
        Job j = o.job();
        AsciiLine l = line;
        l.clear();
        l.append(j.id()).append(',')
                .appendSeconds(j.submitTime()).append(',')
                .appendSeconds(o.startTime()).append(',')
                .appendSeconds(o.endTime()).append(',')
                .appendSeconds(o.waitTime()).append(',')
                .appendSeconds(o.runTime()).append(',')
                .appendSeconds(j.requestedTime()).append(',')
                .append(j.processors()).append(',')
                .append(j.nodes()).append(',')
                .append(j.gpus()).append(',')
                .append(o.allocatedUnits()).append(',')
                .append(o.allocatedCores()).append(',')
                .append(o.killedAtLimit() ? '1' : '0').append(',');
        JobCsvColumns.appendLabels(l, j.labels()).append('\n');
        try {
            l.writeTo(file.stream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write jobs.csv: " + e.getMessage(), e);
        }
    }

    /** Makes the file visible as {@code jobs.csv}. */
    public void commit() {
        file.commit();
    }

    /** Discards the file unless it was committed. */
    @Override
    public void close() {
        file.close();
    }
}
