package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.kube.KubeNode;
import org.hpcsim.models.kube.ResourceNames;
import org.hpcsim.models.kube.Taint;
import org.hpcsim.models.kube.TaintEffect;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Node pools, MIG slices, and pods that target a tainted GPU pool, under policy kubernetes. */
class KubeNodePoolsTest {
    @TempDir
    Path dir;

    private final ScenarioLoader loader = new ScenarioLoader();

    private static Scenario scenario(String cluster, String kubernetes) {
        return KubeScenarios.scenario(cluster, kubernetes);
    }

    private RunReport run(String jobsCsv, String cluster, String kubernetes) throws IOException {
        return KubeScenarios.run(dir, jobsCsv, cluster, kubernetes);
    }

    private static final String POOLS = """
            {workload: pod-per-task, nodeLabels: {zone: a}, nodePools: [
              {name: cpu, nodes: 2, gpusPerNode: 0, labels: {tier: cpu}},
              {name: a100, nodes: 8, gpu: A100-80GB, labels: {tier: gpu},
               taints: [{key: nvidia.com/gpu, value: present, effect: NoSchedule}],
               mig: {strategy: mixed, layout: {1g.10gb: 7}}}]}""";

    @Test
    void shouldBuildEachPoolsNodesWithItsLabelsTaintsAndMigSlices() {
        Scenario s = scenario("{nodes: 10, coresPerNode: 64, gpusPerNode: 8}", POOLS);
        ResourceNames names = new ResourceNames();
        List<KubeNode> nodes = KubeRuns.nodes(s.cluster(), s.scheduler().kubernetes(), names);
        assertEquals(10, nodes.size());
        int mig = names.find("nvidia.com/mig-1g.10gb");
        int gpu = names.find("nvidia.com/gpu");
        assertTrue(mig >= 0 && gpu >= 0);
        KubeNode cpu = nodes.get(0);
        assertEquals("cpu-00000", cpu.name());
        assertEquals("cpu", cpu.labels().get("tier"));
        assertEquals("cpu", cpu.labels().get("node.kubernetes.io/pool"));
        assertEquals("a", cpu.labels().get("zone"));
        assertEquals("cpu-00000", cpu.labels().get("kubernetes.io/hostname"));
        assertEquals(List.of(), cpu.taints());
        assertEquals(0, cpu.allocatable(mig));
        assertEquals(0, cpu.allocatable(gpu));
        long slices = 0;
        for (KubeNode n : nodes.subList(2, 10)) {
            assertEquals("a100", n.labels().get("node.kubernetes.io/pool"));
            assertEquals("A100-80GB", n.labels().get("nvidia.com/gpu.product"));
            assertEquals("mixed", n.labels().get("nvidia.com/mig.strategy"));
            assertEquals(List.of(new Taint("nvidia.com/gpu", "present", TaintEffect.NO_SCHEDULE)), n.taints());
            assertEquals(56, n.allocatable(mig)); // 7 slices x 8 GPUs
            assertEquals(0, n.allocatable(gpu)); // mixed: every GPU is split, none left whole
            assertEquals(64_000, n.allocatable(ResourceNames.CPU));
            slices += n.allocatable(mig);
        }
        assertEquals(448, slices);
    }

    @Test
    void shouldAdvertiseSlicesAsGpusUnderTheSingleStrategyAndWholeGpusWithoutMig() {
        Scenario s = scenario("{nodes: 3, coresPerNode: 8, gpusPerNode: 4}", """
                {nodePools: [{name: single, nodes: 1, gpu: A100-80GB, mig: {strategy: single, profile: 2g.20gb}},
                             {name: whole, nodes: 2, gpu: H100-80GB}]}""");
        ResourceNames names = new ResourceNames();
        List<KubeNode> nodes = KubeRuns.nodes(s.cluster(), s.scheduler().kubernetes(), names);
        int gpu = names.find("nvidia.com/gpu");
        assertEquals(12, nodes.get(0).allocatable(gpu)); // 3 x 2g.20gb per GPU x 4 GPUs
        assertEquals(4, nodes.get(1).allocatable(gpu));
        assertEquals("single", nodes.get(0).labels().get("nvidia.com/mig.strategy"));
        assertEquals(-1, names.find("nvidia.com/mig-2g.20gb"));
    }

    @Test
    void shouldPlaceOnlyTolerantPodsOnATaintedPool() throws IOException {
        String cluster = "{nodes: 2, coresPerNode: 4, gpusPerNode: 0}";
        String pools = "nodePools: [{name: cpu, nodes: 1}, {name: gpu, nodes: 1,"
                + " taints: [{key: dedicated, value: gpu, effect: NoSchedule}]}]";
        String jobs = "1,0,100,200,4,1,0\n2,0,100,200,4,1,0\n";
        // Without a toleration the second job waits for the untainted node: it never lands on the tainted one.
        RunReport plain = run(jobs, cluster, "{" + pools + "}");
        assertEquals(2, plain.metrics().jobs());
        assertEquals(200, plain.metrics().makespan(), 1e-9);
        // Tolerating the taint, it runs at once on the tainted node.
        RunReport tolerant = run(jobs, cluster, "{" + pools
                + ", tolerations: [{key: dedicated, operator: Equal, value: gpu, effect: NoSchedule}]}");
        assertEquals(100, tolerant.metrics().makespan(), 1e-9);
        // A nodeSelector on the pool label keeps both jobs on the cpu pool, one after the other.
        RunReport selected = run(jobs, cluster, "{" + pools
                + ", tolerations: [{operator: Exists}], nodeSelector: {node.kubernetes.io/pool: cpu}}");
        assertEquals(200, selected.metrics().makespan(), 1e-9);
    }

