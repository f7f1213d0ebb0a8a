package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The Lublin-Feitelson (2003) model of rigid parallel jobs, with its published parameters.
 *
 * @param jobs            number of jobs
 * @param load            target offered load (arrivals rescaled to meet it), or 0 for the model's
 *                        own arrival process
 * @param maxOverestimate requested time = runtime x a factor uniform in [1, maxOverestimate]; the
 *                        model itself has no requested times (1 gives exact estimates)
 */
public record LublinSpec(int jobs, double load, double maxOverestimate) implements SyntheticSpec {
    /** Validates the parameters. */
    public LublinSpec {
        InvalidFieldException.require(jobs > 0, "jobs", "must be a positive number of jobs, got " + jobs);
        InvalidFieldException.require(load >= 0 && load <= 10, "load", "must be 0 (the model's own) or in (0, 10], got " + load);
        InvalidFieldException.require(maxOverestimate >= 1, "maxOverestimate", "must be at least 1");
    }

    @Override
    public String model() {
        return "lublin";
    }

    @JsonCreator
    static LublinSpec fromFile(@JsonProperty("jobs") Integer jobs, @JsonProperty("load") Double load,
                               @JsonProperty("maxOverestimate") Double maxOverestimate) {
        return new LublinSpec(jobs == null ? 1000 : jobs, load == null ? 0 : load,
                maxOverestimate == null ? 1 : maxOverestimate);
    }
}
