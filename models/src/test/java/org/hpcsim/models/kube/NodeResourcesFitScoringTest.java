package org.hpcsim.models.kube;

import static org.hpcsim.models.kube.KubeFixtures.explicitTable;
import static org.hpcsim.models.kube.KubeFixtures.node;
import static org.hpcsim.models.kube.KubeFixtures.nodes;
import static org.hpcsim.models.kube.KubeFixtures.pod;
import static org.hpcsim.models.kube.KubeFixtures.scores;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hpcsim.models.kube.plugins.NodeResourcesFit;
import org.hpcsim.models.kube.plugins.NodeResourcesFitArgs;
import org.hpcsim.models.kube.plugins.ResourceSpec;
import org.hpcsim.models.kube.plugins.ScoringStrategyType;
import org.hpcsim.models.kube.plugins.UtilizationShapePoint;
import org.junit.jupiter.api.Test;

/**
 * Golden cases for NodeResourcesFit's three scoring strategies, inputs and expected scores from
 * upstream's least_allocated_test.go, most_allocated_test.go and requested_to_capacity_ratio_test.go
 * (kubernetes/kubernetes, pkg/scheduler/framework/plugins/noderesources). Upstream writes cpu in
 * cores there; the ratios, and so the scores, are the same in the millicores used here.
 */
class NodeResourcesFitScoringTest {
    private static final ResourceNames NAMES = names("intel.com/foo", "intel.com/bar");

    private static ResourceNames names(String... extended) {
        ResourceNames n = new ResourceNames();
        for (String e : extended) {
            n.indexOf(e);
        }
        return n;
    }

    private static NodeResourcesFit fit(ScoringStrategyType type, List<ResourceSpec> resources, List<UtilizationShapePoint> shape) {
        return new NodeResourcesFit(new NodeResourcesFitArgs(type, resources, shape), NAMES);
    }

    private static long[] run(NodeResourcesFit plugin, NodeTable table, PodSpec incoming) {
        return scores(plugin, table, incoming);
    }

    // least_allocated_test.go, "nothing scheduled, resources requested, differently sized nodes"
    @Test
    void shouldScoreLeastAllocatedDifferentlySizedNodes() {
        NodeTable t = explicitTable(nodes(node("node1", 4000, 10000), node("node2", 6000, 10000)), 2);
        assertArrayEquals(new long[] {37, 50}, run(fit(null, null, null), t, pod(3000, 5000)));
    }

    // least_allocated_test.go, "no resources requested, pods scheduled with resources"
    @Test
    void shouldScoreLeastAllocatedWithExistingPods() {
        NodeTable t = explicitTable(nodes(node("node1", 10000, 20000), node("node2", 10000, 20000)), 2);
        t.bind(pod(3000, 0), 0);
        t.bind(pod(3000, 0), 0);
        t.bind(pod(3000, 0), 1);
        t.bind(pod(3000, 5000), 1);
        assertArrayEquals(new long[] {70, 57}, run(fit(null, null, null), t, pod(0, 0)));
    }

    // least_allocated_test.go, "resources requested, pods scheduled with resources" and "..., differently sized nodes"
    @Test
    void shouldScoreLeastAllocatedRequestedOnUsedNodes() {
        NodeTable same = explicitTable(nodes(node("node1", 10000, 20000), node("node2", 10000, 20000)), 2);
        NodeTable sized = explicitTable(nodes(node("node1", 10000, 20000), node("node2", 10000, 50000)), 2);
        for (NodeTable t : List.of(same, sized)) {
            t.bind(pod(3000, 0), 0);
            t.bind(pod(3000, 5000), 1);
        }
        assertArrayEquals(new long[] {57, 45}, run(fit(null, null, null), same, pod(3000, 5000)));
        assertArrayEquals(new long[] {57, 60}, run(fit(null, null, null), sized, pod(3000, 5000)));
    }

