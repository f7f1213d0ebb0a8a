package org.hpcsim.models.kube;

import static org.hpcsim.models.kube.KubeFixtures.node;
import static org.hpcsim.models.kube.KubeFixtures.nodes;
import static org.hpcsim.models.kube.KubeFixtures.pod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The node table's bookkeeping: requests, non-zero requests, group counts, and refusals. */
class NodeTableTest {
    private static PodSpec grouped(String group, long cpu) {
        return new PodSpec(new long[] {cpu, 0}, null, 0, null, null, null, null, null, group);
    }

    @Test
    void shouldCountPodsPerGroupAndNodeThroughBindAndUnbind() {
        NodeTable t = new NodeTable(nodes(node("a", 1000, 1000), node("b", 1000, 1000)), 2);
        assertEquals(-1, t.groupIndex("web"));
        t.bind(grouped("web", 100), 1);
        t.bind(grouped("web", 100), 1);
        t.bind(grouped("db", 100), 0);
        int web = t.groupIndex("web");
        assertEquals(2, t.groupPods(web, 1));
        assertEquals(0, t.groupPods(web, 0));
        assertEquals(0, t.groupPods(-1, 0));
        t.unbind(grouped("web", 100), 1);
        assertEquals(1, t.groupPods(web, 1));
    }

    @Test
    void shouldCountNonZeroDefaultsForPodsWithoutCpuOrMemoryRequests() {
        NodeTable t = new NodeTable(nodes(node("a", 1000, 1L << 30)), 2);
        t.bind(pod(0, 0), 0);
        t.bind(pod(250, 0), 0);
        assertEquals(250, t.requested(ResourceNames.CPU, 0));
        assertEquals(350, t.nonZeroRequested(ResourceNames.CPU, 0));
        assertEquals(2 * NodeTable.DEFAULT_MEMORY_REQUEST, t.nonZeroRequested(ResourceNames.MEMORY, 0));
        t.unbind(pod(0, 0), 0);
        assertEquals(250, t.nonZeroRequested(ResourceNames.CPU, 0));
    }

    @Test
    void shouldNotFitARequestForAResourceNoNodeHas() {
        NodeTable t = new NodeTable(nodes(node("a", 1000, 1000)), 2);
        assertTrue(t.fits(pod(100, 100, 0), 0));
        assertFalse(t.fits(pod(100, 100, 1), 0));
    }

    @Test
    void shouldRefuseAnUnbindThatWasNeverBoundAndLeaveTheTableWhole() {
        NodeTable t = new NodeTable(nodes(node("a", 1000, 1000)), 2);
        t.bind(grouped("web", 100), 0);
        assertThrows(IllegalStateException.class, () -> t.unbind(grouped("web", 500), 0));
        assertThrows(IllegalStateException.class, () -> t.unbind(grouped("db", 0), 0));
        assertEquals(100, t.requested(ResourceNames.CPU, 0));
        assertEquals(1, t.pods(0));
    }

    @Test
    void shouldRequireCpuAndMemory() {
        assertThrows(IllegalArgumentException.class, () -> new NodeTable(nodes(node("a", 1)), 1));
    }
}
