package org.hpcsim.scenarios.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.spec.Scenario;

/**
 * Reads a sweep: a sweep file naming (or holding) its base scenario, or a scenario file with a
 * {@code sweep:} block. Every point's scenario is built and validated here, before anything runs,
 * so a bad value at point 900 fails at once, in one line naming the point.
 */
public final class SweepLoader {
    private final ScenarioLoader loader = new ScenarioLoader();

    /** Reads and validates the sweep in {@code file}. */
    public SweepSpec load(Path file) {
        String origin = file.toString();
        JsonNode tree = loader.readTree(ScenarioLoader.readText(file), origin);
        if (!(tree instanceof ObjectNode root)) {
            throw new ScenarioException(origin + ": expected a mapping: a sweep file (scenario, parameters) or a"
                    + " scenario file with a 'sweep:' block");
        }
        Path folder = file.toAbsolutePath().getParent();
        SweepSettings settings;
        ObjectNode base;
        Path baseDir = folder;
        if (root.has("sweep")) {
            if (root.has("scenario") || root.has("parameters")) {
                throw new ScenarioException(origin + ": a scenario file with a 'sweep:' block lists its parameters"
                        + " inside the block (no top-level 'scenario' or 'parameters')");
            }
            settings = loader.read(root.get("sweep"), origin + ": sweep", SweepSettings.class);
            if (settings.scenario() != null) {
                throw new ScenarioException(origin + ": sweep.scenario: not allowed in a sweep block (the file"
                        + " around it is the scenario)");
            }
            base = root.deepCopy();
            base.remove("sweep");
        } else {
            settings = loader.read(ScenarioLoader.readText(file), origin, SweepSettings.class);
            BaseScenario b = BaseScenario.of(settings.scenario(), folder, origin, loader);
            base = b.tree();
            baseDir = b.dir();
        }
        Scenario baseScenario = loader.bind(base, origin + ": scenario");
        String name = settings.name() != null ? settings.name() : baseScenario.name();
        long seed = settings.seed() != null ? settings.seed() : baseScenario.seed();
        List<List<JsonNode>> values;
        try {
            values = SweepDesign.values(settings.parameters(), settings.sampling(), settings.samples(), seed);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(origin + ": " + e.getMessage());
        }
        List<SweepPoint> points = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            points.add(new SweepPoint(i, values.get(i), bind(origin, base, settings.parameters(), i, values.get(i))));
        }
        return new SweepSpec(origin, name, baseDir, settings.parameters(), settings.sampling(),
                settings.replications(), seed, settings.commonSeeds(), points,
                fingerprint(base, settings, seed, values));
    }

    /** The base scenario with the point's values set in, validated. */
    private Scenario bind(String origin, ObjectNode base, List<SweepParameter> parameters, int index,
                          List<JsonNode> values) {
        ObjectNode tree = base.deepCopy();
        StringBuilder label = new StringBuilder();
        for (int d = 0; d < parameters.size(); d++) {
            SweepParameter p = parameters.get(d);
            label.append(d == 0 ? "" : ", ").append(p.name()).append('=').append(values.get(d));
            try {
                p.path().set(tree, values.get(d));
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(origin + ": parameter '" + p.path() + "': " + e.getMessage());
            }
        }
        return loader.bind(tree, origin + ": point " + index + " (" + label + ")");
    }

    // SHA-256 of the base scenario, the values and the seeding, as canonical JSON text.
    private static String fingerprint(ObjectNode base, SweepSettings settings, long seed, List<List<JsonNode>> values) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(base.toString().getBytes(StandardCharsets.UTF_8));
            for (SweepParameter p : settings.parameters()) {
                sha.update(("\n" + p.path()).getBytes(StandardCharsets.UTF_8));
            }
            for (List<JsonNode> point : values) {
                sha.update(("\n" + point).getBytes(StandardCharsets.UTF_8));
            }
            sha.update(("\n" + seed + " " + settings.commonSeeds() + " " + settings.replications())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
