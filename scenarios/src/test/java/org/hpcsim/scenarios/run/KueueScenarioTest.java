package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.kube.kueue.ClusterQueueConfig;
import org.hpcsim.models.kube.kueue.KueueConfig;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code kueue} block of policy kubernetes: parsing, one-line errors, writing back, and a run. */
class KueueScenarioTest {
    @TempDir
    Path dir;
    private final ScenarioLoader loader = new ScenarioLoader();

    private static final String KUEUE = """
            {workload: pod-per-task, kueue: {queueLabel: user, localQueues: {alice: a}, defaultClusterQueue: b,
              clusterQueues: [
                {name: a, cohort: c, queueingStrategy: StrictFIFO, quotas: {cpu: 2, memoryGiB: 8},
                 borrowingLimit: {cpu: 1}},
                {name: b, cohort: c, quotas: {cpu: 2, memoryGiB: 8, nvidia.com/gpu: 0}}]}}""";

    private Scenario scenario(String kubernetes) {
        return loader.parse("""
                name: k
                cluster: {nodes: 1, coresPerNode: 4}
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

    @Test
    void shouldParseTheKueueBlock() {
        KueueConfig k = scenario(KUEUE).scheduler().kubernetes().kueue();
        assertEquals(KueueConfig.QueueLabel.USER, k.queueLabel());
        assertEquals("b", k.defaultClusterQueue());
        ClusterQueueConfig a = k.clusterQueues().get(0);
        assertTrue(a.strictFifo());
        assertEquals(2000L, a.flavors().get(0).nominal().get("cpu"));
        assertEquals(8L << 30, a.flavors().get(0).nominal().get("memory"));
        assertEquals(1000L, a.flavors().get(0).borrowingLimit().get("cpu"));
        assertTrue(k.clusterQueues().get(1).flavors().get(0).borrowingLimit().isEmpty());
        assertNull(scenario("{workload: pod-per-task}").scheduler().kubernetes().kueue());
    }

    @Test
    void shouldRefuseBadKueueBlocksInOneLine() {
        String m = error("{kueue: {localQueues: {x: nope}, clusterQueues: [{name: a, quotas: {cpu: 1}}]}}");
        assertTrue(m.contains("kueue") && m.contains("nope"), m);
        m = error("{kueue: {defaultClusterQueue: zz, clusterQueues: [{name: a, quotas: {cpu: 1}}]}}");
        assertTrue(m.contains("defaultClusterQueue") && m.contains("zz"), m);
        m = error("{kueue: {clusterQueues: [{name: a, quotas: {cpu: -1}}]}}");
        assertTrue(m.contains("quotas.cpu") && m.contains("0 or more"), m);
        m = error("{kueue: {clusterQueues: [{name: a, quotas: {cpu: 1, ram: 4}}]}}");
        assertTrue(m.contains("unknown resource 'ram'"), m);
        m = error("{kueue: {clusterQueues: [{name: a, quotas: {cpu: 1}, borrowingLimit: {gpus: 1}}]}}");
        assertTrue(m.contains("borrowingLimit") && m.contains("'gpus'"), m);
        m = error("{kueue: {clusterQueues: [{name: a, queueingStrategy: LIFO, quotas: {cpu: 1}}]}}");
        assertTrue(m.contains("StrictFIFO"), m);
        m = error("{kueue: {queueLabel: qos, clusterQueues: [{name: a, quotas: {cpu: 1}}]}}");
        assertTrue(m.contains("queueLabel"), m);
        m = error("{kueue: {clusterQueues: [{name: a, quotas: {cpu: 1}}, {name: a, quotas: {cpu: 1}}]}}");
        assertTrue(m.contains("'a'") && m.contains("twice"), m);
    }

    @Test
    void shouldWriteTheKueueBlockBackAsItWasRead() throws Exception {
        Scenario s = scenario(KUEUE);
        String yaml = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).writeValueAsString(
                org.hpcsim.scenarios.ScenarioWriter.toMap(s));
        assertTrue(yaml.contains("kueue"), yaml);
        assertEquals(s.scheduler(), loader.parse(yaml, "written").scheduler());
    }

    @Test
    void shouldHoldJobsToTheirQueuesQuotaAndRefuseWhatNeverFits() throws IOException {
        // 4 cores, quota 2 + 2 in one cohort; a may borrow 1. alice's 3-core job borrows; her 4-core one
        // can never fit (2 + 1) and is refused; bob's 2-core job goes to b, waiting for a's borrowed core.
        Files.writeString(dir.resolve("jobs.csv"), "job_id,submit_s,run_s,requested_s,processors,nodes,gpus,user\n"
                + "1,0,100,200,3,1,0,alice\n2,0,100,200,4,1,0,alice\n3,10,100,200,2,1,0,bob\n");
        RunReport r = ScenarioRunner.run(scenario(KUEUE.replace("memoryGiB: 8", "memoryGiB: 64")), dir, List.of());
        assertEquals(2, r.metrics().jobs());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("kueue")), r.notes().toString());
        assertEquals(45, r.metrics().meanWait(), 1e-9); // job 3 waits 90 s for job 1's end
    }
}
