package org.hpcsim.scenarios;

import static org.hpcsim.scenarios.InlineClusters.cluster;
import static org.hpcsim.scenarios.InlineClusters.echoed;
import static org.hpcsim.scenarios.InlineClusters.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.hpcsim.scenarios.spec.ClusterSpec;
import org.junit.jupiter.api.Test;

/** Dynamic nodes in a scenario: defaults, a cluster of dynamic nodes only, the errors, the echo. */
class DynamicNodesSpecTest {
    @Test
    void shouldDefaultToNoDynamicNodesA270SecondBootAndATenMinuteIdleTime() {
        ClusterSpec c = cluster("{nodes: 4}");
        assertEquals(0, c.dynamicNodes());
        assertEquals(270, c.bootTime().seconds());
        assertEquals(600, c.scaledownIdleTime());
    }

    @Test
    void shouldAllowNoStaticNodesWhenThereAreDynamicOnes() {
        ClusterSpec c = cluster("{nodes: 0, dynamicNodes: 8, bootTime: 300, scaledownIdleTime: 120}");
        assertEquals(0, c.nodes());
        assertEquals(8, c.dynamicNodes());
        assertEquals(300, c.bootTime().seconds());
        assertEquals(120, c.scaledownIdleTime());
    }

    @Test
    void shouldRequireWholeNodeAllocationForDynamicNodes() {
        assertEquals("cluster.dynamicNodes: needs allocation: node (dynamic nodes are allocated whole, as in"
                + " ParallelCluster)", error("{nodes: 2, dynamicNodes: 2, allocation: core}"));
    }

    @Test
    void shouldRejectNegativeCountsAndTimes() {
        assertTrue(error("{nodes: 2, dynamicNodes: -1}").startsWith("cluster.dynamicNodes: must be 0 or more"));
        assertTrue(error("{nodes: 2, dynamicNodes: 1, bootTime: -5}").startsWith("cluster.bootTime:"));
        assertTrue(error("{nodes: 2, dynamicNodes: 1, scaledownIdleTime: -1}").startsWith("cluster.scaledownIdleTime:"));
        assertEquals("cluster.nodes: must be a positive number of nodes, got 0", error("{nodes: 0}"));
    }

    @Test
    void shouldEchoDynamicNodesOnlyWhenThereAreAny() {
        Map<String, Object> dynamic = echoed("{nodes: 1, dynamicNodes: 3}");
        assertEquals(3, dynamic.get("dynamicNodes"));
        assertEquals(270.0, dynamic.get("bootTime"));
        assertEquals(600.0, dynamic.get("scaledownIdleTime"));
        assertFalse(echoed("{nodes: 1}").containsKey("dynamicNodes"));
    }
}
