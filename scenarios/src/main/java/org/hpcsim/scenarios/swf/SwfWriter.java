package org.hpcsim.scenarios.swf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobHistory;
import org.hpcsim.models.workload.JobLabels;
import org.hpcsim.scenarios.trace.AsciiLine;
import org.hpcsim.scenarios.trace.JobWriter;

/**
 * Writes jobs as an SWF trace: a header with MaxNodes and MaxProcs (and, when asked, UnixStartTime:
 * the first job's submit second, from which times then count), then all 18 fields of each job,
 * times in seconds (exact decimals when a time is not whole), -1 for what a job does not know.
 * SWF numbers users, groups, executables, queues and partitions: labels that are numbers are kept,
 * other names are numbered from 1 in order of first appearance, separately for each field. What it
 * writes, {@link SwfReader} reads back.
 */
public final class SwfWriter implements JobWriter {
    private final OutputStream out;
    private final String note;
    private final long nodes;
    private final long processors;
    private final boolean fromFirstJob;
    private boolean headerWritten;
    private long origin;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final AsciiLine line = new AsciiLine();
    private final Map<String, Integer>[] numbers = newNumberTables();

    /** Starts a trace for a machine of {@code nodes} nodes and {@code processors} processors (0 or less: not said). */
    public SwfWriter(OutputStream out, String note, long nodes, long processors) {
        this(out, note, nodes, processors, false);
    }

    /**
     * As above; with {@code fromFirstJob}, times count from the first job's submit second, which
     * the header gives as UnixStartTime (for logs with epoch times, such as sacct and PBS).
     */
    public SwfWriter(OutputStream out, String note, long nodes, long processors, boolean fromFirstJob) {
        this.fromFirstJob = fromFirstJob;
        this.out = out;
        this.note = note.replaceAll("[^\\x20-\\x7e]", " ");
        this.nodes = nodes;
        this.processors = processors;
    }

    // Written with the first job, so that its submit second can become UnixStartTime: SWF times
    // count from the start of the log, while sacct and PBS give epoch times.
    private void header(long firstSubmitSeconds) throws IOException {
        origin = fromFirstJob ? firstSubmitSeconds : 0;
        line.clear();
        line.append("; Version: 2.2\n; Computer: hpcsim\n; Note: ").append(note).append('\n');
        if (origin > 0) {
            line.append("; UnixStartTime: ").append(origin).append('\n');
        }
        if (nodes > 0) {
            line.append("; MaxNodes: ").append(nodes).append('\n');
        }
        if (processors > 0) {
            line.append("; MaxProcs: ").append(processors).append('\n');
        }
        line.writeTo(out);
        headerWritten = true;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer>[] newNumberTables() {
        Map<String, Integer>[] tables = new Map[5];
        for (int i = 0; i < tables.length; i++) {
            tables[i] = new HashMap<>();
        }
        return tables;
    }

    @Override
    public void write(Job j) throws IOException {
        if (!headerWritten) {
            header(j.submitTime() / NANOS_PER_SECOND);
        }
        JobHistory h = j.history();
        JobLabels n = j.labels();
        AsciiLine l = line;
        l.clear();
        l.append(j.id()).append(' ');
        seconds(j.submitTime() - origin * NANOS_PER_SECOND);
        seconds(h.waitTime());
        seconds(j.runTime());
        l.append(j.processors()).append(' ');
        seconds(h.averageCpuTime());
        l.append(h.usedMemoryKb()).append(' ')
                .append(h.requestedProcessors()).append(' ');
        seconds(j.requestedTime());
        l.append(h.requestedMemoryKb()).append(' ')
                .append(h.status().swfCode()).append(' ')
                .append(number(0, n.user())).append(' ')
                .append(number(1, n.group())).append(' ')
                .append(number(2, n.name())).append(' ')
                .append(number(3, n.queue())).append(' ')
                .append(number(4, n.partition())).append(' ')
                .append(j.precedingJob() > 0 ? j.precedingJob() : -1).append(' ');
        if (j.precedingJob() > 0 && j.thinkTime() >= 0) {
            l.appendSeconds(j.thinkTime());
        } else {
            l.append("-1");
        }
        l.append('\n').writeTo(out);
    }

    private void seconds(long nanos) {
        if (nanos < 0) {
            line.append("-1 ");
        } else {
            line.appendSeconds(nanos).append(' ');
        }
    }

    private long number(int field, String label) {
        if (label.isEmpty()) {
            return -1;
        }
        if (label.length() < 10 && label.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(label);
        }
        return numbers[field].computeIfAbsent(label, k -> numbers[field].size() + 1);
    }

    @Override
    public void close() throws IOException {
        if (!headerWritten) {
            header(0);
        }
        out.close();
    }
}
