package org.hpcsim.models.kube;

import static org.hpcsim.models.kube.KubeFixtures.labelled;
import static org.hpcsim.models.kube.KubeFixtures.nodes;
import static org.hpcsim.models.kube.KubeFixtures.scores;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hpcsim.models.kube.plugins.NodeAffinity;
import org.junit.jupiter.api.Test;

/** NodeAffinity scoring and normalisation from upstream's node_affinity_test.go (TestNodeAffinityPriority), and the filter. */
class NodeAffinityTest {
    private static final Map<String, String> LABEL1 = Map.of("foo", "bar");
    private static final Map<String, String> LABEL2 = Map.of("key", "value");
    private static final Map<String, String> LABEL3 = Map.of("az", "az1");
    private static final Map<String, String> LABEL4 = Map.of("abc", "az11", "def", "az22");
    private static final Map<String, String> LABEL5 = Map.of("foo", "bar", "key", "value", "az", "az1");

    private static NodeSelectorRequirement in(String key, String value) {
        return new NodeSelectorRequirement(key, SelectorOperator.IN, List.of(value));
    }

    private static PreferredTerm preferred(int weight, NodeSelectorRequirement... r) {
        return new PreferredTerm(weight, new NodeSelectorTerm(List.of(r)));
    }

    private static PodSpec preferring(PreferredTerm... terms) {
        return new PodSpec(new long[] {100, 100}, null, 0, null, null, List.of(terms), null, null, "");
    }

    private static final PodSpec AFFINITY1 = preferring(preferred(2, in("foo", "bar")));
    private static final PodSpec AFFINITY2 = preferring(preferred(2, in("foo", "bar")), preferred(4, in("key", "value")),
            preferred(5, in("foo", "bar"), in("key", "value"), in("az", "az1")));

    private static long[] score(PodSpec pod, KubeNode... ns) {
        return scores(new NodeAffinity(), new NodeTable(nodes(ns), 2), pod);
    }

    // "all nodes are same priority as NodeAffinity is nil"
    @Test
    void shouldScoreZeroWithoutPreferences() {
        assertArrayEquals(new long[] {0, 0, 0}, score(preferring(), labelled("node1", LABEL1), labelled("node2", LABEL2), labelled("node3", LABEL3)));
    }

    // "no node matches preferred scheduling requirements in NodeAffinity of pod so all nodes' priority is zero"
    @Test
    void shouldScoreZeroWhenNoNodeMatches() {
        assertArrayEquals(new long[] {0, 0, 0}, score(AFFINITY1, labelled("node1", LABEL4), labelled("node2", LABEL2), labelled("node3", LABEL3)));
    }

    // "only node1 matches the preferred scheduling requirements of pod"
    @Test
    void shouldGiveTheOnlyMatchingNodeTheMaximum() {
        assertArrayEquals(new long[] {100, 0, 0}, score(AFFINITY1, labelled("node1", LABEL1), labelled("node2", LABEL2), labelled("node3", LABEL3)));
    }

    // "all nodes matches the preferred scheduling requirements of pod but with different priorities "
    @Test
    void shouldNormaliseSummedWeightsByTheMaximum() {
        assertArrayEquals(new long[] {18, 100, 36}, score(AFFINITY2, labelled("node1", LABEL1), labelled("node5", LABEL5), labelled("node2", LABEL2)));
    }

    @Test
    void shouldFilterOnNodeSelectorAndRequiredTermsOred() {
        NodeSelectorTerm zoneA = new NodeSelectorTerm(List.of(in("zone", "a")));
        NodeSelectorTerm gpu = new NodeSelectorTerm(List.of(new NodeSelectorRequirement("gpu", SelectorOperator.EXISTS, null)));
        PodSpec pod = new PodSpec(new long[] {1, 1}, null, 0, Map.of("pool", "batch"), List.of(zoneA, gpu), null, null, null, "");
        KubeNode batchA = labelled("n", Map.of("pool", "batch", "zone", "a"));
        KubeNode batchGpu = labelled("n", Map.of("pool", "batch", "gpu", "h100"));
        KubeNode batchB = labelled("n", Map.of("pool", "batch", "zone", "b"));
        KubeNode webA = labelled("n", Map.of("pool", "web", "zone", "a"));
        assertTrue(NodeAffinity.matches(pod, batchA));
        assertTrue(NodeAffinity.matches(pod, batchGpu));
        assertFalse(NodeAffinity.matches(pod, batchB));
        assertFalse(NodeAffinity.matches(pod, webA));
    }
}
