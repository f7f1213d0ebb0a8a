package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.kube.kueue.ClusterQueueConfig;
import org.hpcsim.models.kube.kueue.KueueConfig;
import org.hpcsim.models.kube.kueue.KueuePreemption;
import org.hpcsim.models.kube.volcano.VolcanoConfig;
import org.hpcsim.models.kube.volcano.VolcanoQueue;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Volcano's queues and Kueue's flavors, limits and preemption in scenario files: parsing, errors, echo, runs. */
class KubeQueuesScenarioTest {
    @TempDir
    Path dir;
    private final ScenarioLoader loader = new ScenarioLoader();

    private static final String VOLCANO = """
            {scheduler: volcano, volcano: {schedulePeriodMs: 500, queueLabel: user, overcommitFactor: 1.5, queues: [
              {name: research, weight: 3, capability: {cpu: 3}},
              {name: teaching, reclaimable: false}]}}""";

    private static final String KUEUE = """
            {nodePools: [{name: od, nodes: 1, labels: {capacity: on-demand}},
                         {name: sp, nodes: 1, labels: {capacity: spot}}],
             kueue: {queueLabel: user, localQueues: {alice: a, bob: b},
              resourceFlavors: [{name: on-demand, nodeLabels: {capacity: on-demand}},
                                {name: spot, nodeLabels: {capacity: spot}}],
              clusterQueues: [
                {name: a, cohort: c, flavors: [{name: on-demand, quotas: {cpu: 2}, lendingLimit: {cpu: 1}},
                                               {name: spot, quotas: {cpu: 2}, borrowingLimit: {cpu: 0}}],
                 preemption: {withinClusterQueue: LowerPriority, reclaimWithinCohort: Any},
                 flavorFungibility: {whenCanBorrow: TryNextFlavor}},
                {name: b, cohort: c, quotas: {cpu: 2}}]}}""";

    private Scenario scenario(String kubernetes) {
        return loader.parse("""
                name: k
                cluster: {nodes: 2, coresPerNode: 2}
                scheduler:
                  policy: kubernetes
                  killAtTimeLimit: false
                  kubernetes: %s
                workload: {trace: jobs.csv}
                """.formatted(kubernetes), "inline");
    }

    private String error(String kubernetes) {
        Exception e = assertThrows(Exception.class, () -> scenario(kubernetes));
        String m = e.getMessage();
        assertEquals(-1, m.indexOf('\n'), m);
        return m;
    }

