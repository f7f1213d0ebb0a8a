package org.hpcsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;

/** A scenario whose Slurm controller comes from a slurm.conf is written with the file, not with defaults it overrides. */
class ScenarioWriterConfTest {
    @Test
    void shouldWriteTheConfAloneWhereItGivesTheController() {
        Scenario s = new ScenarioLoader().parse("scheduler:\n  policy: slurm\n  slurm:\n    conf: cluster.conf\n"
                + "workload: {trace: t.swf}\n", "s.yaml");
        @SuppressWarnings("unchecked")
        Map<String, Object> slurm = (Map<String, Object>) ((Map<String, Object>) ScenarioWriter.toMap(s)
                .get("scheduler")).get("slurm");
        assertEquals(Map.of("conf", s.scheduler().slurm().conf()), slurm,
                "no scheduler, parameters or priority the slurm.conf would override");
    }

    @Test
    void shouldKeepAMultifactorBlockThatOverridesTheConfsPriority() throws Exception {
        Scenario s = new ScenarioLoader().parse("scheduler:\n  policy: slurm\n  slurm:\n    conf: cluster.conf\n"
                + "    priority: {type: multifactor}\nworkload: {trace: t.swf}\n", "s.yaml");
        @SuppressWarnings("unchecked")
        Map<String, Object> slurm = (Map<String, Object>) ((Map<String, Object>) ScenarioWriter.toMap(s)
                .get("scheduler")).get("slurm");
        assertEquals(java.util.List.of("conf", "priority"), java.util.List.copyOf(slurm.keySet()));
        Scenario again = new ScenarioLoader().parse(new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).writeValueAsString(ScenarioWriter.toMap(s)),
                "again.yaml");
        assertEquals(s.scheduler().slurm().multifactor(), again.scheduler().slurm().multifactor());
    }
}
