package org.hpcsim.scenarios.sweep;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.hpcsim.scenarios.spec.InvalidFieldException;

/**
 * A sweep as its file writes it, before the base scenario is read: a sweep file, or the
 * {@code sweep:} block of a scenario file (which has no {@code scenario} field: the file around
 * it is the scenario).
 *
 * @param name         the study's name (default: the base scenario's)
 * @param scenario     the base scenario: a file name relative to the sweep file, or the scenario
 *                     itself as a mapping; null in a {@code sweep:} block
 * @param sampling     how points are picked
 * @param samples      how many points random or Latin hypercube sampling draws
 * @param replications runs per point, each with its own seed
 * @param seed         the seed sampling and replication seeds derive from, or null for the base
 *                     scenario's seed
 * @param commonSeeds  whether replication r runs with the same seed at every point (common random
 *                     numbers: differences between points are not blurred by luck) rather than
 *                     with a seed of its own per point
 * @param parameters   the dimensions
 */
public record SweepSettings(String name, JsonNode scenario, Sampling sampling, int samples, int replications,
                            Long seed, boolean commonSeeds, List<SweepParameter> parameters) {
    /** The most replications per point. */
    static final int MAX_REPLICATIONS = 10_000;

    /** Validates the settings. */
    public SweepSettings {
        InvalidFieldException.require(name == null || name.matches("[A-Za-z0-9._-]+"), "name",
                "must be letters, digits, '.', '_' or '-', got '" + name + "'");
        InvalidFieldException.require(parameters != null && !parameters.isEmpty(), "parameters",
                "must list at least one parameter (path and values)");
        parameters = List.copyOf(parameters);
        InvalidFieldException.require(replications >= 1 && replications <= MAX_REPLICATIONS, "replications",
                "must be 1 to " + MAX_REPLICATIONS + ", got " + replications);
        InvalidFieldException.require(sampling == Sampling.GRID || samples >= 1, "samples",
                "is required for " + sampling.word() + " sampling (a positive number of points)");
        InvalidFieldException.require(sampling != Sampling.GRID || samples == 0, "samples",
                "applies only to random and latin-hypercube sampling (a grid runs every combination)");
        for (SweepParameter p : parameters) {
            InvalidFieldException.require(!p.path().text().equals("seed"), "parameters",
                    "'seed' cannot be swept: set the sweep's seed and replications instead");
        }
    }

    @JsonCreator
    static SweepSettings fromFile(@JsonProperty("name") String name, @JsonProperty("scenario") JsonNode scenario,
                                  @JsonProperty("sampling") String sampling, @JsonProperty("samples") Integer samples,
                                  @JsonProperty("replications") Integer replications, @JsonProperty("seed") Long seed,
                                  @JsonProperty("seeds") String seeds,
                                  @JsonProperty("parameters") List<SweepParameter> parameters) {
        Sampling s = sampling == null ? Sampling.GRID : Sampling.parse(sampling);
        InvalidFieldException.require(s != null, "sampling",
                "unknown sampling '" + sampling + "' (allowed: grid, random, latin-hypercube)");
        InvalidFieldException.require(seeds == null || seeds.equals("independent") || seeds.equals("common"), "seeds",
                "unknown '" + seeds + "' (allowed: independent, common)");
        return new SweepSettings(name, scenario, s, samples == null ? 0 : samples,
                replications == null ? 1 : replications, seed, "common".equals(seeds), parameters);
    }
}
