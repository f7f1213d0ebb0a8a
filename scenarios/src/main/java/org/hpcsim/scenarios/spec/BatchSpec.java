package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hpcsim.models.cloud.InstanceCatalog;

/**
 * An AWS Batch managed compute environment ({@code cluster.batch}), sized in vCPUs of one
 * instance type. Batch moves its desired vCPUs between the minimum and the maximum as the job
 * queue needs (AWS Batch API reference, ComputeResourceUpdate.desiredvCpus) and scales idle
 * instances down to the minimum (ComputeEnvironmentDetail.state). hpcsim runs it on the dynamic-node
 * machinery: the instances the minimum needs are static nodes, those up to the maximum dynamic ones.
 *
 * @param minvCpus                 vCPUs kept running when no job needs them
 * @param maxvCpus                 the most vCPUs the environment scales to
 * @param instanceType             the instances' type, or null for the cluster's {@code instanceType}
 * @param minScaleDownDelayMinutes Batch's scaling policy: minutes an instance stays up after its
 *                                 last job, 20 to 10080, or 0 when not set
 */
public record BatchSpec(int minvCpus, int maxvCpus, String instanceType, int minScaleDownDelayMinutes) {
    /** Validates the settings. */
    public BatchSpec {
        InvalidFieldException.require(minvCpus >= 0, "minvCpus", "must be 0 or more vCPUs, got " + minvCpus);
        InvalidFieldException.require(maxvCpus > 0 && maxvCpus >= minvCpus, "maxvCpus",
                "must be positive and at least minvCpus (" + minvCpus + "), got " + maxvCpus);
        InvalidFieldException.require(instanceType == null || InstanceCatalog.find(instanceType).isPresent(),
                "instanceType", "unknown instance type '" + instanceType + "' (known: " + InstanceCatalog.names() + ")");
        // The range AWS Batch accepts (API reference, ComputeScalingPolicy.minScaleDownDelayMinutes).
        InvalidFieldException.require(minScaleDownDelayMinutes == 0
                        || (minScaleDownDelayMinutes >= 20 && minScaleDownDelayMinutes <= 10080),
                "minScaleDownDelayMinutes", "must be 20 to 10080 minutes, or 0 for none, got " + minScaleDownDelayMinutes);
    }

    /**
     * The most instances of {@code vcpus} vCPUs the maximum allows: Batch's default allocation
     * strategy, BEST_FIT, stays within maxvCpus (the others may pass it by one instance; AWS Batch
     * user guide, "Instance type allocation strategies").
     */
    public int instances(int vcpus) {
        return maxvCpus / vcpus;
    }

    /** Instances always up: enough for the minimum vCPUs, but never more than the maximum allows. */
    public int staticInstances(int vcpus) {
        return Math.min((int) (((long) minvCpus + vcpus - 1) / vcpus), instances(vcpus));
    }

    /** Instances launched only when jobs need them. */
    public int dynamicInstances(int vcpus) {
        return instances(vcpus) - staticInstances(vcpus);
    }

    @JsonCreator
    static BatchSpec fromFile(@JsonProperty("minvCpus") Integer minvCpus, @JsonProperty("maxvCpus") Integer maxvCpus,
                              @JsonProperty("instanceType") String instanceType,
                              @JsonProperty("minScaleDownDelayMinutes") Integer delay) {
        InvalidFieldException.require(maxvCpus != null, "maxvCpus", "is required: the most vCPUs the environment"
                + " scales to");
        return new BatchSpec(minvCpus == null ? 0 : minvCpus, maxvCpus, instanceType, delay == null ? 0 : delay);
    }
}
