package org.hpcsim.scenarios.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.spec.Scenario;
import org.hpcsim.scenarios.sweep.BaseScenario;
import org.hpcsim.scenarios.sweep.SweepDesign;
import org.hpcsim.scenarios.sweep.SweepParameter;

/**
 * Reads a plan file: its base scenario, objective, constraints and search dimensions, each
 * checked before anything runs, every problem one line naming the file and field.
 */
public final class PlanLoader {
    /** The most grid combinations: each is a search of several simulations, so more is a mistake. */
    static final int MAX_COMBINATIONS = 10_000;
    /** The most values of a monotone dimension (bisection asks about 20 of a million). */
    static final int MAX_LEVELS = 1_000_000;

    private static final Set<String> DIMENSION_FIELDS =
            Set.of("path", "name", "values", "range", "logRange", "integer", "monotone");

    private final ScenarioLoader loader = new ScenarioLoader();
    private final List<String> metrics;

    /** A loader accepting the metrics in {@code metrics} (headline metric keys, in the order messages list them). */
    public PlanLoader(List<String> metrics) {
        this.metrics = List.copyOf(metrics);
    }

    /** Reads and validates the plan in {@code file}. */
    public PlanSpec load(Path file) {
        String origin = file.toString();
        String text = ScenarioLoader.readText(file);
        if (!(loader.readTree(text, origin) instanceof ObjectNode)) {
            throw new ScenarioException(origin + ": expected a mapping of plan fields (scenario, objective,"
                    + " constraints, search)");
        }
        PlanSettings settings = loader.read(text, origin, PlanSettings.class);
        checkMetric(origin, "objective", settings.objective().metric());
        for (int i = 0; i < settings.constraints().size(); i++) {
            checkMetric(origin, "constraints[" + i + "].metric", settings.constraints().get(i).metric());
        }
        BaseScenario base = BaseScenario.of(settings.scenario(), file.toAbsolutePath().getParent(), origin, loader);
        Scenario baseScenario = loader.bind(base.tree(), origin + ": scenario");

        List<SweepParameter> grid = new ArrayList<>();
        List<String> names = new ArrayList<>();
        MonotoneDimension monotone = null;
        String monotoneAt = null;
        for (int i = 0; i < settings.search().size(); i++) {
            String at = origin + ": search[" + i + "]";
            JsonNode node = settings.search().get(i);
            boolean isMonotone = monotoneFlag(at, node);
            SweepParameter p = parameter(at, (ObjectNode) node);
            if (names.contains(p.name())) {
                throw new ScenarioException(at + ": name '" + p.name() + "' is taken by another dimension; give"
                        + " each a different name");
            }
            names.add(p.name());
            if (!isMonotone) {
                grid.add(gridDimension(at, p));
            } else if (monotone != null) {
                throw new ScenarioException(at + ": '" + p.name() + "' and '" + monotone.name() + "' ("
                        + monotoneAt + ") are both monotone; a plan bisects one dimension at most (a limitation:"
                        + " two monotone dimensions have a boundary curve, not one smallest value), so set"
                        + " monotone: false on all but one and they are searched as a grid");
            } else {
                monotone = MonotoneLevels.of(at, p, MAX_LEVELS);
                monotoneAt = "search[" + i + "]";
            }
        }
        long count = 1;
        for (SweepParameter p : grid) {
            count *= p.levels().size();
            if (count > MAX_COMBINATIONS) {
                throw new ScenarioException(origin + ": search: the grid dimensions make more than "
                        + MAX_COMBINATIONS + " combinations, each searched in full; list fewer values");
            }
        }
        List<List<JsonNode>> combinations = SweepDesign.grid(grid);
        String name = settings.name() != null ? settings.name() : baseScenario.name();
        long seed = settings.seed() != null ? settings.seed() : baseScenario.seed();
        PlanSpec spec = new PlanSpec(origin, name, base.dir(), base.tree(), settings, seed, grid, monotone, names,
                combinations);
        // Each value of a monotone dimension is a whole number at one place, so a scenario that
        // binds at both ends binds in between; every combination is checked at both ends, before
        // anything runs, rather than each of up to a million points.
        for (PlanPoint p : spec.ends()) {
            spec.scenario(p);
        }
        return spec;
    }

    private void checkMetric(String origin, String field, String metric) {
        if (!metrics.contains(metric)) {
            throw new ScenarioException(origin + ": " + field + ": unknown metric '" + metric + "' (allowed: "
                    + String.join(", ", metrics) + ")");
        }
    }

    /** The dimension's {@code monotone} flag (false when left out); checks its fields on the way. */
    private static boolean monotoneFlag(String at, JsonNode node) {
        if (!(node instanceof ObjectNode o)) {
            throw new ScenarioException(at + ": expected a mapping (path, values or range, monotone)");
        }
        Set<String> unknown = new TreeSet<>();
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!DIMENSION_FIELDS.contains(f)) {
                unknown.add(f);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ScenarioException(at + ": unknown field '" + unknown.iterator().next() + "' (allowed here: "
                    + String.join(", ", new TreeSet<>(DIMENSION_FIELDS)) + ")");
        }
        JsonNode m = o.get("monotone");
        if (m != null && !m.isBoolean()) {
            throw new ScenarioException(at + ": monotone: expected true or false, got " + m);
        }
        return m != null && m.asBoolean();
    }

    /** The dimension as a sweep parameter (everything but {@code monotone}). */
    private SweepParameter parameter(String at, ObjectNode node) {
        ObjectNode fields = node.deepCopy();
        fields.remove("monotone");
        SweepParameter p = loader.read(fields, at, SweepParameter.class);
        if (p.path().text().equals("seed")) {
            throw new ScenarioException(at + ": 'seed' cannot be searched: set the plan's seed and replications"
                    + " instead");
        }
        return p;
    }

    /** Checks a grid dimension: listed values without repeats. */
    private static SweepParameter gridDimension(String at, SweepParameter p) {
        if (!p.discrete()) {
            throw new ScenarioException(at + " (" + p.name() + "): a continuous interval cannot be searched as a"
                    + " grid; list values, give range.step or logRange.count, or set monotone: true for whole"
                    + " numbers searched by bisection");
        }
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode v : p.levels()) {
            if (!seen.add(v)) {
                throw new ScenarioException(at + " (" + p.name() + "): the value " + v + " is listed twice;"
                        + " list each value once");
            }
        }
        return p;
    }
}
