package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.spec.KubernetesSpec;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;

/** Scenarios with {@code scheduler: volcano} under policy kubernetes, end to end. */
class VolcanoRunTest {
    private static final Path EXAMPLES = Path.of("examples/kubernetes");
    private final ScenarioLoader loader = new ScenarioLoader();

    private RunReport runExample(String name) throws Exception {
        Scenario s = loader.load(EXAMPLES.resolve(name));
        return ScenarioRunner.run(s, EXAMPLES, List.of());
    }

    @Test
    void shouldRunTheDeadlockExampleToCompletionUnderVolcanoOnly() throws Exception {
        RunReport def = runExample("mpijob-deadlock-default.yaml");
        assertEquals(1, def.metrics().jobs());
        assertTrue(def.notes().stream().anyMatch(n -> n.contains("never scheduled")), def.notes().toString());
        RunReport volcano = runExample("mpijob-deadlock-volcano.yaml");
        assertEquals(3, volcano.metrics().jobs());
        // Job 3 runs 100..150 s, then job 2 150..200 s.
        assertEquals(200, volcano.metrics().makespan(), 1e-9);
    }

    @Test
    void shouldReadAndWriteTheVolcanoSettings() throws Exception {
        Scenario s = loader.parse("""
                name: k
                cluster: {nodes: 2, coresPerNode: 4}
                scheduler:
                  policy: kubernetes
                  kubernetes: {workload: mpijob, scheduler: volcano, volcano: {schedulePeriodMs: 500}}
                workload: {trace: jobs.csv}
                """, "inline");
        KubernetesSpec k = s.scheduler().kubernetes();
        assertEquals(KubernetesSpec.Scheduler.VOLCANO, k.scheduler());
        assertEquals(500_000_000L, k.volcano().schedulePeriod());
        String yaml = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).writeValueAsString(
                org.hpcsim.scenarios.ScenarioWriter.toMap(s));
        assertEquals(s.scheduler(), loader.parse(yaml, "written").scheduler());
        assertEquals(KubernetesSpec.Scheduler.DEFAULT, KubernetesSpec.defaults().scheduler());
    }

    @Test
    void shouldRefuseVolcanoSettingsThatWouldBeIgnored() {
        for (String kubernetes : List.of("{scheduler: kueue}", "{volcano: {schedulePeriodMs: 500}}",
                "{scheduler: volcano, cycleTimeMs: 5}", "{scheduler: volcano, volcano: {schedulePeriodMs: 0}}")) {
            assertThrows(ScenarioException.class, () -> loader.parse("""
                    name: k
                    cluster: {nodes: 2, coresPerNode: 4}
                    scheduler: {policy: kubernetes, kubernetes: %s}
                    workload: {trace: jobs.csv}
                    """.formatted(kubernetes), "inline"), kubernetes);
        }
    }
}
