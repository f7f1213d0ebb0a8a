package org.hpcsim.models.kube;

import static org.hpcsim.models.kube.KubeFixtures.explicitTable;
import static org.hpcsim.models.kube.KubeFixtures.node;
import static org.hpcsim.models.kube.KubeFixtures.nodes;
import static org.hpcsim.models.kube.KubeFixtures.pod;
import static org.hpcsim.models.kube.KubeFixtures.scores;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.hpcsim.models.kube.plugins.BalancedAllocationArgs;
import org.hpcsim.models.kube.plugins.NodeResourcesBalancedAllocation;
import org.hpcsim.models.kube.plugins.ResourceSpec;
import org.junit.jupiter.api.Test;

/**
 * Golden cases for NodeResourcesBalancedAllocation from upstream's balanced_allocation_test.go
 * (TestNodeResourcesBalancedAllocation, the release whose score is (1 - std) * 100; upstream's
 * master has since moved to scoring the change in balance the pod brings).
 */
class BalancedAllocationScoringTest {
    private static final List<ResourceSpec> WITH_GPU = List.of(new ResourceSpec("cpu", 1), new ResourceSpec("memory", 1),
            new ResourceSpec("nvidia.com/gpu", 1));

    private static ResourceNames gpuNames() {
        ResourceNames names = new ResourceNames();
        names.indexOf("nvidia.com/gpu");
        return names;
    }

    // "nothing scheduled, nothing requested, skip in PreScore": a best-effort pod is not scored.
    @Test
    void shouldNotScoreBestEffortPods() {
        NodeTable t = explicitTable(nodes(node("node1", 4000, 10000), node("node2", 4000, 10000)), 2);
        assertArrayEquals(new long[] {0, 0}, scores(new NodeResourcesBalancedAllocation(), t, pod(0, 0)));
    }

    // "nothing scheduled, resources requested, differently sized nodes"
    @Test
    void shouldScoreTwoResourcesByHalfTheirDifference() {
        NodeTable t = explicitTable(nodes(node("node1", 4000, 10000), node("node2", 6000, 10000)), 2);
        assertArrayEquals(new long[] {87, 100}, scores(new NodeResourcesBalancedAllocation(), t, pod(3000, 5000)));
    }

    // "resources requested, pods scheduled with resources" and "..., differently sized nodes"
    @Test
    void shouldCountPodsAlreadyOnTheNode() {
        NodeTable same = explicitTable(nodes(node("node1", 10000, 20000), node("node2", 10000, 20000)), 2);
        NodeTable sized = explicitTable(nodes(node("node1", 10000, 20000), node("node2", 10000, 50000)), 2);
        for (NodeTable t : List.of(same, sized)) {
            t.bind(pod(3000, 0), 0);
            t.bind(pod(3000, 5000), 1);
        }
        assertArrayEquals(new long[] {82, 95}, scores(new NodeResourcesBalancedAllocation(), same, pod(3000, 5000)));
        assertArrayEquals(new long[] {82, 80}, scores(new NodeResourcesBalancedAllocation(), sized, pod(3000, 5000)));
    }

    // "requested resources at node capacity"
    @Test
    void shouldScoreAFullResourceAgainstAnEmptyOne() {
        NodeTable t = explicitTable(nodes(node("node1", 6000, 10000), node("node2", 6000, 10000)), 2);
        t.bind(pod(3000, 0), 0);
        t.bind(pod(3000, 5000), 1);
        assertArrayEquals(new long[] {50, 75}, scores(new NodeResourcesBalancedAllocation(), t, pod(3000, 0)));
    }

    // "include scalar resource on a node for balanced resource allocation": three fractions, the population std.
    @Test
    void shouldUseTheStandardDeviationForThreeResources() {
        NodeTable t = explicitTable(nodes(node("node1", 3500, 40000, 8), node("node2", 3500, 40000, 8)), 3);
        t.bind(pod(3000, 5000, 3), 0);
        t.bind(pod(3000, 5000), 1);
        NodeResourcesBalancedAllocation p = new NodeResourcesBalancedAllocation(new BalancedAllocationArgs(WITH_GPU), gpuNames());
        assertArrayEquals(new long[] {70, 65}, scores(p, t, pod(0, 0, 1)));
    }

    // "node without the scalar resource should skip the scalar resource"
    @Test
    void shouldSkipAnExtendedResourceThePodDoesNotRequest() {
        NodeTable t = explicitTable(nodes(node("node1", 3500, 40000, 8), node("node2", 3500, 40000, 0)), 3);
        NodeResourcesBalancedAllocation p = new NodeResourcesBalancedAllocation(new BalancedAllocationArgs(WITH_GPU), gpuNames());
        assertArrayEquals(new long[] {63, 63}, scores(p, t, pod(3000, 5000)));
    }

    @Test
    void shouldIgnoreNonZeroDefaultsUnlikeNodeResourcesFit() {
        // Upstream's BalancedAllocation scores with what pods request, not with the 100m / 200 MiB defaults.
        NodeTable t = new NodeTable(nodes(node("node1", 1000, 1000)), 2);
        t.bind(pod(0, 0), 0);
        assertArrayEquals(new long[] {75}, scores(new NodeResourcesBalancedAllocation(), t, pod(500, 0)));
    }
}
