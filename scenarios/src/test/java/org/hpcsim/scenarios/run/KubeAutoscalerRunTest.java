package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import org.hpcsim.models.cloud.CostReport;
import org.hpcsim.models.kube.AutoscalerConfig;
import org.hpcsim.models.kube.ScaleDownRules;
import org.hpcsim.scenarios.ScenarioException;
import org.hpcsim.scenarios.ScenarioLoader;
import org.hpcsim.scenarios.ScenarioWriter;
import org.hpcsim.scenarios.spec.InvalidFieldException;
import org.hpcsim.scenarios.spec.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autoscaled node pools under policy kubernetes: the scenario fields, checks, and the cost block. */
class KubeAutoscalerRunTest {
    @TempDir
    Path dir;

    private final ScenarioLoader loader = new ScenarioLoader();

    private static Scenario scenario(String cluster, String kubernetes) {
        return KubeScenarios.scenario(cluster, kubernetes);
    }

    private RunReport run(String jobsCsv, String cluster, String kubernetes) throws IOException {
        return KubeScenarios.run(dir, jobsCsv, cluster, kubernetes);
    }

    private static final String C5N = "{nodes: 0, dynamicNodes: 2, coresPerNode: 36, instanceType: c5n.18xlarge,"
            + " pricing: {capacity: %s}, bootTime: 270}";
    private static final String GROUP = "{nodePools: [{name: g, autoscaling: {minSize: 0, maxSize: 2},"
            + " capacityType: %s}]}";

    @Test
    void shouldReportNodeHoursBootingBusyAndIdleOfAnAutoscaledGroupInTheCostBlock() throws IOException {
        // One whole-node job at 0 s for an hour: CA scans at 10 s, the node boots until 280 s and
        // the job ends at 3880 s. Up 3870 s = 1.075 h, 0.075 h booting, 1 h busy, no idle, at $3.888.
        CostReport c = run("1,0,3600,3600,36,1,0\n", C5N.formatted("ondemand"), GROUP.formatted("on-demand")).cost();
        assertEquals(1.075, c.nodeHours(), 1e-9);
        assertEquals(0.075, c.bootingNodeHours(), 1e-9);
        assertEquals(1.0, c.busyNodeHours(), 1e-9);
        assertEquals(0.0, c.idleNodeHours(), 1e-9);
        assertEquals(1.075 * 3.888, c.total(), 1e-9);
    }

    @Test
    void shouldPriceASpotGroupAtTheClustersSpotDiscount() throws IOException {
        CostReport c = run("1,0,3600,3600,36,1,0\n", C5N.formatted("spot, spotDiscount: 0.7"),
                "{nodePools: [{name: g, autoscaling: {minSize: 0, maxSize: 2}, capacityType: spot,"
                        + " interruptionRate: 0}]}").cost();
        assertEquals(1.075 * 3.888 * 0.3, c.total(), 1e-9);
        assertEquals(1.075, c.spotNodeHours(), 1e-9);
    }

