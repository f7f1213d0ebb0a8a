package org.hpcsim.scenarios.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.ZipfDistribution;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.workload.Job;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.spec.PoissonSpec;
import org.hpcsim.scenarios.spec.RuntimeSpec;
import org.hpcsim.scenarios.spec.SizeSpec;
import org.junit.jupiter.api.Test;

/** The Poisson model with a chosen job-size distribution instead of its log-uniform one. */
class PoissonSizeDistributionTest {
    private static final HomogeneousCluster CLUSTER = new HomogeneousCluster(64, 16, AllocationUnit.CORE);

    private static List<Integer> sizes(SizeSpec size, int n) {
        PoissonSpec spec = new PoissonSpec(n, 0.8, 0.24, 0.75, 0, size, new RuntimeSpec.Exponential(600), 86_400, 1);
        PoissonWorkload w = new PoissonWorkload(spec, CLUSTER, new RandomStreams(5));
        List<Integer> out = new ArrayList<>();
        for (Job j = w.next(); j != null; j = w.next()) {
            out.add(j.processors());
        }
        return out;
    }

    @Test
    void shouldDrawUniformSizesWithinTheBoundsAndAroundTheirMean() {
        List<Integer> s = sizes(new SizeSpec.Uniform(4, 16), 20_000);
        assertTrue(s.stream().allMatch(p -> p >= 4 && p <= 16));
        double mean = s.stream().mapToInt(Integer::intValue).average().orElseThrow();
        assertEquals(10, mean, 0.15); // (4 + 16) / 2; standard error about 0.03
    }

    @Test
    void shouldDrawZipfSizesWithTheLawsShareOfOneProcessorJobs() {
        List<Integer> s = sizes(new SizeSpec.Zipf(64, 1.2), 20_000);
        double ones = s.stream().filter(p -> p == 1).count() / 20_000.0;
        double expected = new ZipfDistribution(64, 1.2).probability(1);
        assertEquals(expected, ones, 0.015); // binomial standard error about 0.0035
        assertTrue(s.stream().allMatch(p -> p >= 1 && p <= 64));
    }

    @Test
    void shouldCutSizesThatReachPastTheMachine() {
        List<Integer> s = sizes(new SizeSpec.Uniform(1, 5000), 2000);
        assertTrue(s.stream().allMatch(p -> p <= 128), "capped at an eighth of the 1024 cores");
    }

    @Test
    void shouldReadAndNameTheSizeDistributionInAScenario() {
        ScenarioLoader loader = new ScenarioLoader();
        PoissonSpec p = (PoissonSpec) loader.parse("cluster: {nodes: 4}\nworkload:\n  synthetic:\n    model: poisson\n"
                + "    size: {distribution: zipf, max: 32, exponent: 1.5}\n", "s.yaml").workload().synthetic();
        assertEquals(new SizeSpec.Zipf(32, 1.5), p.size());
        String m = org.junit.jupiter.api.Assertions.assertThrows(org.hpcsim.scenarios.ScenarioException.class,
                () -> loader.parse("cluster: {nodes: 4}\nworkload:\n  synthetic: {model: poisson, size: {distribution: pareto}}\n",
                        "s.yaml")).getMessage();
        assertTrue(m.endsWith("unknown distribution 'pareto' (allowed: uniform, zipf)"), m);
    }
}