    // least_allocated_test.go, "requested resources exceed node capacity"
    @Test
    void shouldScoreLeastAllocatedZeroForAResourceOverCapacity() {
        NodeTable t = explicitTable(nodes(node("node1", 4000, 10000), node("node2", 4000, 10000)), 2);
        t.bind(pod(3000, 0), 0);
        t.bind(pod(3000, 5000), 1);
        assertArrayEquals(new long[] {50, 25}, run(fit(null, null, null), t, pod(3000, 0)));
    }

    // least_allocated_test.go, "zero node resources, pods scheduled with resources"
    @Test
    void shouldScoreZeroOnNodesWithoutResources() {
        NodeTable t = explicitTable(nodes(node("node1", 0, 0), node("node2", 0, 0)), 2);
        t.bind(pod(3000, 0), 0);
        t.bind(pod(3000, 5000), 1);
        assertArrayEquals(new long[] {0, 0}, run(fit(null, null, null), t, pod(0, 0)));
    }

    // least_allocated_test.go, "nothing scheduled, resources requested with different weight on CPU and memory, ..."
    @Test
    void shouldWeighLeastAllocatedResources() {
        NodeTable t = explicitTable(nodes(node("node1", 4000, 10000), node("node2", 6000, 10000)), 2);
        List<ResourceSpec> weights = List.of(new ResourceSpec("memory", 2), new ResourceSpec("cpu", 1));
        assertArrayEquals(new long[] {41, 50}, run(fit(null, weights, null), t, pod(3000, 5000)));
    }

    // least_allocated_test.go, "bypass extended resource if the pod does not request",
    // "honor extended resource if the pod requests" and "if the node doesn't have a resource"
    @Test
    void shouldBypassExtendedResourcesThePodDoesNotRequest() {
        List<ResourceSpec> withFoo = List.of(new ResourceSpec("cpu", 1), new ResourceSpec("memory", 1), new ResourceSpec("intel.com/foo", 1));
        NodeTable bypass = explicitTable(nodes(node("node1", 6000, 10000, 0), node("node2", 6000, 10000, 4)), 3);
        assertArrayEquals(new long[] {50, 50}, run(fit(null, withFoo, null), bypass, pod(3000, 5000)));
        NodeTable honour = explicitTable(nodes(node("node1", 6000, 10000, 4), node("node2", 6000, 10000, 10)), 3);
        assertArrayEquals(new long[] {50, 60}, run(fit(null, withFoo, null), honour, pod(3000, 5000, 2)));
        List<ResourceSpec> fooFirst = List.of(new ResourceSpec("intel.com/foo", 2), new ResourceSpec("cpu", 1), new ResourceSpec("memory", 1));
        assertArrayEquals(new long[] {55, 55}, run(fit(null, fooFirst, null), bypass, pod(3000, 4000)));
    }

    // most_allocated_test.go, "nothing scheduled, resources requested, differently sized nodes" (both weightings)
    @Test
    void shouldScoreMostAllocatedDifferentlySizedNodes() {
        NodeTable t = explicitTable(nodes(node("node1", 4000, 10000), node("node2", 6000, 10000)), 2);
        assertArrayEquals(new long[] {62, 50}, run(fit(ScoringStrategyType.MOST_ALLOCATED, null, null), t, pod(3000, 5000)));
        List<ResourceSpec> weights = List.of(new ResourceSpec("memory", 2), new ResourceSpec("cpu", 1));
        assertArrayEquals(new long[] {58, 50}, run(fit(ScoringStrategyType.MOST_ALLOCATED, weights, null), t, pod(3000, 5000)));
    }

    // most_allocated_test.go, "no resources requested, pods scheduled with resources" and
    // "resources requested, pods scheduled with resources"
    @Test
    void shouldScoreMostAllocatedWithExistingPods() {
        NodeTable t = explicitTable(nodes(node("node1", 10000, 20000), node("node2", 10000, 20000)), 2);
        t.bind(pod(3000, 0), 0);
        t.bind(pod(3000, 0), 0);
        t.bind(pod(3000, 0), 1);
        t.bind(pod(3000, 5000), 1);
        assertArrayEquals(new long[] {30, 42}, run(fit(ScoringStrategyType.MOST_ALLOCATED, null, null), t, pod(0, 0)));
        NodeTable u = explicitTable(nodes(node("node1", 10000, 20000), node("node2", 10000, 20000)), 2);
        u.bind(pod(3000, 0), 0);
        u.bind(pod(3000, 5000), 1);
        assertArrayEquals(new long[] {42, 55}, run(fit(ScoringStrategyType.MOST_ALLOCATED, null, null), u, pod(3000, 5000)));
    }

