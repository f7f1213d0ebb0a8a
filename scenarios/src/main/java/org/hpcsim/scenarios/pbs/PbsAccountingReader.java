package org.hpcsim.scenarios.pbs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.workload.Job;
import org.hpcsim.scenarios.trace.ReadReport;
import org.hpcsim.scenarios.trace.TraceSource;

/**
 * Streams the jobs of a PBS Pro, OpenPBS or Torque accounting log, one {@code E} (job end) record
 * at a time, from one file or from a directory of daily files read in name order; gzip files are
 * recognised by their magic bytes. Other record types (Q, S, D, A, R...) are skipped uncounted.
 * Records come in end order, not submit order.
 *
 * <p>Each E record becomes a job: id from the job id (see {@code PbsJobId}: {@code 1234.server}
 * is 1234, array subjob {@code 1234[5]} is {@code 5 * 10^12 + 1234}); submit time from qtime, else
 * ctime; run time from resources_used.walltime, else end - start; requested time from
 * Resource_List.walltime, else the run time (an adjustment); processors from
 * Resource_List.ncpus, the select chunks, Resource_List.nodes ({@code 2:ppn=4}) or exec_host, in
 * that order; nodes from Resource_List.nodect, select, nodes or exec_host's hosts; GPUs from
 * Resource_List.ngpus or select; labels user, group, account, queue and jobname. The history
 * holds the wait (start - submit), the status from Exit_status (see {@code PbsExitStatus}), CPU
 * time, used and requested memory per processor, and the requested processors. Times are epoch
 * seconds turned into nanoseconds.
 *
 * <p>Dropped, with reasons: records of jobs that never started (no start, or start=0), without
 * a processor count, ending before they start, without qtime and ctime, without end and used
 * walltime, and job array summary records ({@code 1234[]}). A malformed line (not four
 * {@code ;}-separated parts, a bad number) throws {@link PbsFormatException}.
 */
public final class PbsAccountingReader implements TraceSource {
    private final List<Path> files;
    private final ReadReport report = new ReadReport(PbsJobMapper.REASONS.toArray(new String[0]));
    private final PbsJobMapper mapper = new PbsJobMapper(report);
    private final PbsAttributes attributes = new PbsAttributes();

    private int fileIndex;
    private BufferedReader in;
    private long lineNumber;

    private PbsAccountingReader(List<Path> files) {
        this.files = files;
    }

    /**
     * Opens a log file, or every regular file of a directory in name order; fails at once when
     * the path or the first file cannot be read.
     */
    public static PbsAccountingReader open(Path fileOrDirectory) throws IOException {
        PbsAccountingReader reader = new PbsAccountingReader(PbsFiles.list(fileOrDirectory));
        if (!reader.files.isEmpty()) {
            reader.in = PbsFiles.open(reader.files.get(0));
        }
        return reader;
    }

    /**
     * The next job, or null at the end of the last file.
     *
     * @throws PbsFormatException   on a malformed line
     * @throws UncheckedIOException when a file cannot be read
     */
    @Override
    public Job next() {
        while (in != null) {
            String line = readLine();
            if (line == null) {
                nextFile();
                continue;
            }
            try {
                Job job = judge(line);
                if (job != null) {
                    return job;
                }
            } catch (PbsProblem p) {
                throw new PbsFormatException(currentName(), lineNumber, p.getMessage());
            }
        }
        return null;
    }

    private Job judge(String line) {
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        if (line.isBlank()) {
            return null;
        }
        PbsLine record = PbsLine.parse(line);
        if (!record.type().equals("E")) {
            return null;
        }
        attributes.parse(record.message());
        return mapper.map(record.jobId(), attributes);
    }

    private String readLine() {
        try {
            String line = in.readLine();
            if (line != null) {
                lineNumber++;
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(currentName() + ": cannot read: " + e.getMessage(), e);
        }
    }

    private void nextFile() {
        closeCurrent();
        fileIndex++;
        lineNumber = 0;
        if (fileIndex < files.size()) {
            try {
                in = PbsFiles.open(files.get(fileIndex));
            } catch (IOException e) {
                throw new UncheckedIOException(currentName() + ": cannot read: " + e.getMessage(), e);
            }
        }
    }

    private String currentName() {
        return files.get(Math.min(fileIndex, files.size() - 1)).toString();
    }

    /** Records judged, accepted and dropped so far, with the reasons and adjustments. */
    @Override
    public ReadReport report() {
        return report;
    }

    /** Closes the file being read; later calls to {@link #next()} return null. */
    @Override
    public void close() {
        closeCurrent();
        fileIndex = files.size();
    }

    private void closeCurrent() {
        if (in == null) {
            return;
        }
        BufferedReader r = in;
        in = null;
        try {
            r.close();
        } catch (IOException e) {
            throw new UncheckedIOException(currentName() + ": cannot close: " + e.getMessage(), e);
        }
    }
}
