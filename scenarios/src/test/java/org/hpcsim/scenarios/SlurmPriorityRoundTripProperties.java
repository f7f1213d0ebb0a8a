package org.hpcsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.slurm.SchedulerParams;
import org.hpcsim.models.slurm.SchedulerType;
import org.hpcsim.models.slurm.priority.AssociationSpec;
import org.hpcsim.models.slurm.priority.MultifactorWeights;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.OutputSpec;
import org.hpcsim.scenarios.spec.PolicyName;
import org.hpcsim.scenarios.spec.PrioritySpec;
import org.hpcsim.scenarios.spec.Scenario;
import org.hpcsim.scenarios.spec.SchedulerSpec;
import org.hpcsim.scenarios.spec.SlurmSpec;
import org.hpcsim.scenarios.spec.WorkloadSpec;

/** What {@link ScenarioWriter} writes of {@code scheduler.slurm.priority}, {@link ScenarioLoader} reads back the same. */
class SlurmPriorityRoundTripProperties {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Scenario scenario(PrioritySpec priority) {
        SlurmSpec slurm = new SlurmSpec(SchedulerType.BACKFILL, null, SchedulerParams.defaults(), priority);
        return new Scenario("p", 1, new ClusterSpec(4, 2, AllocationUnit.NODE),
                new SchedulerSpec(PolicyName.SLURM, true, slurm), WorkloadSpec.ofTrace("t.swf"), new OutputSpec("out", true));
    }

    @Property(tries = 300)
    void shouldReadBackWhatItWritesAsYaml(@ForAll("priorities") PrioritySpec p) throws JsonProcessingException {
        String text = YAML.writeValueAsString(ScenarioWriter.toMap(scenario(p)));
        assertEquals(scenario(p), new ScenarioLoader().parse(text, "written.yaml"), text);
    }

    @Property(tries = 100)
    void shouldReadBackWhatItWritesAsJson(@ForAll("priorities") PrioritySpec p) throws JsonProcessingException {
        String text = JSON.writeValueAsString(ScenarioWriter.toMap(scenario(p)));
        assertEquals(scenario(p), new ScenarioLoader().parse(text, "written.json"), text);
    }

    @Provide
    Arbitrary<PrioritySpec> priorities() {
        Arbitrary<Long> weight = Arbitraries.oneOf(Arbitraries.of(0L, MultifactorWeights.MAX_WEIGHT),
                Arbitraries.longs().between(0, MultifactorWeights.MAX_WEIGHT));
        // PriorityWeightTRES: any of the model's TRES names, negative and fractional weights included.
        Arbitrary<java.util.Map<String, Double>> tres = Arbitraries.maps(
                Arbitraries.of("cpu", "mem", "node", "billing", "gres/gpu", "gres/gpu:a100"),
                Arbitraries.doubles().between(-1e6, 1e6)).ofMaxSize(3);
        Arbitrary<MultifactorWeights> weights = Combinators.combine(weight, weight, weight, weight, tres)
                .as((age, fs, size, part, t) -> MultifactorWeights.of(age, 0, fs, size, part, 0)
                        .withTres(new java.util.TreeMap<>(t)));
        Arbitrary<Long> minutes = Arbitraries.longs().between(1, 60L * 24 * 400).map(m -> m * SimTime.MINUTE);
        Arbitrary<List<AssociationSpec>> trees = Arbitraries.longs().map(SlurmPriorityRoundTripProperties::tree)
                .injectNull(0.2);
        Arbitrary<PrioritySpec> multifactor = Combinators.combine(weights, minutes.map(m -> m - SimTime.MINUTE),
                        minutes, minutes, Arbitraries.of(true, false), Arbitraries.of(true, false), trees)
                .as((w, age, halfLife, period, small, fairTree, accounts) -> new PrioritySpec(true, w, age, halfLife,
                        period, small, fairTree, accounts));
        return Arbitraries.oneOf(multifactor, Arbitraries.just(PrioritySpec.BASIC));
    }

    /** A random tree of uniquely named accounts, users listed first, shares including 0 and parent. */
    private static List<AssociationSpec> tree(long seed) {
        Random r = new Random(seed);
        int[] names = {0};
        List<AssociationSpec> top = new ArrayList<>();
        for (int i = r.nextInt(4); i >= 0; i--) {
            top.add(account(r, 0, names));
        }
        return top;
    }

    private static AssociationSpec account(Random r, int depth, int[] names) {
        List<AssociationSpec> children = new ArrayList<>();
        for (int u = r.nextInt(4); u > 0; u--) {
            children.add(AssociationSpec.user("u" + u, shares(r)));
        }
        if (depth < 2) {
            for (int a = r.nextInt(3); a > 0; a--) {
                children.add(account(r, depth + 1, names));
            }
        }
        return new AssociationSpec("acct" + names[0]++, false, shares(r), children);
    }

    private static int shares(Random r) {
        int pick = r.nextInt(10);
        return pick == 0 ? AssociationSpec.PARENT : pick == 1 ? 0 : r.nextInt(1000);
    }
}
