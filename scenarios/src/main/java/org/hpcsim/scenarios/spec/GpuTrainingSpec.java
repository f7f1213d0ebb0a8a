package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A deep-learning training mix of the kind public GPU cluster traces show (GPU counts 1 to 64 in
 * powers of two, long-tailed durations), with Poisson arrivals paced to a target GPU load.
 *
 * @param jobs        number of jobs
 * @param load        target offered load on the cluster's GPUs
 * @param cpusPerGpu  processors each job takes per GPU
 */
public record GpuTrainingSpec(int jobs, double load, int cpusPerGpu) implements SyntheticSpec {
    /** Validates the parameters. */
    public GpuTrainingSpec {
        InvalidFieldException.require(jobs > 0, "jobs", "must be a positive number of jobs, got " + jobs);
        InvalidFieldException.require(load > 0 && load <= 10, "load", "must be in (0, 10], got " + load);
        InvalidFieldException.require(cpusPerGpu >= 1, "cpusPerGpu", "must be at least 1, got " + cpusPerGpu);
    }

    @Override
    public String model() {
        return "gpu-training";
    }

    @JsonCreator
    static GpuTrainingSpec fromFile(@JsonProperty("jobs") Integer jobs, @JsonProperty("load") Double load,
                                    @JsonProperty("cpusPerGpu") Integer cpusPerGpu) {
        return new GpuTrainingSpec(jobs == null ? 1000 : jobs, load == null ? 0.8 : load,
                cpusPerGpu == null ? 8 : cpusPerGpu);
    }
}
