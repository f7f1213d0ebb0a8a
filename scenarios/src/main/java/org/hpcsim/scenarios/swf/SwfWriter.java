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
 * Writes jobs as an SWF trace: a header with MaxNodes and MaxProcs, then all 18 fields of each job,
 * times in seconds (exact decimals when a time is not whole), -1 for what a job does not know.
 * SWF numbers users, groups, executables, queues and partitions: labels that are numbers are kept,
 * other names are numbered from 1 in order of first appearance, separately for each field. What it
 * writes, {@link SwfReader} reads back.
 */
public final class SwfWriter implements JobWriter {
    private final OutputStream out;
    private final AsciiLine line = new AsciiLine();
    private final Map<String, Integer>[] numbers = newNumberTables();

    /** Starts a trace for a machine of {@code nodes} nodes and {@code processors} processors (0 or less: not said). */
    public SwfWriter(OutputStream out, String note, long nodes, long processors) throws IOException {
        this.out = out;
        line.append("; Version: 2.2\n; Computer: hpcsim\n; Note: ").append(note.replaceAll("[^\\x20-\\x7e]", " "))
                .append('\n');
        if (nodes > 0) {
            line.append("; MaxNodes: ").append(nodes).append('\n');
        }
        if (processors > 0) {
            line.append("; MaxProcs: ").append(processors).append('\n');
        }
        line.writeTo(out);
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
        JobHistory h = j.history();
        JobLabels n = j.labels();
        AsciiLine l = line;
        l.clear();
        l.append(j.id()).append(' ');
        seconds(j.submitTime());
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
        out.close();
    }
}
