package org.hpcsim.scenarios.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One rule of {@code hardware.rules}: jobs that match (by name or executable, user, queue,
 * partition, size in processors) run the named profile, pinned or not when {@code pinned} is given.
 *
 * @param profile       the profile's name in {@code hardware.profiles}
 * @param name          job name or executable to match, or null for any
 * @param user          user to match, or null
 * @param queue         queue to match, or null
 * @param partition     partition to match, or null
 * @param minProcessors fewest processors, 0 for no bound
 * @param maxProcessors most processors, 0 for no bound
 * @param pinned        CPU pinning for the matching jobs, or null for the profile's own
 */
public record ProfileRuleSpec(String profile, String name, String user, String queue, String partition,
                              int minProcessors, int maxProcessors, Boolean pinned) {
    /** Validates the rule. */
    public ProfileRuleSpec {
        InvalidFieldException.require(profile != null && !profile.isEmpty(), "profile",
                "is required: the name of a profile in hardware.profiles");
        InvalidFieldException.require(minProcessors >= 0, "minProcessors", "must be 0 or more, got " + minProcessors);
        InvalidFieldException.require(maxProcessors >= 0 && (maxProcessors == 0 || maxProcessors >= minProcessors),
                "maxProcessors", "must be 0 (no bound) or at least minProcessors, got " + maxProcessors);
    }

    @JsonCreator
    static ProfileRuleSpec fromFile(@JsonProperty("profile") String profile, @JsonProperty("name") String name,
                                    @JsonProperty("user") String user, @JsonProperty("queue") String queue,
                                    @JsonProperty("partition") String partition,
                                    @JsonProperty("minProcessors") Integer minProcessors,
                                    @JsonProperty("maxProcessors") Integer maxProcessors,
                                    @JsonProperty("pinned") Boolean pinned) {
        return new ProfileRuleSpec(profile, name, user, queue, partition, minProcessors == null ? 0 : minProcessors,
                maxProcessors == null ? 0 : maxProcessors, pinned);
    }
}
