package org.hpcsim.models.kube;

import static org.hpcsim.models.kube.KubeFixtures.nodes;
import static org.hpcsim.models.kube.KubeFixtures.scores;
import static org.hpcsim.models.kube.KubeFixtures.tainted;
import static org.hpcsim.models.kube.KubeFixtures.tolerating;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hpcsim.models.kube.plugins.NodeUnschedulable;
import org.hpcsim.models.kube.plugins.TaintToleration;
import org.junit.jupiter.api.Test;

/** TaintToleration score and filter cases from upstream's taint_toleration_test.go, and NodeUnschedulable. */
class TaintTolerationTest {
    private static final TaintEffect PREFER = TaintEffect.PREFER_NO_SCHEDULE;
    private static final TaintEffect NO_SCHEDULE = TaintEffect.NO_SCHEDULE;

    private static Taint taint(String key, String value, TaintEffect effect) {
        return new Taint(key, value, effect);
    }

    private static Toleration equal(String key, String value, TaintEffect effect) {
        return new Toleration(key, false, value, effect);
    }

    private static long[] score(PodSpec pod, KubeNode... ns) {
        return scores(new TaintToleration(), new NodeTable(nodes(ns), 2), pod);
    }

    // TestTaintTolerationScore, "node with taints tolerated by the pod, gets a higher score than those node with intolerable taints"
    @Test
    void shouldPreferTheNodeWhoseTaintIsTolerated() {
        assertArrayEquals(new long[] {100, 0}, score(tolerating(equal("foo", "bar", PREFER)),
                tainted("nodeA", taint("foo", "bar", PREFER)), tainted("nodeB", taint("foo", "blah", PREFER))));
    }

    // "the nodes that all of their taints are tolerated by the pod, get the same score, no matter how many tolerable taints a node has"
    @Test
    void shouldNotCountToleratedTaints() {
        PodSpec pod = tolerating(equal("cpu-type", "arm64", PREFER), equal("disk-type", "ssd", PREFER));
        assertArrayEquals(new long[] {100, 100, 100}, score(pod, tainted("nodeA"),
                tainted("nodeB", taint("cpu-type", "arm64", PREFER)),
                tainted("nodeC", taint("cpu-type", "arm64", PREFER), taint("disk-type", "ssd", PREFER))));
    }

    // "the more intolerable taints a node has, the lower score it gets."
    @Test
    void shouldScoreLowerTheMoreIntolerableTaints() {
        assertArrayEquals(new long[] {100, 50, 0}, score(tolerating(equal("foo", "bar", PREFER)), tainted("nodeA"),
                tainted("nodeB", taint("cpu-type", "arm64", PREFER)),
                tainted("nodeC", taint("cpu-type", "arm64", PREFER), taint("disk-type", "ssd", PREFER))));
    }

    // "only taints and tolerations that have effect PreferNoSchedule are checked by taints-tolerations priority function"
    @Test
    void shouldScoreOnlyPreferNoScheduleTaints() {
        PodSpec pod = tolerating(equal("cpu-type", "arm64", NO_SCHEDULE), equal("disk-type", "ssd", NO_SCHEDULE));
        assertArrayEquals(new long[] {100, 100, 0}, score(pod, tainted("nodeA"),
                tainted("nodeB", taint("cpu-type", "arm64", NO_SCHEDULE)),
                tainted("nodeC", taint("cpu-type", "arm64", PREFER), taint("disk-type", "ssd", PREFER))));
    }

    // "Default behaviour No taints and tolerations, lands on node with no taints"
    @Test
    void shouldPreferTheUntaintedNodeForAPodWithoutTolerations() {
        assertArrayEquals(new long[] {100, 0}, score(tolerating(), tainted("nodeA"), tainted("nodeB", taint("cpu-type", "arm64", PREFER))));
    }

    private static boolean passes(PodSpec pod, KubeNode node) {
        return new TaintToleration().filter(pod, 0, new NodeTable(nodes(node), 2));
    }

    // TestTaintTolerationFilter, its cases without the alpha Gt/Lt toleration operators
    @Test
    void shouldFilterUntoleratedNoScheduleTaints() {
        KubeNode user1 = tainted("nodeA", taint("dedicated", "user1", NO_SCHEDULE));
        assertFalse(passes(tolerating(), user1));
        assertTrue(passes(tolerating(equal("dedicated", "user1", NO_SCHEDULE)), user1));
        assertFalse(passes(tolerating(equal("dedicated", "user2", NO_SCHEDULE)), user1));
        assertTrue(passes(tolerating(new Toleration("foo", true, "", NO_SCHEDULE)), tainted("nodeA", taint("foo", "bar", NO_SCHEDULE))));
        assertTrue(passes(tolerating(equal("dedicated", "user2", NO_SCHEDULE), new Toleration("foo", true, "", NO_SCHEDULE)),
                tainted("nodeA", taint("dedicated", "user2", NO_SCHEDULE), taint("foo", "bar", NO_SCHEDULE))));
        assertFalse(passes(tolerating(equal("foo", "bar", PREFER)), tainted("nodeA", taint("foo", "bar", NO_SCHEDULE))));
        assertTrue(passes(tolerating(equal("foo", "bar", null)), tainted("nodeA", taint("foo", "bar", NO_SCHEDULE))));
        assertTrue(passes(tolerating(equal("dedicated", "user2", NO_SCHEDULE)), tainted("nodeA", taint("dedicated", "user1", PREFER))));
        assertTrue(passes(tolerating(), tainted("nodeA", taint("dedicated", "user1", PREFER))));
    }

    @Test
    void shouldFilterNoExecuteTaintsToo() {
        assertFalse(passes(tolerating(), tainted("nodeA", taint("gpu", "broken", TaintEffect.NO_EXECUTE))));
    }

    @Test
    void shouldKeepPodsOffCordonedNodesUnlessTheyTolerateIt() {
        KubeNode cordoned = new KubeNode("c", new long[] {1000, 1000}, null, null, true);
        NodeTable t = new NodeTable(nodes(cordoned), 2);
        NodeUnschedulable f = new NodeUnschedulable();
        assertFalse(f.filter(tolerating(), 0, t));
        assertTrue(f.filter(tolerating(new Toleration("node.kubernetes.io/unschedulable", true, "", NO_SCHEDULE)), 0, t));
        assertTrue(f.filter(tolerating(new Toleration("", true, "", null)), 0, t));
        assertFalse(f.filter(tolerating(new Toleration("node.kubernetes.io/unschedulable", true, "", PREFER)), 0, t));
    }
}
