package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.run.LaunchStats;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Launch failures, the launch cap and a Batch environment from scenario text to a run. */
class LaunchScenarioTest {
    private static final double EPS = 1e-9;

    @TempDir
    Path tmp;

    private static final String WORKLOAD = """
            scheduler: {policy: easy}
            workload:
              synthetic: {model: poisson, jobs: 600, load: 0.7, maxProcessors: 16,
                          runtime: {distribution: exponential, mean: 3000}}
            """;

    private static Scenario scenario(String cluster, long seed) {
        return new ScenarioLoader().parse("name: s\nseed: " + seed + "\ncluster:\n" + cluster.indent(2) + WORKLOAD,
                "s.yaml");
    }

    private RunReport run(Scenario s) {
        return ScenarioRunner.run(s, tmp, c -> List.of());
    }

    private static final String DYNAMIC = """
            nodes: 1
            dynamicNodes: 7
            coresPerNode: 4
            allocation: node
            pricing: {perNodeHour: 1}
            """;

    @Test
    void shouldSendJobsBackOnInsufficientCapacityAndMakeThemWaitLonger() {
        RunReport none = run(scenario(DYNAMIC, 5));
        RunReport ice = run(scenario(DYNAMIC + "capacity: {insufficientProbability: 0.3}\n", 5));
        RunReport again = run(scenario(DYNAMIC + "capacity: {insufficientProbability: 0.3}\n", 5));
        LaunchStats l = ice.engine().launches();
        assertTrue(l.insufficientCapacity() > 0, l.toString());
        assertTrue(l.sentBack() >= l.insufficientCapacity(), l.toString());
        assertEquals(600, ice.metrics().jobs(), "every job ran once, none was lost");
        assertTrue(ice.metrics().meanWait() > none.metrics().meanWait(),
                ice.metrics().meanWait() + " vs " + none.metrics().meanWait());
        assertEquals(ice.metrics(), again.metrics(), "same seed, same run");
        assertEquals(l, again.engine().launches());
    }

    @Test
    void shouldRunAsWithoutTheBlocksAtProbabilityZero() {
        RunReport none = run(scenario(DYNAMIC, 5));
        RunReport zero = run(scenario(DYNAMIC + "capacity: {insufficientProbability: 0}\n", 5));
        assertEquals(none.metrics(), zero.metrics());
        assertEquals(none.cost().total(), zero.cost().total(), EPS);
        assertEquals(none.engine(), zero.engine());
        assertNull(zero.engine().launches());
    }

    @Test
    void shouldStaggerBootsUnderTheCapAndCountTheWaits() {
        RunReport none = run(scenario(DYNAMIC, 5));
        RunReport capped = run(scenario(DYNAMIC + "maxLaunches: 1\n", 5));
        LaunchStats l = capped.engine().launches();
        assertTrue(l.delayedBoots() > 0 && l.bootWaitSeconds() > 0, l.toString());
        assertEquals(0, l.insufficientCapacity());
        assertTrue(capped.metrics().meanWait() > none.metrics().meanWait());
    }

    @Test
    void shouldRunABatchEnvironmentsTimelineByHand() throws IOException {
        // c5n.18xlarge (72 vCPUs, $3.888 an hour), no minimum, at most 2 instances; boot 300 s,
        // scale-down delay 20 minutes. J1 (72 vCPUs) at 0 launches an instance: 300..1300. J2 at
        // 2000 finds it idle (700 s < 1200 s): 2000..2100. It is ended at 2100 + 1200 = 3300, so
        // J3 at 4000 launches again: 4300..4400. Waits 300, 0, 300; up 0..3300 and 4000..4400.
        Path trace = Files.writeString(tmp.resolve("three.swf"), """
                1 0 -1 1000 72 -1 -1 72 1000 -1 1 1 1 -1 -1 -1 -1 -1
                2 2000 -1 100 72 -1 -1 72 100 -1 1 1 1 -1 -1 -1 -1 -1
                3 4000 -1 100 72 -1 -1 72 100 -1 1 1 1 -1 -1 -1 -1 -1
                """);
        Scenario s = new ScenarioLoader().parse("""
                name: batch
                cluster:
                  bootTime: 300
                  batch: {minvCpus: 0, maxvCpus: 144, instanceType: c5n.18xlarge, minScaleDownDelayMinutes: 20}
                scheduler: {policy: fcfs}
                workload: {trace: %s}
                """.formatted(trace), "b.yaml");
        RunReport r = run(s);
        assertEquals(3, r.metrics().jobs());
        assertEquals(200, r.metrics().meanWait(), EPS);
        assertEquals(300, r.metrics().maxWait(), EPS);
        assertEquals(4400, r.metrics().makespan(), EPS);
        assertEquals(3700.0 / 3600, r.cost().nodeHours(), EPS);
        assertEquals(3700.0 / 3600 * 3.888, r.cost().total(), EPS);
    }

    @Test
    void shouldRefuseABatchEnvironmentUnderPolicySlurmInOneLine() {
        Scenario s = new ScenarioLoader().parse("""
                name: b
                cluster: {batch: {maxvCpus: 288, instanceType: c5n.18xlarge}}
                scheduler: {policy: slurm}
                workload: {synthetic: {model: poisson, jobs: 10, load: 0.5}}
                """, "b.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> run(s));
        assertFalse(e.getMessage().contains("\n"));
        assertEquals("cluster.batch: a batch environment runs under the fcfs, easy and conservative policies, not"
                + " policy slurm (Batch is not Slurm)", e.getMessage());
    }
}
