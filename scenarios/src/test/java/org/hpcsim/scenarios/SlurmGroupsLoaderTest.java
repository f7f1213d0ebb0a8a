package org.hpcsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import java.util.Map;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;

/** {@code scheduler.slurm.groups}, the member lists AllowGroups reads: read, sorted, errors, written back. */
class SlurmGroupsLoaderTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    private Scenario load(String slurm) {
        return loader.parse("cluster: {nodes: 2}\nscheduler:\n  policy: slurm\n  slurm:\n" + slurm.indent(4)
                + "workload: {trace: t.swf}\n", "s.yaml");
    }

    @Test
    void shouldReadEachGroupsMembersInGroupOrder() {
        Map<String, List<String>> g = load("conf: slurm.conf\ngroups: {physics: [bo, cy], bio: [ana]}")
                .scheduler().slurm().groups();
        assertEquals(List.of("bio", "physics"), List.copyOf(g.keySet()));
        assertEquals(List.of("bo", "cy"), g.get("physics"));
        assertEquals(Map.of(), load("conf: slurm.conf").scheduler().slurm().groups());
    }

    @Test
    void shouldRefuseAnEmptyUserNameInOneLine() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> load("conf: slurm.conf\ngroups: {physics: [bo, '']}"));
        assertTrue(e.getMessage().contains("groups") && e.getMessage().contains("empty user name")
                && !e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void shouldWriteTheGroupsBackSoTheScenarioRunsAgainAlike() throws Exception {
        Scenario s = load("conf: slurm.conf\ngroups: {physics: [bo], bio: [ana, dan]}");
        String text = new ObjectMapper(new YAMLFactory()).writeValueAsString(ScenarioWriter.toMap(s));
        assertEquals(s.scheduler().slurm(), loader.parse(text, "again.yaml").scheduler().slurm());
    }
}
