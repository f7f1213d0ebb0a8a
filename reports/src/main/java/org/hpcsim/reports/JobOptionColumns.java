package org.hpcsim.reports;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.hpcsim.models.workload.ResourceOptions;
import org.hpcsim.scenarios.trace.AsciiLine;

/**
 * The sbatch resource option columns of jobs.csv ({@code constraint, gpu_type, gpus_per_node,
 * tasks_per_node, mem_mb}, then {@code mem_per_cpu_mb} when some job asked {@code --mem-per-cpu}
 * and {@code exclusive} (1 for {@code --exclusive}), {@code cpus_per_task} and {@code cpus_per_gpu} when
 * some job asked for them;
 * the names the jobs.csv reader takes), which a run's jobs.csv has only when some job of the run
 * asked for an option. Rows are streamed before that is known, so each row's option cells go to a
 * side file with the length of its main row; when some job had options, {@link #merge} appends
 * them to every row, else the side file is dropped and jobs.csv is byte for byte what it was
 * before options existed.
 */
final class JobOptionColumns {
    /** The option columns' header names, in order. */
    static final String HEADER = "constraint,gpu_type,gpus_per_node,tasks_per_node,mem_mb";
    /** The column of --mem-per-cpu, there only when some job asked for it. */
    static final String PER_CPU_HEADER = "mem_per_cpu_mb";
    /** The column of --exclusive, there only when some job asked for it. */
    static final String EXCLUSIVE_HEADER = "exclusive";
    /** The column of --cpus-per-task, there only when some job asked for it. */
    static final String CPUS_PER_TASK_HEADER = "cpus_per_task";
    /** The column of --cpus-per-gpu, there only when some job asked for it. */
    static final String CPUS_PER_GPU_HEADER = "cpus_per_gpu";

    private final DataOutputStream side;
    private final AsciiLine cells = new AsciiLine();
    private boolean any;
    private boolean anyPerCpu;
    private boolean anyExclusive;
    private boolean anyCpusPerTask;
    private boolean anyCpusPerGpu;

    JobOptionColumns(OutputStream side) {
        this.side = new DataOutputStream(side);
    }

    /** Records the option cells of a row whose main part (with its line end) is {@code rowBytes} long. */
    void add(int rowBytes, ResourceOptions o) throws IOException {
        cells.clear();
        if (!o.equals(ResourceOptions.NONE)) {
            any = true;
            cells.append(',').appendCsvField(o.constraint()).append(',').appendCsvField(o.gpuType()).append(',');
            count(o.gpusPerNode()).append(',');
            count(o.tasksPerNode()).append(',');
            count(o.memoryMb());
        } else {
            cells.append(",,,,,");
        }
        byte[] b = cells.toBytes();
        side.writeInt(rowBytes);
        side.writeShort(b.length);
        side.write(b);
        anyPerCpu |= o.memoryPerCpuMb() > 0;
        side.writeLong(o.memoryPerCpuMb());
        anyExclusive |= o.exclusive();
        side.writeBoolean(o.exclusive());
        anyCpusPerTask |= o.cpusPerTask() > 0;
        side.writeInt(o.cpusPerTask());
        anyCpusPerGpu |= o.cpusPerGpu() > 0;
        side.writeInt(o.cpusPerGpu());
    }

    /** A cell after a comma: the count, or nothing for 0. */
    private static byte[] optionalCount(long n) {
        return (n == 0 ? "," : "," + n).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private AsciiLine count(long n) {
        return n == 0 ? cells : cells.append(n);
    }

    /** Whether some row had options, so the columns belong in the file. */
    boolean any() {
        return any;
    }

    /** Flushes the side file. */
    void finish() throws IOException {
        side.flush();
    }

    /**
     * Copies {@code header} with the option header, then each of {@code rows} (as written, after
     * the header line) with its option cells from {@code sideFile}, to {@code out}.
     */
    void merge(String header, InputStream rows, InputStream sideFile, OutputStream out) throws IOException {
        rows.skipNBytes(header.length() + 1);
        out.write((header + "," + HEADER + (anyPerCpu ? "," + PER_CPU_HEADER : "")
                + (anyExclusive ? "," + EXCLUSIVE_HEADER : "") + (anyCpusPerTask ? "," + CPUS_PER_TASK_HEADER : "")
                + (anyCpusPerGpu ? "," + CPUS_PER_GPU_HEADER : "") + "\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        DataInputStream in = new DataInputStream(sideFile);
        byte[] row = new byte[256];
        while (true) {
            int length;
            try {
                length = in.readInt();
            } catch (java.io.EOFException end) {
                return;
            }
            byte[] cellBytes = new byte[in.readUnsignedShort()];
            in.readFully(cellBytes);
            long perCpu = in.readLong();
            boolean exclusive = in.readBoolean();
            int cpusPerTask = in.readInt();
            int cpusPerGpu = in.readInt();
            if (row.length < length) {
                row = new byte[Math.max(length, row.length * 2)];
            }
            int read = rows.readNBytes(row, 0, length);
            if (read != length) {
                throw new IOException("jobs.csv ended before its last row");
            }
            out.write(row, 0, length - 1); // the row without its line end
            out.write(cellBytes);
            if (anyPerCpu) {
                out.write(optionalCount(perCpu));
            }
            if (anyExclusive) {
                out.write((exclusive ? ",1" : ",").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            if (anyCpusPerTask) {
                out.write(optionalCount(cpusPerTask));
            }
            if (anyCpusPerGpu) {
                out.write(optionalCount(cpusPerGpu));
            }
            out.write('\n');
        }
    }
}
