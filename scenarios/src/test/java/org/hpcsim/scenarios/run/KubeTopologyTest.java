package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.kube.KubeNode;
import org.hpcsim.models.kube.NodeTopology;
import org.hpcsim.models.kube.ResourceNames;
import org.hpcsim.models.kube.TopologyPolicy;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.ScenarioWriter;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Node pools with a node type's NUMA layout and kubelet Topology Manager / CPU Manager settings. */
class KubeTopologyTest {
    @TempDir
    Path dir;

    private final ScenarioLoader loader = new ScenarioLoader();

    private static Scenario scenario(String cluster, String kubernetes) {
        return KubeScenarios.scenario(cluster, kubernetes);
    }

    private static final String CLUSTER = "{nodes: 3, coresPerNode: 48, gpusPerNode: 0}";

    private static String pools(String policy) {
        return """
                {workerCpu: processors, memoryPerCpuGiB: 1, guaranteed: true, nodeSelector: {tier: gpu},
                 nodePools: [{name: cpu, nodes: 1, labels: {tier: cpu}},
                   {name: p4d, nodes: 2, nodeType: p4d.24xlarge, labels: {tier: gpu},
                    topologyManagerPolicy: %s, topologyManagerScope: pod, cpuManagerPolicy: static,
                    reservedCpus: 2}]}""".formatted(policy);
    }

    @Test
    void shouldGiveEachNodeItsTypesCpusLessReservedAndItsGpus() {
        Scenario s = scenario(CLUSTER, pools("single-numa-node"));
        ResourceNames names = new ResourceNames();
        List<KubeNode> nodes = KubeRuns.nodes(s.cluster(), s.scheduler().kubernetes(), names);
        assertEquals(48_000, nodes.get(0).allocatable(ResourceNames.CPU));
        // p4d.24xlarge: 2 sockets of 24 cores, 8 GPUs; 2 CPUs reserved.
        assertEquals(46_000, nodes.get(1).allocatable(ResourceNames.CPU));
        assertEquals(8, nodes.get(1).allocatable(names.find("nvidia.com/gpu")));
        List<NodeTopology> topo = KubeRuns.topology(s.cluster(), s.scheduler().kubernetes());
        assertNull(topo.get(0));
        NodeTopology t = topo.get(2);
        assertEquals(TopologyPolicy.SINGLE_NUMA_NODE, t.policy());
        assertEquals(2, t.numaNodes());
        assertEquals(22, t.exclusiveCpus(0));
        assertEquals(24, t.exclusiveCpus(1));
        assertEquals(4, t.gpusOn(1));
        assertTrue(t.podScope() && t.staticCpu());
    }

    @Test
    void shouldEchoThePoolsTopologyAndReadItBackEqual() throws Exception {
        Scenario s = scenario(CLUSTER, pools("restricted"));
        Map<String, Object> echo = ScenarioWriter.toMap(s);
        String yaml = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).writeValueAsString(echo);
        assertTrue(yaml.matches("(?s).*topologyManagerPolicy: \"?restricted.*"), yaml);
        assertTrue(yaml.contains("reservedCpus: 2") && yaml.contains("guaranteed: true"), yaml);
        assertEquals(s.scheduler(), loader.parse(yaml, "written").scheduler());
    }

    @Test
    void shouldCountAdmissionFailuresUnderSingleNumaNodeAndNoneWithout() throws IOException {
        // One p4d node (NUMA 0: 22 exclusive CPUs, NUMA 1: 24). Two 16-CPU jobs take one NUMA node each;
        // the third's 12 CPUs fit the node's 14 free, but 6 + 8 on its NUMA nodes: single-numa-node
        // rejects it at 10 s and its replacements at 20, 40, 80 and 160 s; the one created at 320 s
        // finds the first two gone (300 s) and runs.
        Files.writeString(dir.resolve("jobs.csv"), "job_id,submit_s,run_s,requested_s,processors,nodes,gpus\n"
                + "1,0,300,300,16,1,0\n2,0,300,300,16,1,0\n3,10,100,100,12,1,0\n");
        String cluster = "{nodes: 2, coresPerNode: 48, gpusPerNode: 0}";
        RunReport single = ScenarioRunner.run(scenario(cluster, pools("single-numa-node").replace("nodes: 2,",
                "nodes: 1,")), dir, List.of());
        RunReport none = ScenarioRunner.run(scenario(cluster, pools("none").replace("nodes: 2,", "nodes: 1,")), dir,
                List.of());
        assertEquals(0, none.kubernetes().admissionFailures());
        assertEquals(5, single.kubernetes().admissionFailures(), single.kubernetes().toString());
        assertEquals(3, single.kubernetes().jobsStarted());
        assertEquals(0, single.kubernetes().jobsFailedAdmission());
        // Job 3 waited 310 s instead of none.
        assertEquals(310.0, single.metrics().maxWait(), 1e-9);
        assertEquals(0.0, none.metrics().maxWait(), 1e-9);
    }

    @Test
    void shouldRefuseBadTopologySettingsInOneLine() {
        String m = error(pools("numa-please"));
        assertTrue(m.contains("nodePools[p4d].topologyManagerPolicy") && m.contains("single-numa-node"), m);
        m = error(pools("none").replace("reservedCpus: 2", "reservedCpus: 0"));
        assertTrue(m.contains("nodePools[p4d].reservedCpus") && m.contains("static"), m);
        m = error(pools("none").replace("nodeType: p4d.24xlarge,", ""));
        assertTrue(m.contains("nodePools[p4d].nodeType") && m.contains("p5.48xlarge"), m);
        m = error(pools("none").replace("p4d.24xlarge", "p9.huge"));
        assertTrue(m.contains("nodePools[p4d].nodeType") && m.contains("p9.huge"), m);
        m = error(pools("none").replace("topologyManagerScope: pod", "topologyManagerScope: node"));
        assertTrue(m.contains("topologyManagerScope") && m.contains("container or pod"), m);
        m = error(pools("none").replace("cpuManagerPolicy: static", "cpuManagerPolicy: dynamic"));
        assertTrue(m.contains("cpuManagerPolicy") && m.contains("none or static"), m);
        m = error(pools("none").replace("memoryPerCpuGiB: 1,", ""));
        assertTrue(m.contains("guaranteed") && m.contains("memoryPerCpuGiB"), m);
    }

    @Test
    void shouldRefuseTopologyManagementUnderVolcano() throws IOException {
        Files.writeString(dir.resolve("jobs.csv"), "job_id,submit_s,run_s,requested_s,processors,nodes,gpus\n"
                + "1,0,10,10,4,1,0\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioRunner.run(
                scenario(CLUSTER, pools("none").replace("{workerCpu", "{scheduler: volcano, workerCpu")), dir,
                List.of()));
        assertTrue(e.getMessage().contains("nodeType") && e.getMessage().contains("volcano"), e.getMessage());
    }

    private String error(String kubernetes) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> scenario(CLUSTER, kubernetes));
        return e.getMessage();
    }
}
