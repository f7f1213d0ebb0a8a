package org.hpcsim.scenarios.jobscsv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.hpcsim.models.workload.ArrayTaskIds;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobDependency;
import org.hpcsim.models.workload.SubmitOptions;
import org.hpcsim.scenarios.trace.ReadReport;
import org.hpcsim.scenarios.trace.TraceFiles;
import org.hpcsim.scenarios.trace.TraceSource;

/**
 * Streams the jobs of an hpcsim {@code jobs.csv} (UTF-8, RFC 4180, plain or gzip) so a simulated
 * run can be replayed: each row's {@code submit_s}, {@code run_s} and {@code requested_s} become
 * the job's submit, run and requested times, to the nanosecond. A job killed at its limit
 * ({@code killed} = 1) has its capped run time as {@code run_s}, so a replay runs it for that long
 * and ends it at the same limit again.
 *
 * <p>Columns are found by header name in any order: {@code job_id}, {@code submit_s},
 * {@code run_s} and {@code processors} are required; {@code requested_s} (else the run time, an
 * adjustment), {@code nodes}, {@code gpus} (else 0), {@code killed} (history status TIMEOUT for 1,
 * COMPLETED for 0, else UNKNOWN), {@code wait_s} or {@code start_s} (history wait) and the labels
 * {@code user}, {@code group}, {@code account}, {@code partition}, {@code queue}, {@code qos},
 * {@code name} (else "") and the sbatch resource options {@code constraint} ({@code --constraint},
 * e.g. {@code a100&ib}), {@code gpu_type} ({@code --gres=gpu:TYPE:N}), {@code gpus_per_node},
 * {@code tasks_per_node} ({@code --ntasks-per-node}), {@code mem_mb} ({@code --mem} in MB per
 * node), {@code mem_per_cpu_mb} ({@code --mem-per-cpu} in MB, not with {@code mem_mb}),
 * {@code exclusive} (1 for {@code --exclusive}, 0 or empty for none) and {@code cpus_per_task}
 * ({@code --cpus-per-task}; {@code processors} must then be a multiple of it) and {@code cpus_per_gpu}
 * ({@code --cpus-per-gpu}, not with {@code cpus_per_task}) (else none) are optional; other columns are ignored, and an empty optional cell counts
 * as absent. Rows come in completion order, not submit order. Anything malformed throws
 * {@link JobsCsvFormatException}; no row is dropped.
 *
 * <p>Two optional columns carry sbatch's links: {@code dependency} in {@code --dependency} syntax
 * (see {@link SbatchDependency}) and {@code array} in {@code --array} syntax (see
 * {@link SbatchArray}). A row with an array stands for all its tasks, each a job of its own
 * (see {@link ArrayTaskIds}) with the row's times and size; a {@code job_id} of the form
 * {@code 123_4} is one task, as a run's jobs.csv writes it.
 */
public final class JobsCsvReader implements TraceSource {
    private static final int BUFFER_BYTES = 64 * 1024;
    /** The adjustment counted for a dependency on a job not listed before the row. */
    static final String UNLISTED_DEPENDENCY = "dependency on a job not listed before it, lifted (Slurm lifts one on a"
            + " job it does not know)";

    private final BufferedReader in;
    private final CsvRecords records;
    private final ReadReport report = new ReadReport();
    private final JobsCsvRowMapper mapper;
    private final String sourceName;
    private final boolean completionOrder;
    /**
     * Ids listed so far (jobs, arrays and their tasks), kept only for a file with a dependency
     * column in submit order, to count dependencies on jobs not listed before: the run lifts them.
     */
    private final Set<Long> listed;
    private boolean closed;
    /** The row whose array tasks are being handed out, and the next task's position in it. */
    private Job arrayRow;
    private int[] arrayIndexes;
    private int nextTask;
    private int arrayThrottle;

    private JobsCsvReader(BufferedReader in, String sourceName) throws IOException {
        this.in = in;
        this.sourceName = sourceName;
        this.records = new CsvRecords(in, sourceName);
        if (!records.next()) {
            throw new JobsCsvFormatException(sourceName, 1, "empty file: expected a header row");
        }
        JobsCsvColumns columns = JobsCsvColumns.of(records.fields(), records);
        this.mapper = new JobsCsvRowMapper(columns, records, report);
        // A run's jobs.csv (it has start or wait times) lists jobs as they ended.
        this.completionOrder = columns.start >= 0 || columns.wait >= 0;
        this.listed = columns.dependency >= 0 && !completionOrder ? new HashSet<>() : null;
    }

    /** Opens a file and reads its header; fails at once when it cannot be read or lacks a column. */
    public static JobsCsvReader open(Path file) throws IOException {
        BufferedReader in = TraceFiles.openText(file);
        try {
            return new JobsCsvReader(in, file.toString());
        } catch (IOException | RuntimeException e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * The next job, or null at the end of the file.
     *
     * @throws JobsCsvFormatException on a malformed row
     * @throws UncheckedIOException   when the file cannot be read
     */
    @Override
    public Job next() {
        if (closed) {
            return null;
        }
        if (arrayRow != null) {
            return nextTask();
        }
        try {
            if (!records.next()) {
                return null;
            }
            Job job = mapper.map();
            checkListed(job);
            if (mapper.array == null) {
                return listed(job);
            }
            arrayRow = job;
            arrayIndexes = mapper.array.indexes();
            nextTask = 0;
            arrayThrottle = mapper.array.maxRunning();
            report.accept(arrayIndexes.length - 1); // each task is a job read
            return nextTask();
        } catch (IOException e) {
            throw new UncheckedIOException(sourceName + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Counts the job's dependencies on jobs not listed before it. */
    private void checkListed(Job job) {
        if (listed == null) {
            return;
        }
        for (JobDependency d : job.options().links().dependencies()) {
            if (d.namesJob() && !listed.contains(d.jobId())) {
                report.adjust(UNLISTED_DEPENDENCY);
            }
        }
        if (mapper.array != null) {
            listed.add(job.id()); // the array's own id names all its tasks
        }
    }

    private Job listed(Job job) {
        if (listed != null) {
            listed.add(job.id());
            if (job.options().links().inArray()) {
                listed.add(job.options().links().arrayJobId());
            }
        }
        return job;
    }

    /** Task {@code nextTask} of the array row, as a job of its own; the row is done after its last. */
    private Job nextTask() {
        Job r = arrayRow;
        int index = arrayIndexes[nextTask++];
        if (nextTask == arrayIndexes.length) {
            arrayRow = null;
        }
        SubmitOptions o = r.options();
        return listed(new Job(ArrayTaskIds.of(r.id(), index), r.submitTime(), r.runTime(), r.requestedTime(),
                r.processors(), r.nodes(), r.gpus(), r.labels(), r.history(), -1, -1,
                new SubmitOptions(o.resources(), o.links().asTask(r.id(), index, arrayThrottle))));
    }

    /**
     * True for a run's jobs.csv (one with {@code start_s} or {@code wait_s}): its rows are in
     * completion order, so jobs submitted at the same instant are replayed in job-id order, the
     * order in which traces and generators number them.
     */
    @Override
    public boolean submitTiesInIdOrder() {
        return completionOrder;
    }

    /** Rows read so far, and the adjustments made to them. */
    @Override
    public ReadReport report() {
        return report;
    }

    /** Closes the file; later calls to {@link #next()} return null. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(sourceName + ": cannot close: " + e.getMessage(), e);
        }
    }
}
