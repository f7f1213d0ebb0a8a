package org.hpcsim.reports;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Text rows that arrive in any order and are written in (job id, submit time) order in bounded
 * memory: an external merge sort whose sorted runs spill to hidden files beside the output.
 * Rows with equal keys keep their arrival order.
 */
final class IdOrderedRows implements AutoCloseable {
    /** Rows held before a run spills: about 10 MB of sacct rows, and 16 runs for a million jobs. */
    static final int RUN_ROWS = 1 << 16;

    private record Row(long id, long submit, byte[] text) {}

    private record Run(Path file, int rows) {}

    private static final Comparator<Row> ORDER = Comparator.comparingLong(Row::id).thenComparingLong(Row::submit);

    private final Path dir;
    private final String prefix;
    private final int runRows;
    private final List<Row> held = new ArrayList<>();
    private final List<Run> runs = new ArrayList<>();

    /** Rows spilling to files named {@code .NAME.*.run} in {@code dir}, {@code runRows} at a time. */
    IdOrderedRows(Path dir, String name, int runRows) {
        this.dir = dir;
        this.prefix = "." + name + ".";
        this.runRows = runRows;
    }

    void add(long id, long submit, byte[] text) throws IOException {
        held.add(new Row(id, submit, text));
        if (held.size() == runRows) {
            spill();
        }
    }

    private void spill() throws IOException {
        held.sort(ORDER); // stable, so equal keys stay in arrival order within the run
        Files.createDirectories(dir);
        // createTempFile's SecureRandom costs a little, but only runs past RUN_ROWS jobs spill.
        Path file = Files.createTempFile(dir, prefix, ".run");
        runs.add(new Run(file, held.size()));
        try (DataOutputStream out = new DataOutputStream(
                new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            for (Row r : held) {
                out.writeLong(r.id());
                out.writeLong(r.submit());
                out.writeInt(r.text().length);
                out.write(r.text());
            }
        }
        held.clear();
    }

    /** Writes every row, in order, to {@code out}. */
    void writeTo(OutputStream out) throws IOException {
        if (runs.isEmpty()) {
            held.sort(ORDER);
            for (Row r : held) {
                out.write(r.text());
            }
            return;
        }
        if (!held.isEmpty()) {
            spill();
        }
        List<RunReader> readers = new ArrayList<>();
        // Ties across runs go to the earlier run, which holds the rows that arrived first.
        PriorityQueue<RunReader> next = new PriorityQueue<>(
                Comparator.comparing((RunReader r) -> r.row, ORDER).thenComparingInt(r -> r.index));
        try {
            for (int i = 0; i < runs.size(); i++) {
                RunReader r = new RunReader(runs.get(i), i);
                readers.add(r);
                if (r.advance()) {
                    next.add(r);
                }
            }
            while (!next.isEmpty()) {
                RunReader r = next.poll();
                out.write(r.row.text());
                if (r.advance()) {
                    next.add(r);
                }
            }
        } finally {
            for (RunReader r : readers) {
                r.in.close();
            }
        }
    }

    /** Deletes the spilled runs. */
    @Override
    public void close() {
        held.clear();
        for (Run run : runs) {
            try {
                Files.deleteIfExists(run.file());
            } catch (IOException ignored) {
                // Best effort: a stray hidden run file is never mistaken for a result.
            }
        }
        runs.clear();
    }

    /** One spilled run read back a row at a time. */
    private static final class RunReader {
        final DataInputStream in;
        final int index;
        int left;
        Row row;

        RunReader(Run run, int index) throws IOException {
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run.file()), 1 << 16));
            this.index = index;
            this.left = run.rows();
        }

        boolean advance() throws IOException {
            if (left == 0) {
                return false;
            }
            left--;
            long id = in.readLong();
            long submit = in.readLong();
            byte[] text = new byte[in.readInt()];
            in.readFully(text);
            row = new Row(id, submit, text);
            return true;
        }
    }
}
