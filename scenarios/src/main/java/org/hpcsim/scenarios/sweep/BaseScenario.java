package org.hpcsim.scenarios.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;

/**
 * The scenario a study (a sweep or a plan) varies, as a YAML tree, and the folder its relative
 * paths (its trace) are resolved against.
 *
 * @param tree the scenario's fields; a copy of its own, which callers copy again before changing
 * @param dir  the folder of the file that holds the scenario
 */
public record BaseScenario(ObjectNode tree, Path dir) {
    /**
     * The scenario a study file's {@code scenario:} field names: a file relative to
     * {@code folder} (the study file's), or the scenario itself as a mapping.
     */
    public static BaseScenario of(JsonNode field, Path folder, String origin, ScenarioLoader loader) {
        if (field == null || field.isNull()) {
            throw new ScenarioException(origin + ": scenario: is required (a scenario file relative to this one,"
                    + " or the scenario itself as a mapping)");
        }
        if (field.isTextual()) {
            Path scenarioFile = folder.resolve(field.asText());
            JsonNode read = loader.readTree(ScenarioLoader.readText(scenarioFile), scenarioFile.toString());
            if (!(read instanceof ObjectNode o)) {
                throw new ScenarioException(scenarioFile + ": expected a mapping of scenario fields");
            }
            return new BaseScenario(o, scenarioFile.toAbsolutePath().getParent());
        }
        if (field instanceof ObjectNode o) {
            return new BaseScenario(o.deepCopy(), folder);
        }
        throw new ScenarioException(origin + ": scenario: expected a file name or a mapping of scenario fields");
    }
}
