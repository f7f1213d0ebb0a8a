package org.hpcsim.models.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hpcsim.models.kube.plugins.BalancedAllocationArgs;
import org.hpcsim.models.kube.plugins.NodeResourcesBalancedAllocation;
import org.hpcsim.models.kube.plugins.NodeResourcesFit;
import org.hpcsim.models.kube.plugins.NodeResourcesFitArgs;
import org.hpcsim.models.kube.plugins.Plugins;
import org.hpcsim.models.kube.plugins.ScoringStrategyType;
import org.junit.jupiter.api.Test;

/** The plugin factory: the default profile's plugins and weights, and building plugins by name. */
class PluginsTest {
    @Test
    void shouldBuildTheDefaultProfileWithUpstreamsWeights() {
        SchedulerProfile p = Plugins.defaultProfile();
        assertEquals(List.of("NodeUnschedulable", "TaintToleration", "NodeAffinity", "NodeResourcesFit", "PodTopologySpread"),
                p.filters().stream().map(FilterPlugin::name).toList());
        assertEquals(List.of("TaintToleration=3", "NodeAffinity=2", "NodeResourcesFit=1", "PodTopologySpread=2",
                        "NodeResourcesBalancedAllocation=1"),
                p.scores().stream().map(w -> w.plugin().name() + "=" + w.weight()).toList());
        assertEquals(0, p.percentageOfNodesToScore());
    }

    @Test
    void shouldBuildPluginsByNameWithTheirArgs() {
        assertInstanceOf(NodeResourcesFit.class, Plugins.scoreByName("NodeResourcesFit",
                new NodeResourcesFitArgs(ScoringStrategyType.parse("MostAllocated"), null, null), null));
        assertInstanceOf(NodeResourcesBalancedAllocation.class,
                Plugins.scoreByName("NodeResourcesBalancedAllocation", BalancedAllocationArgs.defaults(), new ResourceNames()));
        assertEquals("PodTopologySpread", Plugins.filterByName("PodTopologySpread", null, null).name());
    }

    @Test
    void shouldListTheKnownPluginsForAnUnknownName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Plugins.scoreByName("ImageLocality", null, null));
        assertTrue(e.getMessage().contains("NodeResourcesBalancedAllocation"), e.getMessage());
        assertTrue(e.getMessage().contains("not modelled"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Plugins.filterByName("NodeResourcesBalancedAllocation", null, null));
        assertThrows(IllegalArgumentException.class,
                () -> Plugins.scoreByName("TaintToleration", NodeResourcesFitArgs.defaults(), null));
        assertThrows(IllegalArgumentException.class, () -> ScoringStrategyType.parse("Spread"));
    }
}
