package org.hpcsim.scenarios.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.spec.Scenario;
import org.hpcsim.scenarios.sweep.ParameterPath;
import org.hpcsim.scenarios.sweep.SweepParameter;

/**
 * A plan ready to search: the base scenario, what to optimize under which constraints, the grid
 * dimensions' combinations and the monotone dimension, and how each point's replications are
 * seeded. Builds the scenario of any point.
 */
public final class PlanSpec {
    private final String origin;
    private final String name;
    private final Path baseDir;
    private final ObjectNode base;
    private final PlanSettings settings;
    private final long seed;
    private final List<SweepParameter> grid;
    private final MonotoneDimension monotone;
    private final List<String> dimensions;
    private final List<List<JsonNode>> combinations;
    private final ScenarioLoader loader = new ScenarioLoader();

    /**
     * A plan of {@code settings} over {@code base}; {@code dimensions} names every dimension in
     * file order, and {@code combinations} lists the grid's value combinations.
     */
    PlanSpec(String origin, String name, Path baseDir, ObjectNode base, PlanSettings settings, long seed,
             List<SweepParameter> grid, MonotoneDimension monotone, List<String> dimensions,
             List<List<JsonNode>> combinations) {
        this.origin = origin;
        this.name = name;
        this.baseDir = baseDir;
        this.base = base.deepCopy();
        this.settings = settings;
        this.seed = seed;
        this.grid = List.copyOf(grid);
        this.monotone = monotone;
        this.dimensions = List.copyOf(dimensions);
        this.combinations = List.copyOf(combinations);
    }

    /** The plan file, as named in messages. */
    public String origin() {
        return origin;
    }

    /** The plan's name. */
    public String name() {
        return name;
    }

    /** The folder the base scenario's relative paths (its trace) are resolved against. */
    public Path baseDir() {
        return baseDir;
    }

    /** Runs per evaluated point. */
    public int replications() {
        return settings.replications();
    }

    /** The seed replication seeds derive from. */
    public long seed() {
        return seed;
    }

    /** Whether replication r has the same seed at every point. */
    public boolean commonSeeds() {
        return settings.commonSeeds();
    }

    /** What to optimize. */
    public PlanObjective objective() {
        return settings.objective();
    }

    /** What the answer must meet. */
    public List<PlanConstraint> constraints() {
        return settings.constraints();
    }

    /** The dimensions searched by grid, in file order. */
    public List<SweepParameter> grid() {
        return grid;
    }

    /** The dimension searched by bisection, or null when the plan is a plain grid. */
    public MonotoneDimension monotone() {
        return monotone;
    }

    /** Every dimension's name, in file order. */
    public List<String> dimensions() {
        return dimensions;
    }

    /** How many combinations of grid values there are (1 without grid dimensions). */
    public int combinations() {
        return combinations.size();
    }

    /** The monotone dimension's levels to search (1 without one: the plan evaluates each combination once). */
    public int levels() {
        return monotone == null ? 1 : monotone.size();
    }

    /** The grid dimensions' values of combination {@code c}, by name in file order, as text. */
    public Map<String, String> gridValues(int c) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int d = 0; d < grid.size(); d++) {
            values.put(grid.get(d).name(), text(combinations.get(c).get(d)));
        }
        return values;
    }

    /** Every dimension's value at {@code p}, by name in file order, as text. */
    public Map<String, String> values(PlanPoint p) {
        Map<String, String> grid = gridValues(p.combination());
        Map<String, String> values = new LinkedHashMap<>();
        for (String d : dimensions) {
            values.put(d, monotone != null && d.equals(monotone.name()) ? Long.toString(monotone.value(p.level()))
                    : grid.get(d));
        }
        return values;
    }

    /** The point as "name=value, name=value" in file order. */
    public String label(PlanPoint p) {
        StringBuilder sb = new StringBuilder();
        values(p).forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return sb.toString();
    }

    /** The base scenario with the point's values set in, validated (with the base scenario's seed). */
    public Scenario scenario(PlanPoint p) {
        ObjectNode tree = base.deepCopy();
        for (Map.Entry<ParameterPath, JsonNode> e : assignments(p).entrySet()) {
            try {
                e.getKey().set(tree, e.getValue());
            } catch (IllegalArgumentException ex) {
                throw new ScenarioException(origin + ": search: '" + e.getKey() + "': " + ex.getMessage());
            }
        }
        return loader.bind(tree, origin + ": point " + label(p));
    }

    /**
     * The seed of replication {@code replication} at {@code p}: the plan seed plus the replication
     * under common seeds, else a stream of its own named by the point's paths and values, so the
     * seed does not depend on the order in which the search happens to reach the point.
     */
    public long seedOf(PlanPoint p, int replication) {
        if (commonSeeds()) {
            return seed + replication;
        }
        StringBuilder key = new StringBuilder("plan.point");
        assignments(p).forEach((path, v) -> key.append(' ').append(path).append('=').append(text(v)));
        return new RandomStreams(seed, replication).stream(key.toString()).nextLong();
    }

    /** The scenario replication {@code replication} of {@code p} runs. */
    public Scenario scenarioOf(PlanPoint p, int replication) {
        return scenario(p).withSeed(seedOf(p, replication));
    }

    /** The values {@code p} sets, by path, grid dimensions then the monotone one. */
    private Map<ParameterPath, JsonNode> assignments(PlanPoint p) {
        Map<ParameterPath, JsonNode> set = new LinkedHashMap<>();
        for (int d = 0; d < grid.size(); d++) {
            set.put(grid.get(d).path(), combinations.get(p.combination()).get(d));
        }
        if (monotone != null) {
            set.put(monotone.path(), LongNode.valueOf(monotone.value(p.level())));
        }
        return set;
    }

    /** A value as YAML writes it: a number or a word, else its JSON. */
    static String text(JsonNode v) {
        return v.isValueNode() ? v.asText() : v.toString();
    }

    /** Every point at the ends of the monotone range (or every combination), to validate at load. */
    List<PlanPoint> ends() {
        List<PlanPoint> points = new ArrayList<>();
        for (int c = 0; c < combinations.size(); c++) {
            if (monotone == null) {
                points.add(new PlanPoint(c, -1));
            } else {
                points.add(new PlanPoint(c, 0));
                if (monotone.size() > 1) {
                    points.add(new PlanPoint(c, monotone.size() - 1));
                }
            }
        }
        return points;
    }
}
