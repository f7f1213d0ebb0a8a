package org.hpcsim.scenarios;

import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.OutputSpec;
import org.hpcsim.scenarios.spec.PolicyName;
import org.hpcsim.scenarios.spec.Scenario;
import org.hpcsim.scenarios.spec.SchedulerSpec;
import org.hpcsim.scenarios.spec.LublinSpec;
import org.hpcsim.scenarios.spec.WorkloadSpec;

/** Scenarios that need no file: what {@code hpcsim run} runs when given none. */
public final class BuiltinScenarios {
    private BuiltinScenarios() {}

    /**
     * The default: 5,000 jobs of the Lublin-Feitelson model, arrivals scaled to 70% offered load,
     * requested times up to 3x the runtime, on 128 nodes of 32 cores with whole-node allocation,
     * EASY backfilling, jobs killed at their time limit.
     */
    public static Scenario defaultScenario() {
        return new Scenario("default", 42,
                new ClusterSpec(128, 32, AllocationUnit.NODE),
                new SchedulerSpec(PolicyName.EASY, true),
                WorkloadSpec.ofSynthetic(new LublinSpec(5000, 0.7, 3)),
                OutputSpec.defaults());
    }
}
