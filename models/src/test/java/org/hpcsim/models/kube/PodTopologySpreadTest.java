package org.hpcsim.models.kube;

import static org.hpcsim.models.kube.KubeFixtures.scores;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.kube.plugins.PodTopologySpread;
import org.junit.jupiter.api.Test;

/** PodTopologySpread: DoNotSchedule skew checks against the minimum over eligible domains, and ScheduleAnyway scores. */
class PodTopologySpreadTest {
    private static KubeNode zoned(String name, String zone, String pool) {
        Map<String, String> labels = new HashMap<>();
        if (zone != null) {
            labels.put("zone", zone);
        }
        labels.put("pool", pool);
        return new KubeNode(name, new long[] {64_000, 1L << 40}, labels, List.of(), false);
    }

    private static PodSpec member(String group) {
        return new PodSpec(new long[] {100, 100}, null, 0, null, null, null, null, null, group);
    }

    private static PodSpec spreading(String group, Map<String, String> selector, SpreadConstraint... c) {
        return new PodSpec(new long[] {100, 100}, null, 0, selector, null, null, null, List.of(c), group);
    }

    /** Zone z1 holds n0 and n1, zone z2 n2 and n3; {@code pods[i]} pods of group foo on node i. */
    private static NodeTable zones(int... pods) {
        List<KubeNode> ns = new ArrayList<>(List.of(zoned("n0", "z1", "main"), zoned("n1", "z1", "main"),
                zoned("n2", "z2", "main"), zoned("n3", "z2", "main")));
        NodeTable t = new NodeTable(ns, 2);
        for (int n = 0; n < pods.length; n++) {
            for (int k = 0; k < pods[n]; k++) {
                t.bind(member("foo"), n);
            }
        }
        return t;
    }

    private static String passing(PodSpec pod, NodeTable t) {
        PodTopologySpread p = new PodTopologySpread();
        p.preFilter(pod, t);
        StringBuilder sb = new StringBuilder();
        for (int n = 0; n < t.size(); n++) {
            sb.append(p.filter(pod, n, t) ? 'y' : 'n');
        }
        return sb.toString();
    }

    @Test
    void shouldRejectTheDomainThatWouldExceedMaxSkew() {
        // z1 has 3, z2 has 1: a matching pod in z1 makes skew 3 + 1 - 1 = 3; in z2, 1 + 1 - 1 = 1.
        NodeTable t = zones(2, 1, 1, 0);
        assertEquals("nnyy", passing(spreading("foo", null, new SpreadConstraint(1, "zone", true, "foo")), t));
        assertEquals("yyyy", passing(spreading("foo", null, new SpreadConstraint(3, "zone", true, "foo")), t));
    }

    @Test
    void shouldNotCountThePodItselfWhenItIsNotSelected() {
        NodeTable t = zones(2, 1, 1, 0);
        // 3 - 1 = 2 > 1 in z1; 1 - 1 = 0 in z2.
        assertEquals("nnyy", passing(spreading("bar", null, new SpreadConstraint(1, "zone", true, "foo")), t));
        NodeTable even = zones(1, 0, 1, 0);
        assertEquals("yyyy", passing(spreading("bar", null, new SpreadConstraint(1, "zone", true, "foo")), even));
    }

    @Test
    void shouldTakeTheMinimumOnlyOverDomainsOfNodesThePodMayUse() {
        List<KubeNode> ns = List.of(zoned("n0", "z1", "main"), zoned("n1", "z2", "main"), zoned("n2", "z3", "other"));
        NodeTable t = new NodeTable(ns, 2);
        t.bind(member("foo"), 0);
        t.bind(member("foo"), 1);
        SpreadConstraint c = new SpreadConstraint(1, "zone", true, "foo");
        // Without a selector the empty z3 counts: min 0, so z1 and z2 would reach skew 2.
        assertEquals("nny", passing(spreading("foo", null, c), t));
        // nodeAffinityPolicy Honor: z3's only node is excluded by the selector, so min is 1.
        assertEquals("yyy", passing(spreading("foo", Map.of("pool", "main"), c), t));
    }

    @Test
    void shouldRejectNodesWithoutTheTopologyKey() {
        List<KubeNode> ns = List.of(zoned("n0", "z1", "main"), zoned("n1", null, "main"));
        assertEquals("yn", passing(spreading("foo", null, new SpreadConstraint(1, "zone", true, "foo")), new NodeTable(ns, 2)));
    }

    @Test
    void shouldSpreadOverHostnamesWhenNodesCarryNoHostnameLabel() {
        NodeTable t = zones(2, 1, 1, 0);
        // Each node is its own domain; min is 0 (n3), so only nodes with 0 pods take a matching pod.
        assertEquals("nnny", passing(spreading("foo", null, new SpreadConstraint(1, "kubernetes.io/hostname", true, "foo")), t));
    }

    @Test
    void shouldScoreCrowdedDomainsLowerAndNormaliseReversed() {
        NodeTable t = zones(2, 1, 1, 0);
        // weight ln(2 + 2); z1: round(3 * 1.386) = 4, z2: round(1.386) = 1; normalised 100 * (4 + 1 - s) / 4.
        long[] s = scores(new PodTopologySpread(), t, spreading("foo", null, new SpreadConstraint(1, "zone", false, "foo")));
        assertArrayEquals(new long[] {25, 25, 100, 100}, s);
    }

    @Test
    void shouldScoreNodesMissingAKeyZeroAndPodsWithoutSoftConstraintsNothing() {
        List<KubeNode> ns = List.of(zoned("n0", "z1", "main"), zoned("n1", "z2", "main"), zoned("n2", null, "main"));
        NodeTable t = new NodeTable(ns, 2);
        t.bind(member("foo"), 0);
        long[] s = scores(new PodTopologySpread(), t, spreading("foo", null, new SpreadConstraint(1, "zone", false, "foo")));
        // weight ln(2 + 2): n0 round(1.386) = 1, n1 0; max 1, min 0: n0 100 * (1 + 0 - 1) / 1 = 0, n1 100.
        assertArrayEquals(new long[] {0, 100, 0}, s);
        assertArrayEquals(new long[] {0, 0, 0}, scores(new PodTopologySpread(), t, member("foo")));
    }
}
