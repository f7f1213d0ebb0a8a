package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The scheduler.
 *
 * @param policy           the scheduling policy
 * @param killAtTimeLimit  whether a job is stopped when it reaches its requested time, as batch
 *                         systems do; when false it runs its recorded runtime
 * @param slurm            the Slurm controller's settings when the policy is slurm, else null
 */
public record SchedulerSpec(PolicyName policy, boolean killAtTimeLimit, SlurmSpec slurm) {
    /** Validates the scheduler. */
    public SchedulerSpec {
        InvalidFieldException.require(policy != null, "policy", "is required (allowed: " + PolicyName.allowed() + ")");
        InvalidFieldException.require(slurm == null || policy == PolicyName.SLURM, "slurm",
                "is only for policy slurm, not " + policy.word());
        if (policy == PolicyName.SLURM && slurm == null) {
            slurm = SlurmSpec.defaults();
        }
    }

    /** A scheduler with no Slurm settings (or Slurm's defaults for policy slurm). */
    public SchedulerSpec(PolicyName policy, boolean killAtTimeLimit) {
        this(policy, killAtTimeLimit, null);
    }

    @JsonCreator
    static SchedulerSpec fromFile(@JsonProperty("policy") String policy,
                                  @JsonProperty("killAtTimeLimit") Boolean killAtTimeLimit,
                                  @JsonProperty("slurm") SlurmSpec slurm) {
        return new SchedulerSpec(Names.policy(policy), killAtTimeLimit == null || killAtTimeLimit, slurm);
    }
}
