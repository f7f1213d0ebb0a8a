package org.hpcsim.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hpcsim.models.kube.ResourceNames;
import org.hpcsim.models.kube.SchedulerProfile;
import org.hpcsim.models.kube.WeightedScore;
import org.hpcsim.scenarios.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubeSchedulerConfigTest {
    @TempDir
    Path dir;

    private SchedulerProfile read(String yaml) throws IOException {
        Files.writeString(dir.resolve("sched.yaml"), yaml);
        return KubeSchedulerConfig.profile("sched.yaml", dir, new ResourceNames());
    }

    private static List<String> scores(SchedulerProfile p) {
        return p.scores().stream().map(w -> w.plugin().name() + "=" + w.weight()).toList();
    }

    @Test
    void shouldStartFromTheDefaultPluginsAndWeights() throws IOException {
        SchedulerProfile p = read("apiVersion: kubescheduler.config.k8s.io/v1\nkind: KubeSchedulerConfiguration\n");
        assertEquals(List.of("TaintToleration=3", "NodeAffinity=2", "NodeResourcesFit=1", "PodTopologySpread=2",
                "NodeResourcesBalancedAllocation=1"), scores(p));
        assertEquals(0, p.percentageOfNodesToScore());
    }

    @Test
    void shouldApplyDisabledEnabledWeightsAndTheBinPackingStrategy() throws IOException {
        SchedulerProfile p = read("""
                apiVersion: kubescheduler.config.k8s.io/v1
                kind: KubeSchedulerConfiguration
                percentageOfNodesToScore: 30
                profiles:
                  - schedulerName: binpack
                    plugins:
                      score:
                        disabled:
                          - name: NodeResourcesBalancedAllocation
                        enabled:
                          - name: NodeResourcesFit
                            weight: 5
                    pluginConfig:
                      - name: NodeResourcesFit
                        args:
                          scoringStrategy:
                            type: MostAllocated
                            resources:
                              - {name: cpu, weight: 1}
                              - {name: nvidia.com/gpu, weight: 3}
                """);
        assertEquals("binpack", p.name());
        assertEquals(30, p.percentageOfNodesToScore());
        assertEquals(List.of("TaintToleration=3", "NodeAffinity=2", "NodeResourcesFit=5", "PodTopologySpread=2"),
                scores(p));
        assertEquals(5, p.filters().size(), "filters are left as they were");
    }

    @Test
    void shouldRefuseAPluginHpcsimDoesNotModelInOneLine() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> read("""
                profiles:
                  - plugins:
                      score:
                        enabled:
                          - name: ImageLocality
                """));
        assertTrue(e.getMessage().startsWith("sched.yaml: plugin 'ImageLocality' is not modelled"), e.getMessage());
    }

    @Test
    void shouldRefuseSeveralProfiles() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> read("profiles: [{schedulerName: a}, {schedulerName: b}]\n"));
        assertTrue(e.getMessage().contains("hpcsim models one"), e.getMessage());
    }

    @Test
    void shouldSayWhenTheFileIsMissing() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> KubeSchedulerConfig.profile("nowhere.yaml", dir, new ResourceNames()));
        assertTrue(e.getMessage().contains("nowhere.yaml"), e.getMessage());
    }

    @Test
    void shouldKeepTheWeightOfAScorePluginEnabledWithoutOne() throws IOException {
        SchedulerProfile p = read(
                "profiles: [{plugins: {score: {disabled: [{name: '*'}], enabled: [{name: NodeAffinity}]}}}]\n");
        assertEquals(List.of("NodeAffinity=2"), scores(p));
        WeightedScore only = p.scores().get(0);
        assertEquals("NodeAffinity", only.plugin().name());
    }
}