    private void roundTrip(Scenario s) throws Exception {
        String yaml = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).writeValueAsString(
                org.hpcsim.scenarios.ScenarioWriter.toMap(s));
        assertEquals(s.scheduler(), loader.parse(yaml, "written").scheduler(), yaml);
    }

    @Test
    void shouldParseAndEchoVolcanoQueues() throws Exception {
        Scenario s = scenario(VOLCANO);
        VolcanoConfig v = s.scheduler().kubernetes().volcano();
        assertEquals(List.of(new VolcanoQueue("research", 3, Map.of("cpu", 3000L), true),
                new VolcanoQueue("teaching", 1, null, false)), v.queues());
        assertEquals(KueueConfig.QueueLabel.USER, v.queueLabel());
        assertEquals(1.5, v.overcommitFactor());
        roundTrip(s);
    }

    @Test
    void shouldRefuseBadVolcanoQueuesInOneLine() {
        assertTrue(error("{scheduler: volcano, volcano: {queues: [{name: a, weight: 0}]}}")
                .contains("volcano.queues[a].weight"));
        assertTrue(error("{scheduler: volcano, volcano: {queues: [{name: a}, {name: a}]}}").contains("twice"));
        assertTrue(error("{scheduler: volcano, volcano: {overcommitFactor: 0.5, queues: [{name: a}]}}")
                .contains("volcano.overcommitFactor"));
        assertTrue(error("{scheduler: volcano, volcano: {queueLabel: qos, queues: [{name: a}]}}")
                .contains("volcano.queueLabel"));
        assertTrue(error("{scheduler: volcano, volcano: {queues: [{name: a, capability: {gpu: 1}}]}}")
                .contains("unknown resource 'gpu'"));
        assertTrue(error("{scheduler: volcano, volcano: {overcommitFactor: 2}}").contains("volcano.queues"));
    }

    @Test
    void shouldParseAndEchoKueueFlavorsLimitsAndPreemption() throws Exception {
        Scenario s = scenario(KUEUE);
        KueueConfig k = s.scheduler().kubernetes().kueue();
        assertEquals(2, k.resourceFlavors().size());
        ClusterQueueConfig a = k.clusterQueues().get(0);
        assertEquals(List.of("on-demand", "spot"), a.flavors().stream().map(f -> f.flavor()).toList());
        assertEquals(1000L, a.flavors().get(0).lendingLimit().get("cpu"));
        assertEquals(0L, a.flavors().get(1).borrowingLimit().get("cpu"));
        assertEquals(new KueuePreemption(KueuePreemption.Policy.LOWER_PRIORITY, KueuePreemption.Policy.ANY, true, true),
                a.preemption());
        assertEquals(KueuePreemption.DEFAULT, k.clusterQueues().get(1).preemption());
        roundTrip(s);
    }

    @Test
    void shouldRefuseBadKueueSettingsInOneLine() {
        String cq = "{kueue: {clusterQueues: [{name: a, %s}]}}";
        assertTrue(error(cq.formatted("quotas: {cpu: 1}, preemption: {withinClusterQueue: Any}"))
                .contains("kueue.clusterQueues[a].preemption.withinClusterQueue"));
        assertTrue(error(cq.formatted("quotas: {cpu: 1}, preemption: {reclaimWithinCohort: Sometimes}"))
                .contains("Never, LowerPriority or Any"));
        assertTrue(error(cq.formatted("quotas: {cpu: 1}, preemption: {borrowWithinCohort: {}}"))
                .contains("is not modelled"));
        assertTrue(error(cq.formatted("quotas: {cpu: 1}, flavorFungibility: {whenCanBorrow: Preempt}"))
                .contains("whenCanBorrow"));
        assertTrue(error(cq.formatted("quotas: {cpu: 1}, lendingLimit: {cpu: 2}")).contains("lendingLimit"));
        assertTrue(error(cq.formatted("quotas: {cpu: 1}, flavors: [{name: x, quotas: {cpu: 1}}]"))
                .contains("not both"));
        assertTrue(error(cq.formatted("flavors: [{name: x, quotas: {cpu: 1}}]"))
                .contains("unknown ResourceFlavor 'x'"));
    }

    @Test
    void shouldRefuseAFlavorWhoseLabelsNoNodeCarries() throws Exception {
        Files.writeString(dir.resolve("jobs.csv"), "job_id,submit_s,run_s,requested_s,processors,nodes,gpus,user\n"
                + "1,0,100,200,1,1,0,alice\n");
        Exception e = assertThrows(Exception.class, () -> ScenarioRunner.run(scenario(
                KUEUE.replace("nodeLabels: {capacity: spot}", "nodeLabels: {capacity: preemptible}")), dir, List.of()));
        assertTrue(e.getMessage().contains("resourceFlavors[spot].nodeLabels: no node carries"), e.getMessage());
    }

    @Test
    void shouldRunWithFlavorsEndToEnd() throws Exception {
        // bob's job takes b's default-flavor quota; alice's gets a's on-demand flavor and its node.
        Files.writeString(dir.resolve("jobs.csv"), "job_id,submit_s,run_s,requested_s,processors,nodes,gpus,user\n"
                + "1,0,100,200,2,1,0,bob\n2,10,100,200,2,1,0,alice\n");
        RunReport r = ScenarioRunner.run(scenario(KUEUE), dir, List.of());
        assertEquals(2, r.metrics().jobs());
    }
}