    @Test
    void shouldRefuseNodeCountsThatDoNotMatchThePools() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> run("1,0,60,60,36,1,0\n",
                "{nodes: 2, coresPerNode: 36}", GROUP.formatted("on-demand")));
        assertEquals("cluster.nodes and cluster.dynamicNodes: with autoscaled node pools they are 0 (fixed pools'"
                + " nodes plus each minSize) and 2 (the rest up to each maxSize), got 2 and 0", e.getMessage());
    }

    @Test
    void shouldRefuseAGroupOfAnotherCapacityTypeThanTheClustersPricing() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> run("1,0,60,60,36,1,0\n",
                C5N.formatted("ondemand"), GROUP.formatted("spot")));
        assertEquals("scheduler.kubernetes.nodePools[g].capacityType: spot, but cluster.pricing.capacity is ondemand;"
                + " the cost block prices one capacity type, so every autoscaled pool must be on-demand",
                e.getMessage());
    }

    @Test
    void shouldRefuseBadAutoscalingFieldsInOneLine() {
        String cluster = "{nodes: 0, dynamicNodes: 2, coresPerNode: 36}";
        assertEquals("inline: scheduler.kubernetes.nodePools[g].autoscaling.minSize: must be 0 to maxSize (2), got 3", message(cluster,
                "{nodePools: [{name: g, autoscaling: {minSize: 3, maxSize: 2}}]}"));
        assertEquals("inline: scheduler.kubernetes.nodePools[g].nodes: is not given for an autoscaled pool: autoscaling.minSize and maxSize set its size",
                message(cluster, "{nodePools: [{name: g, nodes: 2, autoscaling: {maxSize: 2}}]}"));
        assertEquals("inline: scheduler.kubernetes.autoscaler.expander: must be least-waste, price or random, got 'most-pods'", message(cluster,
                "{nodePools: [{name: g, autoscaling: {maxSize: 2}}], autoscaler: {expander: most-pods}}"));
        assertEquals("inline: scheduler.kubernetes.nodePools[g].interruptionFrequency: applies only with capacityType: spot", message(cluster,
                "{nodePools: [{name: g, autoscaling: {maxSize: 2}, interruptionFrequency: '5-10%'}]}"));
        assertEquals("inline: scheduler.kubernetes.autoscaler.scaleDownUtilizationThreshold: must be a fraction from 0 to 1,"
                + " got 1.5", message(cluster, "{nodePools: [{name: g, autoscaling: {maxSize: 2}}],"
                + " autoscaler: {scaleDownUtilizationThreshold: 1.5}}"));
        assertEquals("inline: scheduler.kubernetes.autoscaler.scaleDownGpuUtilizationThreshold: must be a fraction from 0"
                + " to 1, got -0.1", message(cluster, "{nodePools: [{name: g, autoscaling: {maxSize: 2}}],"
                + " autoscaler: {scaleDownGpuUtilizationThreshold: -0.1}}"));
        assertEquals("inline: scheduler.kubernetes.autoscaler.maxDrainParallelism: must be 0 (no non-empty node drained)"
                + " or more, got -1", message(cluster, "{nodePools: [{name: g, autoscaling: {maxSize: 2}}],"
                + " autoscaler: {maxDrainParallelism: -1}}"));
    }

    private String message(String cluster, String kubernetes) {
        Throwable t = assertThrows(RuntimeException.class, () -> scenario(cluster, kubernetes));
        while (!(t instanceof InvalidFieldException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    @Test
    void shouldEchoTheAutoscalerAndReadItBackEqual() throws IOException {
        Scenario s = scenario("{nodes: 1, dynamicNodes: 3, coresPerNode: 36}",
                "{nodePools: [{name: g, autoscaling: {minSize: 1, maxSize: 4}, capacityType: spot,"
                        + " interruptionFrequency: '10-15%'}], autoscaler: {scanInterval: 20, expander: price,"
                        + " maxNodesTotal: 3, scaleDownUnneededTime: 300, scaleDownDelayAfterAdd: 60,"
                        + " scaleDownUtilizationThreshold: 0.4, scaleDownGpuUtilizationThreshold: 0.3,"
                        + " skipNodesWithCustomControllerPods: false, maxDrainParallelism: 2}}");
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Scenario back = loader.parse(yaml.writeValueAsString(ScenarioWriter.toMap(s)), "echo");
        AutoscalerConfig a = s.scheduler().kubernetes().autoscaler();
        AutoscalerConfig b = back.scheduler().kubernetes().autoscaler();
        assertEquals(a.scanInterval(), b.scanInterval());
        assertEquals(AutoscalerConfig.Expander.PRICE, b.expander());
        assertEquals(3, b.maxNodesTotal());
        assertEquals(a.unneededTime(), b.unneededTime());
        assertEquals(a.delayAfterAdd(), b.delayAfterAdd());
        assertEquals(new ScaleDownRules(0.4, 0.3, false, 2), b.scaleDown());
        assertEquals(ScaleDownRules.DEFAULTS, scenario("{nodes: 0, dynamicNodes: 2, coresPerNode: 36}",
                "{nodePools: [{name: g, autoscaling: {maxSize: 2}}]}").scheduler().kubernetes().autoscaler().scaleDown());
        assertEquals(a.groups().get(0).minSize(), b.groups().get(0).minSize());
        assertEquals(a.groups().get(0).interruptionRate(), b.groups().get(0).interruptionRate(), 1e-15);
        assertNull(scenario("{nodes: 1, coresPerNode: 36}", "{nodePools: [{name: g, nodes: 1}]}").scheduler()
                .kubernetes().autoscaler());
    }
}
