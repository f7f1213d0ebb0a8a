package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Changes applied to a workload before it runs, in this order: filter (users, partitions, size),
 * time window, job-count slice, runtime estimates, load scaling.
 *
 * @param users          keep only jobs of these users (empty: all)
 * @param partitions     keep only jobs in these partitions (empty: all)
 * @param minProcessors  keep only jobs of at least this many processors (0: no bound)
 * @param maxProcessors  keep only jobs of at most this many processors (0: no bound)
 * @param windowStart    keep jobs submitted at least this many seconds after the first job (0: from the start)
 * @param windowEnd      keep jobs submitted less than this many seconds after the first job (0: to the end)
 * @param skip           skip this many jobs (after filtering and the window)
 * @param limit          keep at most this many jobs (0: all)
 * @param estimates      requested times: "recorded" (as the trace has them), "exact" (the runtime),
 *                       or "factor" (the runtime times {@code estimateFactor})
 * @param estimateFactor the over-estimation factor for estimates "factor"
 * @param loadFactor     multiply the offered load by this (divide inter-arrival times); 1: unchanged
 * @param targetLoad     rescale inter-arrival times so the offered load on the cluster is this
 *                       (reads the workload twice); 0: unchanged
 */
public record TransformSpec(List<String> users, List<String> partitions, int minProcessors, int maxProcessors,
                            double windowStart, double windowEnd, long skip, long limit, String estimates,
                            double estimateFactor, double loadFactor, double targetLoad) {
    /** No change at all. */
    public static final TransformSpec NONE = new TransformSpec(List.of(), List.of(), 0, 0, 0, 0, 0, 0, "recorded", 1, 1, 0);

    /** Validates the transforms. */
    public TransformSpec {
        users = List.copyOf(users);
        partitions = List.copyOf(partitions);
        InvalidFieldException.require(minProcessors >= 0, "minProcessors", "must be 0 or more");
        InvalidFieldException.require(maxProcessors >= 0, "maxProcessors", "must be 0 or more");
        InvalidFieldException.require(maxProcessors == 0 || maxProcessors >= minProcessors, "maxProcessors",
                "must be at least minProcessors");
        InvalidFieldException.require(windowStart >= 0, "windowStart", "must be 0 or more seconds");
        InvalidFieldException.require(windowEnd == 0 || windowEnd > windowStart, "windowEnd",
                "must be above windowStart (or 0 for no end)");
        InvalidFieldException.require(skip >= 0, "skip", "must be 0 or more");
        InvalidFieldException.require(limit >= 0, "limit", "must be 0 (all) or more");
        InvalidFieldException.require(List.of("recorded", "exact", "factor").contains(estimates), "estimates",
                "unknown estimate model '" + estimates + "' (allowed: recorded, exact, factor)");
        InvalidFieldException.require(estimateFactor >= 1, "estimateFactor", "must be at least 1");
        InvalidFieldException.require(loadFactor > 0, "loadFactor", "must be positive");
        InvalidFieldException.require(targetLoad >= 0, "targetLoad", "must be 0 (unchanged) or positive");
        InvalidFieldException.require(targetLoad == 0 || loadFactor == 1, "targetLoad",
                "give loadFactor or targetLoad, not both");
    }

    /** True when nothing changes. */
    public boolean isIdentity() {
        return equals(NONE);
    }

    @JsonCreator
    static TransformSpec fromFile(@JsonProperty("users") List<String> users,
                                  @JsonProperty("partitions") List<String> partitions,
                                  @JsonProperty("minProcessors") Integer minProcessors,
                                  @JsonProperty("maxProcessors") Integer maxProcessors,
                                  @JsonProperty("windowStart") Double windowStart,
                                  @JsonProperty("windowEnd") Double windowEnd,
                                  @JsonProperty("skip") Long skip,
                                  @JsonProperty("limit") Long limit,
                                  @JsonProperty("estimates") String estimates,
                                  @JsonProperty("estimateFactor") Double estimateFactor,
                                  @JsonProperty("loadFactor") Double loadFactor,
                                  @JsonProperty("targetLoad") Double targetLoad) {
        return new TransformSpec(users == null ? List.of() : users, partitions == null ? List.of() : partitions,
                minProcessors == null ? 0 : minProcessors, maxProcessors == null ? 0 : maxProcessors,
                windowStart == null ? 0 : windowStart, windowEnd == null ? 0 : windowEnd,
                skip == null ? 0 : skip, limit == null ? 0 : limit,
                estimates == null ? (estimateFactor != null ? "factor" : "recorded") : estimates,
                estimateFactor == null ? 1 : estimateFactor,
                loadFactor == null ? 1 : loadFactor, targetLoad == null ? 0 : targetLoad);
    }
}
