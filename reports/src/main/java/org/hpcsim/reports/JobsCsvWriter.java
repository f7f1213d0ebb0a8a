package org.hpcsim.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.hpcsim.models.cloud.CostCollector;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import java.util.IdentityHashMap;
import java.util.Map;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.scenarios.trace.AsciiLine;
import org.hpcsim.scenarios.trace.JobCsvColumns;

/**
 * Streams one row per job to {@code jobs.csv} as jobs end (so memory stays flat on any trace),
 * into a temporary file that becomes {@code jobs.csv} only on {@link #commit()}. Rows are
 * formatted and written on a thread of their own, in completion order. Times are seconds from the
 * start of the simulation clock. When some job asked for sbatch resource options, every row also
 * gets the {@link JobOptionColumns}; otherwise the file is what it was before they existed.
 */
public final class JobsCsvWriter implements RunObserver, AutoCloseable {
    /** The header row; the columns are documented in README. */
    public static final String HEADER = "job_id,submit_s,start_s,end_s,wait_s,run_s,requested_s,processors,nodes,gpus,"
            + "units,cores,killed,cost_usd," + JobCsvColumns.LABELS_HEADER;

    private final Path dir;
    private final AtomicFile file;
    private final AtomicFile sideFile;
    private final JobOptionColumns options;
    // Readers share one JobLabels instance per distinct set of labels, so their encoded columns
    // are worth keeping: a million rows need only as many encodings as there are distinct sets.
    private final Map<JobLabels, byte[]> encodedLabels = new IdentityHashMap<>();
    private final AsciiLine scratch = new AsciiLine();
    private final AsciiLine line = new AsciiLine();
    private final WriterThread<JobOutcome> rows;
    private volatile CostCollector cost;

    /** Opens {@code jobs.csv} in {@code dir} for writing. */
    public JobsCsvWriter(Path dir) {
        this.dir = dir;
        this.file = AtomicFile.open(dir.resolve("jobs.csv"));
        this.sideFile = AtomicFile.open(dir.resolve("jobs.csv.options"));
        this.options = new JobOptionColumns(sideFile.stream());
        line.append(HEADER).append('\n');
        try {
            line.writeTo(file.stream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write jobs.csv: " + e.getMessage(), e);
        }
        this.rows = new WriterThread<>("hpcsim-write-jobs", this::writeRow);
    }

    @Override
    public void jobFinished(JobOutcome o) {
        rows.add(o);
    }

    // On the writer thread: the line buffer and the label cache belong to it alone.
    private void writeRow(JobOutcome o) throws IOException {
        Job j = o.job();
        AsciiLine l = line;
        l.clear();
        JobCsvColumns.appendJobId(l, j).append(',')
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
        if (cost != null) {
            l.appendFixed(cost.costOf(o), 6);
        }
        l.append(',');
        l.appendBytes(labelBytes(j.labels())).append('\n');
        l.writeTo(file.stream());
        options.add(l.length(), j.options().resources());
    }

    private byte[] labelBytes(JobLabels labels) {
        byte[] bytes = encodedLabels.get(labels);
        if (bytes == null) {
            if (encodedLabels.size() == 1 << 16) {
                encodedLabels.clear();
            }
            scratch.clear();
            bytes = JobCsvColumns.appendLabels(scratch, labels).toBytes();
            encodedLabels.put(labels, bytes);
        }
        return bytes;
    }

    /** Prices each row's cost_usd with {@code costs} (left empty without); set before the run starts. */
    public void priceWith(CostCollector costs) {
        this.cost = costs;
    }

    /** Writes the last rows and makes the file visible as {@code jobs.csv}. */
    public void commit() {
        try {
            rows.finish();
            options.finish();
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot write jobs.csv: " + e.getMessage(), e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write jobs.csv: " + e.getMessage(), e);
        }
        if (!options.any()) {
            sideFile.close();
            file.commit();
            return;
        }
        try (AtomicFile merged = AtomicFile.open(dir.resolve("jobs.csv"));
             java.io.InputStream rowsIn = file.reopen();
             java.io.InputStream sideIn = sideFile.reopen()) {
            options.merge(HEADER, rowsIn, sideIn, merged.stream());
            merged.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write jobs.csv: " + e.getMessage(), e);
        } finally {
            file.close();
            sideFile.close();
        }
    }

    /** Discards the file unless it was committed. */
    @Override
    public void close() {
        rows.close();
        file.close();
        sideFile.close();
    }
}
