package org.hpcsim.scenarios.synthetic;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;
import org.hpcsim.scenarios.spec.SyntheticSpec;
import org.hpcsim.scenarios.trace.JobWriter;

/** Writes a synthetic workload to a trace file (SWF or CSV), so it can be replayed, shared or inspected. */
public final class SyntheticTrace {
    private SyntheticTrace() {}

    /** Generates {@code spec} for {@code cluster} with {@code seed} into {@code out} as {@code format}; returns the job count. */
    public static long write(SyntheticSpec spec, HomogeneousCluster cluster, long seed, OutputStream out, String format)
            throws IOException {
        JobSource workload = SyntheticWorkloads.create(spec, cluster, new RandomStreams(seed));
        String note = "hpcsim synthetic workload, model " + spec.model() + ": " + spec.jobs() + " jobs, load "
                + spec.load() + ", seed " + seed;
        long n = 0;
        try (JobWriter w = JobWriter.open(format, out, note, cluster.nodes(), cluster.totalCores())) {
            for (Job j = workload.next(); j != null; j = workload.next()) {
                w.write(j);
                n++;
            }
        }
        return n;
    }

    /** Generates into {@code file}, SWF unless its name ends in .csv; returns the job count. */
    public static long write(SyntheticSpec spec, HomogeneousCluster cluster, long seed, Path file) {
        try {
            return write(spec, cluster, seed, new BufferedOutputStream(Files.newOutputStream(file), 1 << 16),
                    JobWriter.formatOf(file.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