    @Test
    void shouldNeverScheduleAGpuJobThatDoesNotTolerateTheGpuPool() throws IOException {
        String cluster = "{nodes: 2, coresPerNode: 4, gpusPerNode: 2}";
        String pools = "nodePools: [{name: cpu, nodes: 1, gpusPerNode: 0}, {name: gpu, nodes: 1,"
                + " taints: [{key: nvidia.com/gpu, effect: NoSchedule}]}]";
        RunReport r = run("1,0,100,200,1,1,2\n", cluster, "{workload: pod-per-task, " + pools + "}");
        assertEquals(0, r.metrics().jobs());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("never scheduled")), r.notes().toString());
        RunReport ok = run("1,0,100,200,1,1,2\n", cluster, "{workload: pod-per-task, " + pools
                + ", tolerations: [{key: nvidia.com/gpu, operator: Exists}]}");
        assertEquals(1, ok.metrics().jobs());
    }

    @Test
    void shouldRunMoreOneGpuJobsAtOnceOnMigSlicesThanOnWholeGpus() throws IOException {
        StringBuilder jobs = new StringBuilder();
        for (int i = 1; i <= 56; i++) {
            jobs.append(i).append(",0,100,200,1,1,1\n");
        }
        String cluster = "{nodes: 1, coresPerNode: 64, gpusPerNode: 8}";
        RunReport whole = run(jobs.toString(), cluster,
                "{workload: pod-per-task, nodePools: [{name: a100, nodes: 1, gpu: A100-80GB}]}");
        RunReport mig = run(jobs.toString(), cluster, "{workload: pod-per-task, gpuResource: nvidia.com/mig-1g.10gb,"
                + " nodePools: [{name: a100, nodes: 1, gpu: A100-80GB, mig: {strategy: mixed, profile: 1g.10gb}}]}");
        assertEquals(56, whole.metrics().jobs());
        assertEquals(56, mig.metrics().jobs());
        assertEquals(700, whole.metrics().makespan(), 1e-9); // 8 at a time, 7 waves
        assertEquals(100, mig.metrics().makespan(), 1e-9); // all 56 slices at once
        assertTrue(mig.metrics().meanWait() < whole.metrics().meanWait());
    }

    private String error(String cluster, String kubernetes) throws IOException {
        Files.writeString(dir.resolve("jobs.csv"), "job_id,submit_s,run_s,requested_s,processors,nodes,gpus\n1,0,1,2,1,1,0\n");
        Exception e = assertThrows(Exception.class, () -> ScenarioRunner.run(scenario(cluster, kubernetes), dir, List.of()));
        String msg = e.getMessage();
        assertTrue(e instanceof ScenarioException || e instanceof IllegalArgumentException, e.toString());
        assertEquals(-1, msg.indexOf('\n'), msg);
        return msg;
    }

    @Test
    void shouldRefuseBadPoolsInOneLine() throws IOException {
        String c = "{nodes: 2, coresPerNode: 4, gpusPerNode: 8}";
        String m = error(c, "{nodePools: [{name: a, nodes: 2, gpu: A100-90GB}]}");
        assertTrue(m.contains("nodePools[a].gpu") && m.contains("A100-80GB"), m);
        m = error(c, "{nodePools: [{name: a, nodes: 2, gpu: A100-80GB, mig: {layout: {1g.5gb: 7}}}]}");
        assertTrue(m.contains("nodePools[a].mig") && m.contains("1g.5gb") && m.contains("1g.10gb"), m);
        m = error(c, "{nodePools: [{name: a, nodes: 2, gpu: A100-80GB, mig: {layout: {3g.40gb: 2, 1g.10gb: 2}}}]}");
        assertTrue(m.contains("nodePools[a].mig") && m.contains("8 compute"), m);
        m = error(c, "{nodePools: [{name: a, nodes: 1}, {name: b, nodes: 2}]}");
        assertTrue(m.contains("nodePools") && m.contains("3 nodes") && m.contains("cluster.nodes is 2"), m);
        m = error(c, "{nodePools: [{name: a, nodes: 2, gpu: A100-80GB, mig: {strategy: shared, profile: 1g.10gb}}]}");
        assertTrue(m.contains("strategy") && m.contains("mixed"), m);
        m = error(c, "{nodePools: [{name: a, nodes: 2, taints: [{key: k, effect: NoWay}]}]}");
        assertTrue(m.contains("NoSchedule"), m);
        m = error(c, "{gpuResource: amd.com/gpu}");
        assertTrue(m.contains("gpuResource") && m.contains("nvidia.com/mig-"), m);
        m = error(c, "{gpuResource: nvidia.com/mig-1g.10gb}");
        assertTrue(m.contains("gpuResource") && m.contains("no node offers"), m);
        m = error(c, "{tolerations: [{key: k, operator: Maybe}]}");
        assertTrue(m.contains("tolerations.operator") && m.contains("Exists"), m);
    }

    @Test
    void shouldWriteNodePoolsAndPlacementBackAsTheyWereRead() throws Exception {
        Scenario s = scenario("{nodes: 10, coresPerNode: 64, gpusPerNode: 8}", POOLS.replace("{workload: pod-per-task,",
                "{workload: pod-per-task, gpuResource: nvidia.com/mig-1g.10gb, nodeSelector: {tier: gpu},"
                        + " tolerations: [{key: nvidia.com/gpu, operator: Exists, effect: NoSchedule},"
                        + " {key: x, value: y}],"));
        String yaml = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).writeValueAsString(
                org.hpcsim.scenarios.ScenarioWriter.toMap(s));
        assertEquals(s.scheduler(), loader.parse(yaml, "written").scheduler());
        assertEquals(2, s.scheduler().kubernetes().nodePools().size());
        assertEquals(2, s.scheduler().kubernetes().template().tolerations().size());
    }
}
