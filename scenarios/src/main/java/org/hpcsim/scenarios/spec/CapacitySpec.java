package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Insufficient EC2 capacity for the dynamic nodes ({@code cluster.capacity}), handled as AWS
 * ParallelCluster's fast insufficient-capacity fail-over does: a launch request fails with a given
 * probability, and the compute resource is then down for a while.
 *
 * @param insufficientProbability probability that one launch request fails, in [0, 1)
 * @param downTime                seconds the compute resource stays down after a failure
 */
public record CapacitySpec(double insufficientProbability, double downTime) {
    /**
     * ParallelCluster's insufficient_capacity_timeout default, 600 s: shared/REFERENCE.md, and the
     * ParallelCluster v3 user guide, "Slurm cluster fast insufficient capacity fail-over".
     */
    public static final double DEFAULT_DOWN_TIME = 600;

    /** Validates the settings. */
    public CapacitySpec {
        InvalidFieldException.require(insufficientProbability >= 0 && insufficientProbability < 1,
                "insufficientProbability", "must be a probability in [0, 1) (1 would never launch a node), got "
                        + insufficientProbability);
        InvalidFieldException.require(downTime >= 0 && Double.isFinite(downTime), "downTime",
                "must be 0 or more seconds, got " + downTime);
    }

    @JsonCreator
    static CapacitySpec fromFile(@JsonProperty("insufficientProbability") Double probability,
                                 @JsonProperty("downTime") Double downTime) {
        InvalidFieldException.require(probability != null, "insufficientProbability",
                "is required: the probability in [0, 1) that one launch request fails");
        return new CapacitySpec(probability, downTime == null ? DEFAULT_DOWN_TIME : downTime);
    }
}
