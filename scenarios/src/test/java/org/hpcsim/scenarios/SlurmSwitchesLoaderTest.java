package org.hpcsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.slurm.SwitchRequest;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;

/** {@code scheduler.slurm.switches} and {@code parameters.max_switch_wait}: read, defaults, errors, written back. */
class SlurmSwitchesLoaderTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    private Scenario load(String slurm) {
        return loader.parse("cluster: {nodes: 2}\nscheduler:\n  policy: slurm\n  slurm:\n" + slurm.indent(4)
                + "workload: {trace: t.swf}\n", "s.yaml");
    }

    private SwitchRequest switches(String value) {
        return load("switches: \"" + value + "\"").scheduler().slurm().switches();
    }

    @Test
    void shouldReadCountAndWaitInSlurmsTimeFormats() {
        assertEquals(new SwitchRequest(1, SimTime.seconds(300)), switches("1@5:00"));
        assertEquals(new SwitchRequest(2, SimTime.seconds(300 * 60)), switches("2@300"), "a bare number is minutes");
        assertEquals(new SwitchRequest(1, SimTime.seconds(90 * 60)), switches("1@1:30:00"));
        assertEquals(new SwitchRequest(3, Long.MAX_VALUE), switches("3"));
        assertEquals(new SwitchRequest(2, Long.MAX_VALUE), load("switches: 2").scheduler().slurm().switches());
        assertEquals(new SwitchRequest(1, Long.MAX_VALUE), switches("1@UNLIMITED"));
        assertEquals(SwitchRequest.NONE, load("scheduler: backfill").scheduler().slurm().switches());
    }

    @Test
    void shouldReadMaxSwitchWaitWithSlurmsDefault() {
        assertEquals(SimTime.seconds(300), load("scheduler: backfill").scheduler().slurm().params().maxSwitchWait());
        assertEquals(SimTime.seconds(60),
                load("parameters: {max_switch_wait: 60}").scheduler().slurm().params().maxSwitchWait());
    }

    @Test
    void shouldRefuseBadSwitchesInOneLine() {
        for (String bad : new String[] {"0", "-1", "x", "1@", "1@soon", "1@2@3"}) {
            ScenarioException e = assertThrows(ScenarioException.class, () -> switches(bad), bad);
            assertTrue(e.getMessage().contains("switches") && e.getMessage().contains("COUNT@TIME")
                    && !e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldWriteSwitchesBackSoTheScenarioRunsAgainAlike() {
        Scenario s = load("switches: \"2@5:30\"\nparameters: {max_switch_wait: 120}");
        Map<String, Object> slurm = (Map<String, Object>) ((Map<String, Object>) ScenarioWriter.toMap(s)
                .get("scheduler")).get("slurm");
        assertEquals("2@5:30", slurm.get("switches"));
        assertEquals(120L, ((Map<String, Object>) slurm.get("parameters")).get("max_switch_wait"));
    }
}