    // most_allocated_test.go, "resources requested equal node capacity"
    @Test
    void shouldScoreMostAllocatedAtCapacity() {
        NodeTable t = explicitTable(nodes(node("node1", 5000, 10000), node("node2", 10000, 9000)), 2);
        assertArrayEquals(new long[] {95, 75}, run(fit(ScoringStrategyType.MOST_ALLOCATED, null, null), t, pod(5000, 9000)));
    }

    // most_allocated_test.go, "no resources requested, pods scheduled, nonzero request for resource":
    // pods with a container and no requests count 100m cpu and 200 MiB each.
    @Test
    void shouldCountNonZeroDefaultsForPodsWithoutRequests() {
        long mi = 1024 * 1024;
        NodeTable t = new NodeTable(nodes(node("node1", 250, 1000 * mi), node("node2", 250, 1000 * mi)), 2);
        t.bind(pod(0, 0), 0);
        t.bind(pod(0, 0), 0);
        assertArrayEquals(new long[] {80, 30}, run(fit(ScoringStrategyType.MOST_ALLOCATED, null, null), t, pod(0, 0)));
    }

    // most_allocated_test.go, "honor extended resource if the pod request" and "if the node doesn't have a resource"
    @Test
    void shouldScoreMostAllocatedExtendedResources() {
        List<ResourceSpec> withFoo = List.of(new ResourceSpec("cpu", 1), new ResourceSpec("memory", 1), new ResourceSpec("intel.com/foo", 1));
        NodeTable honour = explicitTable(nodes(node("node1", 6000, 10000, 4), node("node2", 6000, 10000, 10)), 3);
        assertArrayEquals(new long[] {50, 40}, run(fit(ScoringStrategyType.MOST_ALLOCATED, withFoo, null), honour, pod(3000, 5000, 2)));
        NodeTable lacking = explicitTable(nodes(node("node1", 6000, 10000, 0), node("node2", 6000, 10000, 4)), 3);
        List<ResourceSpec> fooFirst = List.of(new ResourceSpec("intel.com/foo", 2), new ResourceSpec("cpu", 1), new ResourceSpec("memory", 1));
        assertArrayEquals(new long[] {45, 45}, run(fit(ScoringStrategyType.MOST_ALLOCATED, fooFirst, null), lacking, pod(3000, 4000)));
    }

    private static final List<UtilizationShapePoint> LEAST_SHAPE = List.of(new UtilizationShapePoint(0, 10), new UtilizationShapePoint(100, 0));
    private static final List<UtilizationShapePoint> BINPACK_SHAPE = List.of(new UtilizationShapePoint(0, 0), new UtilizationShapePoint(100, 1));

    // requested_to_capacity_ratio_test.go, TestRequestedToCapacityRatioScoringStrategy: the three cases
    @Test
    void shouldScoreRequestedToCapacityRatioWithAFallingShape() {
        NodeResourcesFit p = fit(ScoringStrategyType.REQUESTED_TO_CAPACITY_RATIO, null, LEAST_SHAPE);
        NodeTable empty = explicitTable(nodes(node("node1", 4000, 10000), node("node2", 4000, 10000)), 2);
        empty.bind(pod(0, 0), 0);
        empty.bind(pod(0, 0), 0);
        assertArrayEquals(new long[] {100, 100}, run(p, empty, pod(0, 0)));
        NodeTable sized = explicitTable(nodes(node("node1", 4000, 10000), node("node2", 6000, 10000)), 2);
        sized.bind(pod(0, 0), 0);
        sized.bind(pod(0, 0), 0);
        assertArrayEquals(new long[] {38, 50}, run(p, sized, pod(3000, 5000)));
        NodeTable used = explicitTable(nodes(node("node1", 4000, 10000), node("node2", 6000, 10000)), 2);
        used.bind(pod(3000, 5000), 0);
        used.bind(pod(3000, 5000), 1);
        assertArrayEquals(new long[] {38, 50}, run(p, used, pod(0, 0)));
    }

