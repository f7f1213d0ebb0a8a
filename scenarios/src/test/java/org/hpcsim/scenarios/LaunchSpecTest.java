package org.hpcsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Map;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.LaunchModel;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The launch blocks of a cluster (capacity, maxLaunches) and the AWS Batch environment: defaults,
 * the mapping of vCPUs to nodes, one-line errors, and the echo that loads again.
 */
class LaunchSpecTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final ScenarioLoader loader = new ScenarioLoader();

    private Scenario scenario(String cluster) {
        return loader.parse("cluster: " + cluster + "\nworkload: {trace: t.swf}\n", "inline");
    }

    private ClusterSpec cluster(String cluster) {
        return scenario(cluster).cluster();
    }

    private String error(String cluster) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> cluster(cluster));
        assertFalse(e.getMessage().contains("\n"), "not one line: " + e.getMessage());
        return e.getMessage().substring("inline: ".length());
    }

    @Test
    void shouldDefaultTheDownTimeToParallelClustersTenMinutesAndLeaveBootsUncapped() {
        ClusterSpec c = cluster("{nodes: 1, dynamicNodes: 4, capacity: {insufficientProbability: 0.1}}");
        assertEquals(new LaunchModel(0.1, SimTime.seconds(600), 0), c.launchModel());
        ClusterSpec capped = cluster("{nodes: 1, dynamicNodes: 4, maxLaunches: 2,"
                + " capacity: {insufficientProbability: 0.2, downTime: 300}}");
        assertEquals(new LaunchModel(0.2, SimTime.seconds(300), 2), capped.launchModel());
        assertEquals(LaunchModel.UNLIMITED, cluster("{nodes: 1, dynamicNodes: 4}").launchModel());
    }

    @Test
    void shouldRefuseBadLaunchSettingsInOneLine() {
        assertEquals("cluster.capacity: needs dynamicNodes (only dynamic nodes are launched)",
                error("{nodes: 4, capacity: {insufficientProbability: 0.1}}"));
        assertEquals("cluster.capacity.insufficientProbability: must be a probability in [0, 1) (1 would never"
                + " launch a node), got 1.0", error("{nodes: 1, dynamicNodes: 2, capacity: {insufficientProbability: 1}}"));
        assertEquals("cluster.capacity.insufficientProbability: is required: the probability in [0, 1) that one"
                + " launch request fails", error("{nodes: 1, dynamicNodes: 2, capacity: {downTime: 60}}"));
        assertEquals("cluster.capacity.downTime: must be 0 or more seconds, got -1.0",
                error("{nodes: 1, dynamicNodes: 2, capacity: {insufficientProbability: 0.1, downTime: -1}}"));
        assertEquals("cluster.maxLaunches: must be 0 (no limit) or a positive number of nodes booting at once, got -2",
                error("{nodes: 1, dynamicNodes: 2, maxLaunches: -2}"));
        assertEquals("cluster.maxLaunches: needs dynamicNodes (only dynamic nodes boot)",
                error("{nodes: 4, maxLaunches: 2}"));
    }

    @Test
    void shouldMapABatchEnvironmentOntoStaticAndDynamicInstancesOfItsVcpus() {
        // c5n.18xlarge has 72 vCPUs: 100 vCPUs at least need 2 instances, 300 at most allow 4.
        ClusterSpec c = cluster("{batch: {minvCpus: 100, maxvCpus: 300, instanceType: c5n.18xlarge}}");
        assertEquals(2, c.nodes());
        assertEquals(2, c.dynamicNodes());
        assertEquals(72, c.coresPerNode());
        assertEquals("c5n.18xlarge", c.instanceType());
        assertEquals(600, c.scaledownIdleTime(), "no scaling policy: the assumed ten minutes");
        // No minimum: every instance is launched on demand; a scaling policy sets the idle time.
        ClusterSpec none = cluster("{instanceType: hpc7a.96xlarge, bootTime: 120,"
                + " batch: {maxvCpus: 400, minScaleDownDelayMinutes: 20}}");
        assertEquals(0, none.nodes());
        assertEquals(2, none.dynamicNodes());
        assertEquals(192, none.coresPerNode());
        assertEquals(1200, none.scaledownIdleTime());
        assertEquals(120, none.bootTime().seconds());
        // A minimum past what the maximum allows keeps all the maximum's instances up.
        ClusterSpec fixed = cluster("{batch: {minvCpus: 144, maxvCpus: 144, instanceType: c5n.18xlarge}}");
        assertEquals(2, fixed.nodes());
        assertEquals(0, fixed.dynamicNodes());
        assertEquals(LaunchModel.UNLIMITED, fixed.launchModel());
    }

    @Test
    void shouldRefuseBadBatchEnvironmentsInOneLine() {
        String b = "batch: {maxvCpus: 288, instanceType: c5n.18xlarge}";
        assertEquals("cluster.batch: give either dynamicNodes or batch, not both",
                error("{dynamicNodes: 4, " + b + "}"));
        assertEquals("cluster.nodes: comes from batch.minvCpus and batch.maxvCpus with a batch environment;"
                + " leave it out", error("{nodes: 2, " + b + "}"));
        assertEquals("cluster.coresPerNode: is the batch instance type's vCPUs (Batch counts vCPUs); leave it out",
                error("{coresPerNode: 36, " + b + "}"));
        assertEquals("cluster.batch.maxvCpus: must be at least one c5n.18xlarge's 72 vCPUs, got 50",
                error("{batch: {maxvCpus: 50, instanceType: c5n.18xlarge}}"));
        assertEquals("cluster.batch.maxvCpus: must be positive and at least minvCpus (100), got 80",
                error("{batch: {minvCpus: 100, maxvCpus: 80, instanceType: c5n.18xlarge}}"));
        assertEquals("cluster.batch.maxvCpus: is required: the most vCPUs the environment scales to",
                error("{batch: {minvCpus: 100, instanceType: c5n.18xlarge}}"));
        assertEquals("cluster.batch.minScaleDownDelayMinutes: must be 20 to 10080 minutes, or 0 for none, got 5",
                error("{batch: {maxvCpus: 288, instanceType: c5n.18xlarge, minScaleDownDelayMinutes: 5}}"));
        assertEquals("cluster.batch.instanceType: differs from instanceType 'hpc7a.96xlarge'; give it once",
                error("{instanceType: hpc7a.96xlarge, " + b + "}"));
        assertEquals("cluster.allocation: must be node with a batch environment (each job takes whole instances)",
                error("{allocation: core, " + b + "}"));
        assertEquals("cluster.scaledownIdleTime: give it or batch.minScaleDownDelayMinutes, not both",
                error("{scaledownIdleTime: 60, batch: {maxvCpus: 288, instanceType: c5n.18xlarge,"
                        + " minScaleDownDelayMinutes: 30}}"));
        assertEquals("cluster.capacity: insufficient capacity is modelled as ParallelCluster handles it"
                + " (dynamicNodes), not for a batch environment (Batch waits for capacity instead)",
                error("{capacity: {insufficientProbability: 0.1}, " + b + "}"));
        assertEquals("cluster.batch.instanceType: is required: the instances' type (known: "
                + org.hpcsim.models.cloud.InstanceCatalog.names() + ")", error("{batch: {maxvCpus: 288}}"));
    }

    @Test
    void shouldEchoTheBlocksSoThatTheEchoLoadsAsTheSameScenario() throws JsonProcessingException {
        for (String c : new String[] {
                "{nodes: 1, dynamicNodes: 4, maxLaunches: 3, capacity: {insufficientProbability: 0.25, downTime: 900}}",
                "{batch: {minvCpus: 100, maxvCpus: 300, instanceType: c5n.18xlarge}}",
                "{bootTime: 100, batch: {maxvCpus: 300, instanceType: c5n.18xlarge, minScaleDownDelayMinutes: 45},"
                        + " maxLaunches: 1}",
                "{nodes: 3}"}) {
            Scenario s = scenario(c);
            String echo = YAML.writeValueAsString(ScenarioWriter.toMap(s));
            assertEquals(s.cluster(), loader.parse(echo, "echo").cluster(), echo);
        }
        Map<?, ?> plain = (Map<?, ?>) ScenarioWriter.toMap(scenario("{nodes: 3}")).get("cluster");
        assertFalse(plain.containsKey("capacity") || plain.containsKey("maxLaunches") || plain.containsKey("batch"),
                plain.toString());
    }

    @Test
    void shouldNotChangeABatchClustersSizeBehindItsBack() {
        ClusterSpec c = cluster("{batch: {maxvCpus: 288, instanceType: c5n.18xlarge}}");
        assertEquals("batch", assertThrows(org.hpcsim.scenarios.spec.InvalidFieldException.class,
                () -> c.withSize(8, 72)).field());
    }
}
