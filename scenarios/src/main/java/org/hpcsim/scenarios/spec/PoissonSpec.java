package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Rigid jobs with Poisson arrivals, paced so that the offered load (work submitted per unit time
 * over the cluster's capacity) meets a target; sizes log-uniform with serial and power-of-two
 * fractions, runtimes from a chosen distribution.
 *
 * @param jobs                number of jobs
 * @param load                target offered load, e.g. 0.9 for 90% of the cluster's cores
 * @param serialFraction      fraction of one-processor jobs
 * @param powerOfTwoFraction  fraction of parallel jobs whose size is rounded to a power of two
 * @param maxProcessors       largest job in processors; 0 means an eighth of the cluster's cores
 * @param size                a size distribution replacing the log-uniform one, or null
 * @param runtime             runtime distribution (seconds)
 * @param maxRuntime          runtimes are cut at this many seconds
 * @param maxOverestimate     requested time = runtime x a factor uniform in [1, maxOverestimate]
 */
public record PoissonSpec(int jobs, double load, double serialFraction, double powerOfTwoFraction, int maxProcessors,
                          SizeSpec size, RuntimeSpec runtime, double maxRuntime, double maxOverestimate)
        implements SyntheticSpec {
    /** Validates the generator's parameters. */
    public PoissonSpec {
        InvalidFieldException.require(jobs > 0, "jobs", "must be a positive number of jobs, got " + jobs);
        InvalidFieldException.require(load > 0 && load <= 10, "load", "must be in (0, 10], got " + load);
        InvalidFieldException.require(serialFraction >= 0 && serialFraction <= 1, "serialFraction",
                "must be in [0, 1], got " + serialFraction);
        InvalidFieldException.require(powerOfTwoFraction >= 0 && powerOfTwoFraction <= 1, "powerOfTwoFraction",
                "must be in [0, 1], got " + powerOfTwoFraction);
        InvalidFieldException.require(maxProcessors >= 0, "maxProcessors", "must be 0 (automatic) or positive");
        InvalidFieldException.require(runtime != null, "runtime", "is required (distribution: " + RuntimeSpec.DISTRIBUTIONS + ")");
        InvalidFieldException.require(maxRuntime > 0, "maxRuntime", "must be positive seconds, got " + maxRuntime);
        InvalidFieldException.require(maxOverestimate >= 1, "maxOverestimate", "must be at least 1");
    }

    /** The same with a log-normal runtime of the given median and sigma. */
    public PoissonSpec(int jobs, double load, double serialFraction, double powerOfTwoFraction, int maxProcessors,
                       double medianRuntime, double runtimeSigma, double maxRuntime, double maxOverestimate) {
        this(jobs, load, serialFraction, powerOfTwoFraction, maxProcessors, null,
                new RuntimeSpec.LogNormal(medianRuntime, runtimeSigma), maxRuntime, maxOverestimate);
    }

    /** The defaults with a given job count and offered load. */
    public static PoissonSpec defaults(int jobs, double load) {
        return fromFile(jobs, load, null, null, null, null, null, null, null);
    }

    @Override
    public String model() {
        return "poisson";
    }

    // Defaults follow the shape of real parallel workloads (Lublin and Feitelson 2003: about a
    // quarter serial jobs, most parallel sizes powers of two) with a median runtime of 15 minutes.
    @JsonCreator
    static PoissonSpec fromFile(@JsonProperty("jobs") Integer jobs,
                                @JsonProperty("load") Double load,
                                @JsonProperty("serialFraction") Double serialFraction,
                                @JsonProperty("powerOfTwoFraction") Double powerOfTwoFraction,
                                @JsonProperty("maxProcessors") Integer maxProcessors,
                                @JsonProperty("size") SizeSpec size,
                                @JsonProperty("runtime") RuntimeSpec runtime,
                                @JsonProperty("maxRuntime") Double maxRuntime,
                                @JsonProperty("maxOverestimate") Double maxOverestimate) {
        return new PoissonSpec(
                jobs == null ? 1000 : jobs,
                load == null ? 0.8 : load,
                serialFraction == null ? 0.24 : serialFraction,
                powerOfTwoFraction == null ? 0.75 : powerOfTwoFraction,
                maxProcessors == null ? 0 : maxProcessors,
                size,
                runtime == null ? new RuntimeSpec.LogNormal(900, 1.5) : runtime,
                maxRuntime == null ? 86_400 : maxRuntime,
                maxOverestimate == null ? 3 : maxOverestimate);
    }
}
