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
 * @param kubernetes       the Kubernetes settings when the policy is kubernetes, else null
 */
public record SchedulerSpec(PolicyName policy, boolean killAtTimeLimit, SlurmSpec slurm, KubernetesSpec kubernetes) {
    /** Validates the scheduler. */
    public SchedulerSpec {
        InvalidFieldException.require(policy != null, "policy", "is required (allowed: " + PolicyName.allowed() + ")");
        InvalidFieldException.require(slurm == null || policy == PolicyName.SLURM, "slurm",
                "is only for policy slurm, not " + policy.word());
        if (policy == PolicyName.SLURM && slurm == null) {
            slurm = SlurmSpec.defaults();
        }
        InvalidFieldException.require(kubernetes == null || policy == PolicyName.KUBERNETES, "kubernetes",
                "is only for policy kubernetes, not " + policy.word());
        if (policy == PolicyName.KUBERNETES && kubernetes == null) {
            kubernetes = KubernetesSpec.defaults();
        }
    }

    /** A scheduler with these settings and no Kubernetes block. */
    public SchedulerSpec(PolicyName policy, boolean killAtTimeLimit, SlurmSpec slurm) {
        this(policy, killAtTimeLimit, slurm, null);
    }

    /** A scheduler with no Slurm settings (or Slurm's defaults for policy slurm). */
    public SchedulerSpec(PolicyName policy, boolean killAtTimeLimit) {
        this(policy, killAtTimeLimit, null);
    }

    @JsonCreator
    static SchedulerSpec fromFile(@JsonProperty("policy") String policy,
                                  @JsonProperty("killAtTimeLimit") Boolean killAtTimeLimit,
                                  @JsonProperty("slurm") SlurmSpec slurm,
                                  @JsonProperty("kubernetes") KubernetesSpec kubernetes) {
        return new SchedulerSpec(Names.policy(policy), killAtTimeLimit == null || killAtTimeLimit, slurm, kubernetes);
    }
}
