package org.hpcsim.scenarios.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.hpcsim.scenarios.spec.InvalidFieldException;

/**
 * A plan as its file writes it, before the base scenario is read and the search dimensions are
 * checked (each is a sweep parameter plus {@code monotone}, read by {@link PlanLoader}).
 *
 * @param name         the plan's name (default: the base scenario's)
 * @param scenario     the base scenario: a file name relative to the plan file, or a mapping
 * @param replications runs per evaluated point, each with its own seed
 * @param seed         the seed replication seeds derive from, or null for the base scenario's
 * @param commonSeeds  whether replication r has the same seed at every point
 * @param objective    what to optimize
 * @param constraints  what the answer must meet
 * @param search       the dimensions, as written
 */
public record PlanSettings(String name, JsonNode scenario, int replications, Long seed, boolean commonSeeds,
                           PlanObjective objective, List<PlanConstraint> constraints, List<JsonNode> search) {
    /** The most replications per point. */
    static final int MAX_REPLICATIONS = 10_000;

    /** Replications when the file does not say: enough for a t interval that means something. */
    static final int DEFAULT_REPLICATIONS = 5;

    /** Validates what can be checked without the metric list and the base scenario. */
    public PlanSettings {
        InvalidFieldException.require(name == null || name.matches("[A-Za-z0-9._-]+"), "name",
                "must be letters, digits, '.', '_' or '-', got '" + name + "'");
        InvalidFieldException.require(replications >= 1 && replications <= MAX_REPLICATIONS, "replications",
                "must be 1 to " + MAX_REPLICATIONS + ", got " + replications);
        InvalidFieldException.require(objective != null, "objective",
                "is required: {minimize: METRIC} or {maximize: METRIC}, e.g. {minimize: totalCost}");
        InvalidFieldException.require(constraints != null && !constraints.isEmpty(), "constraints",
                "must list at least one constraint, e.g. {metric: p95Wait, max: 3600}; to rank points without"
                        + " constraints, run a sweep");
        constraints = List.copyOf(constraints);
        InvalidFieldException.require(search != null && !search.isEmpty(), "search",
                "must list at least one dimension (path and values or range)");
        search = List.copyOf(search);
    }

    @JsonCreator
    static PlanSettings fromFile(@JsonProperty("name") String name, @JsonProperty("scenario") JsonNode scenario,
                                 @JsonProperty("replications") Integer replications, @JsonProperty("seed") Long seed,
                                 @JsonProperty("seeds") String seeds,
                                 @JsonProperty("objective") PlanObjective objective,
                                 @JsonProperty("constraints") List<PlanConstraint> constraints,
                                 @JsonProperty("search") List<JsonNode> search) {
        InvalidFieldException.require(seeds == null || seeds.equals("independent") || seeds.equals("common"), "seeds",
                "unknown '" + seeds + "' (allowed: independent, common)");
        return new PlanSettings(name, scenario, replications == null ? DEFAULT_REPLICATIONS : replications, seed,
                "common".equals(seeds), objective, constraints, search);
    }
}
