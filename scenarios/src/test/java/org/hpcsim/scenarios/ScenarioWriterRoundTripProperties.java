package org.hpcsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hpcsim.scenarios.spec.PoissonSpec;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.OutputSpec;
import org.hpcsim.scenarios.spec.PolicyName;
import org.hpcsim.scenarios.spec.Scenario;
import org.hpcsim.scenarios.spec.SchedulerSpec;
import org.hpcsim.scenarios.spec.SyntheticSpec;
import org.hpcsim.scenarios.spec.WorkloadSpec;

/** What {@link ScenarioWriter} writes, {@link ScenarioLoader} reads back as the same scenario. */
class ScenarioWriterRoundTripProperties {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @Property(tries = 300)
    void shouldReadBackWhatItWritesAsYaml(@ForAll("scenarios") Scenario s) throws JsonProcessingException {
        String text = YAML.writeValueAsString(ScenarioWriter.toMap(s));
        assertEquals(s, new ScenarioLoader().parse(text, "written.yaml"), text);
    }

    @Property(tries = 100)
    void shouldReadBackWhatItWritesAsJson(@ForAll("scenarios") Scenario s) throws JsonProcessingException {
        String text = JSON.writeValueAsString(ScenarioWriter.toMap(s));
        assertEquals(s, new ScenarioLoader().parse(text, "written.json"), text);
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<ClusterSpec> clusters = Combinators.combine(
                Arbitraries.integers().between(1, 100_000),
                Arbitraries.integers().between(1, 256),
                Arbitraries.of(AllocationUnit.class)).as(ClusterSpec::new);
        Arbitrary<SchedulerSpec> schedulers = Combinators.combine(
                Arbitraries.of(PolicyName.class), Arbitraries.of(true, false)).as(SchedulerSpec::new);
        Arbitrary<SyntheticSpec> synthetic = Builders.withBuilder(SyntheticBuilder::new)
                .use(Arbitraries.integers().between(1, 10_000_000)).inSetter((b, v) -> b.jobs = v)
                .use(anyDouble(1e-6, 10)).inSetter((b, v) -> b.load = v)
                .use(anyDouble(0, 1)).inSetter((b, v) -> b.serial = v)
                .use(anyDouble(0, 1)).inSetter((b, v) -> b.pow2 = v)
                .use(Arbitraries.integers().between(0, 1 << 20)).inSetter((b, v) -> b.maxProcs = v)
                .use(anyDouble(1e-3, 1e6)).inSetter((b, v) -> b.median = v)
                .use(anyDouble(0, 5)).inSetter((b, v) -> b.sigma = v)
                .use(anyDouble(1, 100)).inSetter((b, v) -> b.maxFactor = v)
                .use(anyDouble(1, 1e3)).inSetter((b, v) -> b.overestimate = v)
                .build(SyntheticBuilder::build);
        Arbitrary<String> paths = Arbitraries.strings().withChars("abcXYZ019._-/ ").ofMinLength(1).ofMaxLength(30)
                .filter(p -> !p.isBlank());
        Arbitrary<WorkloadSpec> workloads = Arbitraries.oneOf(
                paths.map(p -> p + ".swf").map(WorkloadSpec::ofTrace),
                synthetic.map(y -> WorkloadSpec.ofSynthetic(y)));
        Arbitrary<String> names = Arbitraries.strings().withChars("abcXYZ0189._-").ofMinLength(1).ofMaxLength(20);
        return Combinators.combine(names, Arbitraries.longs(), clusters.injectNull(0.3), schedulers, workloads,
                        paths, Arbitraries.of(true, false))
                .as((name, seed, cluster, scheduler, workload, dir, jobsCsv) -> {
                    // A synthetic workload needs a cluster; a trace may take it from its header.
                    ClusterSpec c = cluster == null && workload.trace() == null ? new ClusterSpec(1, 1, AllocationUnit.NODE)
                            : cluster;
                    // The writer writes the resolved output folder, so give one.
                    return new Scenario(name, seed, c, scheduler, workload, new OutputSpec(dir, jobsCsv));
                });
    }

    /** Doubles with all their bits, not just a few decimals, to test that the text keeps them exactly. */
    private static Arbitrary<Double> anyDouble(double lo, double hi) {
        return Arbitraries.oneOf(Arbitraries.of(lo, hi),
                Arbitraries.randomValue(r -> Math.min(hi, lo + (hi - lo) * r.nextDouble())));
    }

    /** Collects the generator's parameters; maxRuntime is drawn as a factor of the median. */
    static final class SyntheticBuilder {
        int jobs;
        double load;
        double serial;
        double pow2;
        int maxProcs;
        double median;
        double sigma;
        double maxFactor;
        double overestimate;

        SyntheticSpec build() {
            return new PoissonSpec(jobs, load, serial, pow2, maxProcs, median, sigma, median * maxFactor,
                    overestimate);
        }
    }
}
