package org.hpcsim.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.hpcsim.models.run.TimeSeriesPoint;
import org.hpcsim.scenarios.trace.AsciiLine;

/**
 * Writes the run's time series as an OpenMetrics text file ({@code metrics.om}), under the names
 * dashboards already graph: prometheus-slurm-exporter's {@code slurm_cpus_alloc},
 * {@code slurm_nodes_alloc}, {@code slurm_queue_pending} and friends, and DCGM exporter's
 * {@code DCGM_FI_DEV_GPU_UTIL} (the cluster's mean, as one series with {@code gpu="all"}).
 * Timestamps are the simulation's seconds plus an epoch offset, so the file can be backfilled into
 * Prometheus ({@code promtool tsdb create-blocks-from openmetrics}). OpenMetrics wants each metric
 * family in one block, so the whole series is written at once.
 */
public final class OpenMetricsWriter {
    private record Family(String name, String help, boolean gpu) {}

    private static final Family[] FAMILIES = {
        new Family("slurm_cpus_alloc", "Allocated CPUs (simulated, averaged over the step)", false),
        new Family("slurm_cpus_idle", "Idle CPUs (simulated)", false),
        new Family("slurm_cpus_total", "Total CPUs (simulated)", false),
        new Family("slurm_nodes_alloc", "Allocated nodes (simulated)", false),
        new Family("slurm_nodes_idle", "Idle nodes (simulated)", false),
        new Family("slurm_queue_pending", "Pending jobs in queue (simulated)", false),
        new Family("slurm_queue_running", "Running jobs (simulated)", false),
        new Family("slurm_gpus_alloc", "Allocated GPUs (simulated)", true),
        new Family("slurm_gpus_total", "Total GPUs (simulated)", true),
        new Family("DCGM_FI_DEV_GPU_UTIL", "GPU utilization in percent (simulated cluster mean)", true),
        new Family("hpcsim_cost_dollars_per_hour", "What the cluster costs per hour (simulated, US dollars)", false),
    };
    private static final int WIDTH = 7; // cores, gpus, nodes, queued, running, nodes up, cost rate: time kept apart

    private final long cores;
    private final long gpus;
    private final int nodes;
    private final String labels;
    private final double epoch;
    private final double perNodeHour;
    private double[] times = new double[1024];
    private double[] values = new double[1024 * WIDTH];
    private int count;

    /**
     * For a cluster of {@code nodes} nodes, {@code cores} cores and {@code gpus} GPUs; every sample
     * gets the label {@code cluster="name"} and {@code epochSeconds} is added to its time; with a
     * price per node-hour above 0 the cluster's cost rate is written too.
     */
    public OpenMetricsWriter(String cluster, int nodes, long cores, long gpus, double epochSeconds, double perNodeHour) {
        this.perNodeHour = perNodeHour;
        this.nodes = nodes;
        this.cores = cores;
        this.gpus = gpus;
        this.labels = "cluster=\"" + cluster.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        this.epoch = epochSeconds;
    }

    /** Adds one step of the series. */
    public void accept(TimeSeriesPoint p) {
        if (count == times.length) {
            times = Arrays.copyOf(times, count * 2);
            values = Arrays.copyOf(values, count * 2 * WIDTH);
        }
        times[count] = epoch + p.time();
        int at = count * WIDTH;
        values[at] = p.busyCores();
        values[at + 1] = p.busyGpus();
        values[at + 2] = p.busyNodes();
        values[at + 3] = p.queuedJobs();
        values[at + 4] = p.runningJobs();
        values[at + 5] = Double.isNaN(p.nodesUp()) ? nodes : p.nodesUp();
        // The step's own cost rate where it has one (it follows a Spot price series), else nodes up x price.
        values[at + 6] = Double.isNaN(p.costPerHour()) ? values[at + 5] * perNodeHour : p.costPerHour();
        count++;
    }

    private double value(int family, int i) {
        double[] v = values;
        int at = i * WIDTH;
        switch (family) {
            case 0: return v[at];
            case 1: return cores - v[at];
            case 2: return cores;
            case 3: return v[at + 2];
            case 4: return nodes - v[at + 2];
            case 5: return v[at + 3];
            case 6: return v[at + 4];
            case 7: return v[at + 1];
            case 8: return gpus;
            case 9: return 100.0 * v[at + 1] / gpus;
            default: return v[at + 6]; // only powered-up nodes are paid for
        }
    }

    /** Writes the whole file to {@code out}, families in a fixed order, ending with {@code # EOF}. */
    public void writeTo(OutputStream out) throws IOException {
        AsciiLine line = new AsciiLine();
        for (int f = 0; f < FAMILIES.length; f++) {
            Family family = FAMILIES[f];
            if ((family.gpu() && gpus == 0) || (f == 10 && perNodeHour == 0)) {
                continue;
            }
            line.clear();
            line.append("# TYPE ").append(family.name()).append(" gauge\n# HELP ").append(family.name()).append(' ')
                    .append(family.help()).append('\n').writeTo(out);
            byte[] prefix = (family.name() + "{" + labels + (f == 9 ? ",gpu=\"all\"" : "") + "} ")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (int i = 0; i < count; i++) {
                line.clear();
                line.appendBytes(prefix).appendFixed(value(f, i), 3).append(' ').appendFixed(times[i], 3).append('\n')
                        .writeTo(out);
            }
        }
        line.clear();
        line.append("# EOF\n").writeTo(out);
    }

    /** Writes {@code metrics.om} into {@code dir} atomically. */
    public void write(Path dir) {
        try (AtomicFile file = AtomicFile.open(dir.resolve("metrics.om"))) {
            writeTo(file.stream());
            file.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write metrics.om: " + e.getMessage(), e);
        }
    }
}