    // requested_to_capacity_ratio_test.go, TestResourceBinPackingSingleExtended: all four cases
    @Test
    void shouldBinPackOneExtendedResource() {
        NodeResourcesFit p = fit(ScoringStrategyType.REQUESTED_TO_CAPACITY_RATIO, List.of(new ResourceSpec("intel.com/foo", 1)), BINPACK_SHAPE);
        long mem = 10000L * 1024 * 1024;
        NodeTable t = explicitTable(nodes(node("node1", 4000, mem, 8), node("node2", 4000, mem, 4)), 3);
        assertArrayEquals(new long[] {0, 0}, run(p, t, pod(0, 0, 0)));
        assertArrayEquals(new long[] {2, 5}, run(p, t, pod(0, 0, 2)));
        assertArrayEquals(new long[] {5, 10}, run(p, t, pod(0, 0, 4)));
        t.bind(pod(0, 0, 2), 1);
        assertArrayEquals(new long[] {2, 10}, run(p, t, pod(0, 0, 2)));
    }

    // requested_to_capacity_ratio_test.go, TestResourceBinPackingMultipleExtended: all four cases
    @Test
    void shouldBinPackTwoWeightedExtendedResources() {
        NodeResourcesFit p = fit(ScoringStrategyType.REQUESTED_TO_CAPACITY_RATIO,
                List.of(new ResourceSpec("intel.com/foo", 3), new ResourceSpec("intel.com/bar", 5)), BINPACK_SHAPE);
        long mem = 10000L * 1024 * 1024;
        NodeTable t = explicitTable(nodes(node("node1", 4000, mem, 8, 4), node("node2", 4000, mem, 4, 8)), 4);
        assertArrayEquals(new long[] {0, 0}, run(p, t, pod(0, 0, 0, 0)));
        assertArrayEquals(new long[] {4, 3}, run(p, t, pod(0, 0, 2, 2)));
        assertArrayEquals(new long[] {5, 5}, run(p, t, pod(0, 0, 4, 2)));
        t.bind(pod(0, 0, 4, 2), 1);
        assertArrayEquals(new long[] {4, 7}, run(p, t, pod(0, 0, 2, 2)));
    }

    @Test
    void shouldScaleUtilizationExactlyWhereTheProductOverflows() {
        long capacity = Long.MAX_VALUE - 1;
        long requested = capacity / 3;
        // 33.33...% truncates to 33 even though requested * 100 does not fit in a long.
        NodeResourcesFit p = fit(ScoringStrategyType.REQUESTED_TO_CAPACITY_RATIO, List.of(new ResourceSpec("memory", 1)),
                List.of(new UtilizationShapePoint(0, 0), new UtilizationShapePoint(100, 10)));
        NodeTable t = explicitTable(nodes(node("n", 1000, capacity)), 2);
        assertArrayEquals(new long[] {33}, run(p, t, pod(0, requested)));
    }

    @Test
    void shouldRejectAShapeForRequestedToCapacityRatioThatIsMissing() {
        assertThrows(IllegalArgumentException.class,
                () -> new NodeResourcesFitArgs(ScoringStrategyType.REQUESTED_TO_CAPACITY_RATIO, null, null));
        assertThrows(IllegalArgumentException.class, () -> new ResourceSpec("cpu", 0));
        assertThrows(IllegalArgumentException.class, () -> new ResourceSpec("cpu", 101));
        assertThrows(IllegalArgumentException.class, () -> new UtilizationShapePoint(50, 11));
    }
}
