package org.hpcsim.scenarios;

import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.OutputSpec;
import org.hpcsim.scenarios.spec.PolicyName;
import org.hpcsim.scenarios.spec.Scenario;
import org.hpcsim.scenarios.spec.SchedulerSpec;
import org.hpcsim.scenarios.spec.SyntheticSpec;
import org.hpcsim.scenarios.spec.WorkloadSpec;

/** Scenarios that need no file: what {@code hpcsim run} runs when given none. */
public final class BuiltinScenarios {
    private BuiltinScenarios() {}

    /**
     * The default: 2,000 synthetic jobs at 85% offered load on 128 nodes of 32 cores, whole-node
     * allocation, EASY backfilling, jobs killed at their time limit.
     */
    public static Scenario defaultScenario() {
        return new Scenario("default", 42,
                new ClusterSpec(128, 32, AllocationUnit.NODE),
                new SchedulerSpec(PolicyName.EASY, true),
                new WorkloadSpec(null, SyntheticSpec.defaults(2000, 0.85)),
                OutputSpec.defaults());
    }
}
