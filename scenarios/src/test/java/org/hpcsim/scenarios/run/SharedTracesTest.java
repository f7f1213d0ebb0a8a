package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;

/** Traces shared by many runs in one process: read once, replayed exactly as a fresh read. */
class SharedTracesTest {
    private static Path hpc2n() {
        Path file = Path.of("..", "..", "shared", "data", "traces", "hpc2n-sample.swf");
        assumeTrue(Files.isRegularFile(file), "trace not present: " + file.toAbsolutePath());
        return file.toAbsolutePath().normalize();
    }

    private static Path sacctSample() throws URISyntaxException {
        return Path.of(SharedTracesTest.class.getResource("/sacct/sample.txt").toURI());
    }

    private static Scenario scenario(String policy, Path trace, String cluster) {
        return new ScenarioLoader().parse("name: t\ncluster: " + cluster + "\nscheduler: {policy: " + policy
                + "}\nworkload: {trace: '" + trace + "'}\n", "t.yaml");
    }

    @Test
    void shouldReplayAnSwfTraceWithTheSameResultsAndReportAsAFreshRead() {
        SharedTraces shared = new SharedTraces();
        for (String policy : new String[] {"fcfs", "easy"}) {
            Scenario s = scenario(policy, hpc2n(), "{nodes: 120, coresPerNode: 2, allocation: core}");
            RunReport fresh = ScenarioRunner.run(s, Path.of("."), c -> java.util.List.of());
            RunReport replayed = ScenarioRunner.run(s, Path.of("."), c -> java.util.List.of(), shared);
            assertEquals(fresh.metrics(), replayed.metrics());
            assertEquals(fresh.workload(), replayed.workload());
        }
        assertEquals(1, shared.tracesRead(), "two runs of one trace read it once");
    }

    @Test
    void shouldReplayAReorderedTraceFormatWithItsDropsAndAdjustments() throws URISyntaxException {
        SharedTraces shared = new SharedTraces();
        Scenario s = scenario("easy", sacctSample(), "{nodes: 64, coresPerNode: 64, allocation: core}");
        RunReport fresh = ScenarioRunner.run(s, Path.of("."), c -> java.util.List.of());
        ScenarioRunner.run(s, Path.of("."), c -> java.util.List.of(), shared);
        RunReport second = ScenarioRunner.run(s, Path.of("."), c -> java.util.List.of(), shared);
        assertEquals(fresh.metrics(), second.metrics());
        assertEquals(fresh.workload(), second.workload());
    }

    @Test
    void shouldReadATraceAgainForAMachineOfAnotherSize() {
        SharedTraces shared = new SharedTraces();
        ScenarioRunner.run(scenario("easy", hpc2n(), "{nodes: 120, coresPerNode: 2, allocation: core}"), Path.of("."),
                c -> java.util.List.of(), shared);
        ScenarioRunner.run(scenario("easy", hpc2n(), "{nodes: 60, coresPerNode: 2, allocation: core}"), Path.of("."),
                c -> java.util.List.of(), shared);
        assertEquals(2, shared.tracesRead(), "the SWF reader bounds job sizes by the machine, so the key has it");
    }
}
