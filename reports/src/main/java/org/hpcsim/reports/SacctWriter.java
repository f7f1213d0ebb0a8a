package org.hpcsim.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.scenarios.trace.AsciiLine;

/**
 * Writes {@code sacct.txt}, the run's jobs as {@code sacct --parsable2} lists them (see
 * {@link SacctRow}), in job-id order: slurmdbd's job query ends "order by id_job, time_submit
 * desc" and sacct lists a job's records by growing submit time (SchedMD/slurm,
 * as_mysql_jobacct_process.c). Rows are formatted on a thread of their own as jobs end and
 * sorted in bounded memory ({@link IdOrderedRows}); the file appears only on {@link #commit()}.
 */
public final class SacctWriter implements RunObserver, AutoCloseable {
    /** The file's name in the output folder. */
    public static final String FILE = "sacct.txt";

    private final Path dir;
    private final SacctRow format;
    private final IdOrderedRows rows;
    private final AsciiLine line = new AsciiLine();
    private final WriterThread<JobOutcome> writer;

    /** Writes {@code sacct.txt} into {@code dir}, simulation time 0 being Unix time {@code unixStartTime} (s). */
    public SacctWriter(Path dir, long unixStartTime) {
        this(dir, unixStartTime, IdOrderedRows.RUN_ROWS);
    }

    /** As above, spilling a sorted run to disk every {@code runRows} rows. */
    SacctWriter(Path dir, long unixStartTime, int runRows) {
        this.dir = dir;
        this.format = new SacctRow(unixStartTime);
        this.rows = new IdOrderedRows(dir, FILE, runRows);
        this.writer = new WriterThread<>("hpcsim-write-sacct", this::writeRow);
    }

    @Override
    public void jobFinished(JobOutcome o) {
        writer.add(o);
    }

    // On the writer thread: the line buffer and the rows belong to it until commit joins it.
    private void writeRow(JobOutcome o) throws IOException {
        line.clear();
        rows.add(o.job().id(), o.job().submitTime(), format.append(o, line).toBytes());
    }

    /** Sorts the rows into {@code sacct.txt} and makes it visible. */
    public void commit() {
        try {
            writer.finish();
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot write " + FILE + ": " + e.getMessage(), e.getCause());
        }
        try (AtomicFile file = AtomicFile.open(dir.resolve(FILE))) {
            file.stream().write((SacctRow.HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
            rows.writeTo(file.stream());
            file.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE + ": " + e.getMessage(), e);
        } finally {
            rows.close();
        }
    }

    /** Discards the rows and any spilled runs unless committed. */
    @Override
    public void close() {
        writer.close();
        rows.close();
    }
}
