package org.hpcsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.Scenario;

/** A scenario's cluster block given inline (with a placeholder workload): read, refused in one line, echoed. */
final class InlineClusters {
    private static final ScenarioLoader LOADER = new ScenarioLoader();

    private InlineClusters() {}

    private static Scenario scenario(String cluster) {
        return LOADER.parse("cluster: " + cluster + "\nworkload: {trace: t.swf}\n", "inline");
    }

    /** The cluster that {@code cluster} (a YAML flow map) reads as. */
    static ClusterSpec cluster(String cluster) {
        return scenario(cluster).cluster();
    }

    /** The one-line error {@code cluster} is refused with, without the "inline[:line:col]: " prefix. */
    static String error(String cluster) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> cluster(cluster));
        assertFalse(e.getMessage().contains("\n"), "not one line: " + e.getMessage());
        return e.getMessage().replaceFirst("^inline(:\\d+:\\d+)?: ", "");
    }

    /** The cluster block of the scenario echo. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> echoed(String cluster) {
        return (Map<String, Object>) ScenarioWriter.toMap(scenario(cluster)).get("cluster");
    }
}
