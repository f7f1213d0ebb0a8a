package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.run.JobOutcome;
import org.hpcsim.models.run.RunObserver;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.ScenarioWriter;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Maintenance reservations from a scenario file, through a whole run. */
class MaintenanceRunTest {
    @TempDir
    Path dir;

    private Scenario load(String maintenance) throws Exception {
        String yaml = """
                name: maint
                seed: 3
                cluster: {nodes: 8, coresPerNode: 4, allocation: node}
                scheduler:
                  policy: slurm
                  slurm:
                    maintenance:
                %s
                workload:
                  synthetic: {model: poisson, jobs: 400, load: 0.8, maxOverestimate: 2,
                              runtime: {distribution: lognormal, median: 600, sigma: 1.0}}
                """.formatted(maintenance);
        return new ScenarioLoader().load(Files.writeString(dir.resolve("s.yaml"), yaml));
    }

    @Test
    void shouldStartNoJobWhoseLimitReachesIntoTheWindow() throws Exception {
        Scenario s = load("      - {name: upgrade, start: 20000, duration: 7200, nodes: ALL}");
        List<JobOutcome> outcomes = new ArrayList<>();
        ScenarioRunner.run(s, dir, List.of(new RunObserver() {
            @Override
            public void jobFinished(JobOutcome o) {
                outcomes.add(o);
            }
        }));
        long from = SimTime.seconds(20000);
        long to = SimTime.seconds(27200);
        int after = 0;
        for (JobOutcome o : outcomes) {
            boolean before = o.startTime() + o.job().requestedTime() <= from;
            boolean later = o.startTime() >= to;
            assertTrue(before || later, "job " + o.job().id() + " starts at " + o.startTime() / SimTime.SECOND);
            after += later ? 1 : 0;
        }
        assertTrue(after > 0 && after < outcomes.size(), "jobs on both sides of the window");
    }

    @Test
    void shouldWriteTheWindowsBackAsTheyWereRead() throws Exception {
        Scenario s = load("      - {name: upgrade, start: 100, duration: 60, nodes: 'n[1-4]'}");
        Path again = Files.writeString(dir.resolve("again.yaml"),
                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(ScenarioWriter.toMap(s)));
        assertEquals(s.scheduler(), new ScenarioLoader().load(again).scheduler());
    }

    @Test
    void shouldNameAnUnknownNodeInOneLine() throws Exception {
        Scenario s = load("      - {start: 100, duration: 60, nodes: 'x[1-2]'}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioRunner.run(s, dir, List.of()));
        assertTrue(e.getMessage().startsWith("scheduler.slurm.maintenance[0].nodes: no node x1"), e.getMessage());
    }
}
