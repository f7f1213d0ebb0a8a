package org.hpcsim.scenarios.swf;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import org.hpcsim.models.workload.Job;

/**
 * Writes jobs as an SWF trace: a header with MaxNodes and MaxProcs, then one line per job with
 * submit, run and requested times in whole seconds (rounded) and -1 for what a job does not know
 * (wait, CPU time, memory, status...). What it writes, {@link SwfReader} reads back.
 */
public final class SwfWriter implements AutoCloseable {
    private static final long NANOS = 1_000_000_000L;

    private final Writer out;
    private final StringBuilder line = new StringBuilder(128);

    /** Starts a trace for a machine of {@code nodes} nodes and {@code processors} processors. */
    public SwfWriter(Writer out, String note, long nodes, long processors) throws IOException {
        this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 16);
        this.out.write("; Version: 2.2\n");
        this.out.write("; Computer: hpcsim\n");
        this.out.write("; Note: " + note.replace('\n', ' ') + "\n");
        this.out.write("; MaxNodes: " + nodes + "\n");
        this.out.write("; MaxProcs: " + processors + "\n");
    }

    /** Appends one job. */
    public void write(Job j) throws IOException {
        StringBuilder sb = line;
        sb.setLength(0);
        sb.append(j.id()).append(' ')
                .append(seconds(j.submitTime())).append(" -1 ")
                .append(seconds(j.runTime())).append(' ')
                .append(j.processors()).append(" -1 -1 ")
                .append(j.processors()).append(' ')
                .append(seconds(j.requestedTime())).append(" -1 1 ")
                .append(j.user()).append(' ')
                .append(j.group()).append(" -1 -1 ")
                .append(j.partition()).append(" -1 -1\n");
        out.append(sb);
    }

    private static long seconds(long nanos) {
        return (nanos + NANOS / 2) / NANOS;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
