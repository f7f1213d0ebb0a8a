package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A synthetic workload of rigid jobs with Poisson arrivals, paced so that the offered load (work
 * submitted per unit time over the cluster's capacity) meets a target.
 *
 * @param jobs                number of jobs
 * @param load                target offered load, e.g. 0.9 for 90% of the cluster's cores
 * @param serialFraction      fraction of one-processor jobs
 * @param powerOfTwoFraction  fraction of parallel jobs whose size is rounded to a power of two
 * @param maxProcessors       largest job in processors; 0 means an eighth of the cluster's cores
 * @param medianRuntime       median runtime in seconds (runtimes are log-normal)
 * @param runtimeSigma        sigma of the log-normal runtime
 * @param maxRuntime          runtimes are cut at this many seconds
 * @param maxOverestimate     requested time = runtime x a factor uniform in [1, maxOverestimate]
 */
public record SyntheticSpec(int jobs, double load, double serialFraction, double powerOfTwoFraction,
                            int maxProcessors, double medianRuntime, double runtimeSigma, double maxRuntime,
                            double maxOverestimate) {
    /** Validates the generator's parameters. */
    public SyntheticSpec {
        InvalidFieldException.require(jobs > 0, "jobs", "must be a positive number of jobs, got " + jobs);
        InvalidFieldException.require(load > 0 && load <= 10, "load", "must be in (0, 10], got " + load);
        InvalidFieldException.require(serialFraction >= 0 && serialFraction <= 1, "serialFraction",
                "must be in [0, 1], got " + serialFraction);
        InvalidFieldException.require(powerOfTwoFraction >= 0 && powerOfTwoFraction <= 1, "powerOfTwoFraction",
                "must be in [0, 1], got " + powerOfTwoFraction);
        InvalidFieldException.require(maxProcessors >= 0, "maxProcessors", "must be 0 (automatic) or positive");
        InvalidFieldException.require(medianRuntime > 0, "medianRuntime", "must be positive seconds");
        InvalidFieldException.require(runtimeSigma >= 0, "runtimeSigma", "must not be negative");
        InvalidFieldException.require(maxRuntime >= medianRuntime, "maxRuntime", "must be at least medianRuntime");
        InvalidFieldException.require(maxOverestimate >= 1, "maxOverestimate", "must be at least 1");
    }

    /** The defaults with a given job count and offered load. */
    public static SyntheticSpec defaults(int jobs, double load) {
        return fromFile(jobs, load, null, null, null, null, null, null, null);
    }

    // Defaults follow the shape of real parallel workloads (Lublin and Feitelson 2003: about a
    // quarter serial jobs, most parallel sizes powers of two) with a median runtime of 15 minutes.
    @JsonCreator
    static SyntheticSpec fromFile(@JsonProperty("jobs") Integer jobs,
                                  @JsonProperty("load") Double load,
                                  @JsonProperty("serialFraction") Double serialFraction,
                                  @JsonProperty("powerOfTwoFraction") Double powerOfTwoFraction,
                                  @JsonProperty("maxProcessors") Integer maxProcessors,
                                  @JsonProperty("medianRuntime") Double medianRuntime,
                                  @JsonProperty("runtimeSigma") Double runtimeSigma,
                                  @JsonProperty("maxRuntime") Double maxRuntime,
                                  @JsonProperty("maxOverestimate") Double maxOverestimate) {
        return new SyntheticSpec(
                jobs == null ? 1000 : jobs,
                load == null ? 0.8 : load,
                serialFraction == null ? 0.24 : serialFraction,
                powerOfTwoFraction == null ? 0.75 : powerOfTwoFraction,
                maxProcessors == null ? 0 : maxProcessors,
                medianRuntime == null ? 900 : medianRuntime,
                runtimeSigma == null ? 1.5 : runtimeSigma,
                maxRuntime == null ? 86_400 : maxRuntime,
                maxOverestimate == null ? 3 : maxOverestimate);
    }
}
