package org.hpcsim.scenarios.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;
import org.hpcsim.scenarios.spec.PoissonSpec;
import org.hpcsim.scenarios.spec.RuntimeSpec;
import org.hpcsim.scenarios.spec.SyntheticSpec;
import org.hpcsim.scenarios.swf.SwfJobSource;
import org.hpcsim.scenarios.swf.SwfReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generate, write SWF, read back: the very same jobs. */
class SyntheticRoundTripTest {
    @TempDir
    Path dir;

    private static List<Job> drain(JobSource s) {
        List<Job> out = new ArrayList<>();
        for (Job j = s.next(); j != null; j = s.next()) {
            out.add(j);
        }
        return out;
    }

    private void assertRoundTrip(SyntheticSpec spec, HomogeneousCluster cluster) throws IOException {
        List<Job> generated = drain(SyntheticWorkloads.create(spec, cluster, new RandomStreams(3)));
        Path file = dir.resolve(spec.model() + ".swf");
        SyntheticTrace.write(spec, cluster, 3, file);
        try (SwfJobSource back = new SwfJobSource(SwfReader.open(file), cluster.totalCores())) {
            assertEquals(generated, drain(back));
        }
    }

    @Test
    void shouldReadBackExactlyThePoissonJobsItWrote() throws IOException {
        assertRoundTrip(PoissonSpec.defaults(3000, 0.9), new HomogeneousCluster(64, 16, AllocationUnit.NODE));
    }

    @Test
    void shouldReadBackJobsOfEveryRuntimeDistribution() throws IOException {
        HomogeneousCluster c = new HomogeneousCluster(32, 4, AllocationUnit.CORE);
        for (RuntimeSpec r : List.of(new RuntimeSpec.Exponential(600), new RuntimeSpec.Weibull(0.7, 1800),
                new RuntimeSpec.Gamma(0.5, 3000), new RuntimeSpec.Uniform(60, 7200))) {
            assertRoundTrip(new PoissonSpec(500, 0.7, 0.2, 0.8, 0, null, r, 86_400, 2), c);
        }
    }
}
