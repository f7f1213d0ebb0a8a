package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The scheduler.
 *
 * @param policy           the scheduling policy
 * @param killAtTimeLimit  whether a job is stopped when it reaches its requested time, as batch
 *                         systems do; when false it runs its recorded runtime
 */
public record SchedulerSpec(PolicyName policy, boolean killAtTimeLimit) {
    /** Validates the scheduler. */
    public SchedulerSpec {
        InvalidFieldException.require(policy != null, "policy", "is required (allowed: " + PolicyName.allowed() + ")");
    }

    @JsonCreator
    static SchedulerSpec fromFile(@JsonProperty("policy") String policy,
                                  @JsonProperty("killAtTimeLimit") Boolean killAtTimeLimit) {
        return new SchedulerSpec(Names.policy(policy), killAtTimeLimit == null || killAtTimeLimit);
    }
}
