package org.hpcsim.scenarios.synthetic;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.workload.Job;
import org.hpcsim.scenarios.spec.SyntheticSpec;
import org.hpcsim.scenarios.swf.SwfWriter;

/** Writes a synthetic workload to an SWF file, so it can be replayed, shared or inspected. */
public final class SyntheticTrace {
    private SyntheticTrace() {}

    /** Generates {@code spec} for {@code cluster} with {@code seed} into {@code file}; returns the job count. */
    public static long write(SyntheticSpec spec, HomogeneousCluster cluster, long seed, Path file) {
        PoissonWorkload workload = new PoissonWorkload(spec, cluster, new RandomStreams(seed));
        String note = "hpcsim synthetic workload: " + spec.jobs() + " jobs, offered load " + spec.load()
                + ", seed " + seed;
        long n = 0;
        try (SwfWriter out = new SwfWriter(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), note,
                cluster.nodes(), cluster.totalCores())) {
            for (Job j = workload.next(); j != null; j = workload.next()) {
                out.write(j);
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return n;
    }
}
