package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.cloud.SpotInterruptions;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;

/** The cluster.spot block from scenario text to a run: bands, mixed pricing, the refusals. */
class SpotScenarioTest {
    private static final String WORKLOAD = """
            scheduler: {policy: easy}
            workload:
              synthetic: {model: poisson, jobs: 400, load: 0.85, runtime: {distribution: exponential, mean: 20000}}
            """;

    private static Scenario scenario(String cluster) {
        return new ScenarioLoader().parse("name: s\nseed: 4\ncluster:\n" + cluster.indent(2) + WORKLOAD, "s.yaml");
    }

    private static RunReport run(Scenario s) {
        return ScenarioRunner.run(s, Path.of("."), c -> List.of());
    }

    @Test
    void shouldInterruptSpotNodesAtTheBandsRateAndRequeueTheirJobs() {
        RunReport r = run(scenario("""
                nodes: 16
                coresPerNode: 4
                allocation: node
                pricing: {capacity: spot, perNodeHour: 2.0, spotDiscount: 0.75}
                spot: {share: 0.5, interruptionFrequency: '>20%'}
                """));
        var stats = r.engine().interruptions();
        assertTrue(stats.spotInterruptions() > 0, stats.toString());
        assertEquals(0, stats.hardwareFailures());
        assertTrue(stats.requeued() > 0, stats.toString());
        assertEquals(400, r.metrics().jobs(), "every job ends once");
        // Half the nodes at $0.50, half at $2.00: $1.25 a node-hour over the fleet.
        assertEquals(1.25, r.cost().perNodeHour(), 1e-12);
    }

    @Test
    void shouldRunAsWithoutTheBlockWhenTheRateIsZero() {
        String base = """
                nodes: 16
                coresPerNode: 4
                allocation: node
                pricing: {capacity: spot, perNodeHour: 2.0}
                """;
        RunReport plain = run(scenario(base));
        RunReport zero = run(scenario(base + "spot: {share: 1, interruptionRate: 0}\n"));
        assertEquals(plain.metrics(), zero.metrics());
        assertEquals(plain.cost().total(), zero.cost().total(), 1e-9);
        assertNull(plain.engine().interruptions());
        assertEquals(0, zero.engine().interruptions().spotInterruptions());
    }

    @Test
    void shouldInterruptDynamicNodesOfAnAutoscalingClusterAndRunAsWithoutTheBlockAtRateZero() {
        String base = """
                nodes: 2
                dynamicNodes: 14
                coresPerNode: 4
                allocation: node
                pricing: {capacity: spot, perNodeHour: 2.0, spotDiscount: 0.75}
                """;
        RunReport plain = run(scenario(base));
        RunReport zero = run(scenario(base + "spot: {interruptionRate: 0}\n"));
        assertEquals(plain.metrics(), zero.metrics());
        assertEquals(plain.cost(), zero.cost());
        RunReport hit = run(scenario(base + "spot: {interruptionFrequency: '>20%'}\n"));
        var stats = hit.engine().interruptions();
        assertTrue(stats.spotInterruptions() > 0 && stats.requeued() > 0, stats.toString());
        assertEquals(400, hit.metrics().jobs(), "every job ends once");
        assertEquals(0.5, hit.cost().perNodeHour(), 1e-12, "every node, static and dynamic, is Spot");
    }

    @Test
    void shouldTurnABandIntoTheRateThatInterruptsItsMiddleShareInAMonth() {
        Scenario s = scenario("""
                nodes: 10
                coresPerNode: 4
                pricing: {capacity: spot, perNodeHour: 1}
                spot: {share: 0.35, interruptionFrequency: 10-15%}
                """);
        SpotInterruptions i = s.cluster().spot().interruptions(10);
        assertEquals(4, i.spotNodes(), "0.35 x 10 rounds to 4 Spot nodes");
        assertEquals(0.125, 1 - Math.exp(-i.perNodeMonth()), 1e-12);
    }

    @Test
    void shouldRefuseWhatIsNotModelledInOneLine() {
        String e = assertThrows(ScenarioException.class, () -> scenario("""
                nodes: 4
                coresPerNode: 4
                pricing: {capacity: spot, perNodeHour: 1}
                spot: {interruptionFrequency: often}
                """)).getMessage();
        assertTrue(e.contains("unknown band 'often' (allowed: <5%, 5-10%, 10-15%, 15-20%, >20%)"), e);
        e = assertThrows(ScenarioException.class, () -> scenario("""
                nodes: 4
                dynamicNodes: 4
                coresPerNode: 4
                allocation: node
                pricing: {capacity: spot, perNodeHour: 1}
                spot: {share: 0.5}
                """)).getMessage();
        assertTrue(e.contains("cluster.spot.share: must be 1 with dynamicNodes"), e);
        e = assertThrows(ScenarioException.class, () -> scenario("""
                nodes: 4
                dynamicNodes: 4
                maxLaunches: 2
                coresPerNode: 4
                allocation: node
                pricing: {capacity: spot, perNodeHour: 1}
                spot: {share: 1}
                """)).getMessage();
        assertTrue(e.contains("not modelled with maxLaunches"), e);
        e = assertThrows(ScenarioException.class, () -> scenario("""
                nodes: 4
                coresPerNode: 4
                pricing: {capacity: ondemand, perNodeHour: 1}
                spot: {share: 1}
                """)).getMessage();
        assertTrue(e.contains("needs pricing.capacity: spot"), e);
    }

    @Test
    void shouldFailNodesOfAnOnPremisesClusterByMtbfAndRepairThemByMttr() {
        RunReport r = run(scenario("""
                nodes: 16
                coresPerNode: 4
                allocation: node
                failures: {mtbf: 500, mttr: 8, checkpoint: {interval: 3600, overhead: 30}}
                """));
        var stats = r.engine().interruptions();
        assertTrue(stats.hardwareFailures() > 0, stats.toString());
        assertEquals(0, stats.spotInterruptions());
        assertEquals(400, r.metrics().jobs());
        String e = assertThrows(ScenarioException.class, () -> scenario("""
                nodes: 4
                coresPerNode: 4
                failures: {mttr: 8}
                """)).getMessage();
        assertTrue(e.contains("failures.mtbf: is required"), e);
        e = assertThrows(ScenarioException.class, () -> scenario("""
                nodes: 4
                coresPerNode: 4
                pricing: {capacity: spot, perNodeHour: 1}
                spot: {checkpoint: {interval: 600}}
                failures: {mtbf: 100, mttr: 1, checkpoint: {interval: 900}}
                """)).getMessage();
        assertTrue(e.contains("a job checkpoints one way"), e);
    }
}
