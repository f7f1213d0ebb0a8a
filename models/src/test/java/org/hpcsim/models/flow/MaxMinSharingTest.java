package org.hpcsim.models.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MaxMinSharingTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double EPS = 1e-12;

    private static int add(MaxMinSharing s, double bound, int... links) {
        double[] weights = new double[links.length];
        java.util.Arrays.fill(weights, 1);
        return s.add(bound, links, weights);
    }

    private static int[] changed(MaxMinSharing s) {
        int[] c = new int[s.changedCount()];
        for (int i = 0; i < c.length; i++) {
            c[i] = s.changed(i);
        }
        return c;
    }

    @Test
    void shouldSplitOneLinkEquallyBetweenTwoFlows() {
        // Both rise to x; the link fills at 2x = 10, so x = 5.
        MaxMinSharing s = new MaxMinSharing(new double[] {10});
        int a = add(s, INF, 0);
        int b = add(s, INF, 0);
        assertEquals(5, s.rate(a), EPS);
        assertEquals(5, s.rate(b), EPS);
        assertEquals(10, s.load(0), EPS);
    }

    @Test
    void shouldGiveTheRestOfALinkToTheFlowsThatAreNotBoundedBelowTheirShare() {
        // Cap 12, three flows: the bound 2 is met at x = 2 (link 6 < 12); the other two rise on
        // until 2 + 2x = 12, so x = 5.
        MaxMinSharing s = new MaxMinSharing(new double[] {12});
        int bounded = add(s, 2, 0);
        int a = add(s, INF, 0);
        int b = add(s, INF, 0);
        assertEquals(2, s.rate(bounded), EPS);
        assertEquals(5, s.rate(a), EPS);
        assertEquals(5, s.rate(b), EPS);
    }

    @Test
    void shouldGiveTheBottleneckedFlowItsShareAndTheRestToTheOther() {
        // A (cap 10) carries f1 and f3, B (cap 4) carries f2 and f3. B saturates first, at
        // 2x = 4: f2 = f3 = 2. A then has 10 - 2 = 8 left for f1 alone.
        MaxMinSharing s = new MaxMinSharing(new double[] {10, 4});
        int f1 = add(s, INF, 0);
        int f2 = add(s, INF, 1);
        int f3 = add(s, INF, 0, 1);
        assertEquals(8, s.rate(f1), EPS);
        assertEquals(2, s.rate(f2), EPS);
        assertEquals(2, s.rate(f3), EPS);
        assertEquals(10, s.load(0), EPS);
        assertEquals(4, s.load(1), EPS);
    }

    @Test
    void shouldCountAFlowWithWeightTwoTwiceOnItsLink() {
        // Cap 12, weights 1 and 2: x + 2x = 12, so x = 4 each; the loads are 4 and 8.
        MaxMinSharing s = new MaxMinSharing(new double[] {12});
        int f1 = s.add(INF, new int[] {0}, new double[] {1});
        int f2 = s.add(INF, new int[] {0}, new double[] {2});
        assertEquals(4, s.rate(f1), EPS);
        assertEquals(4, s.rate(f2), EPS);
        assertEquals(12, s.load(0), EPS);
    }

    @Test
    void shouldLetAnUnboundedFlowTakeTheWholeLink() {
        MaxMinSharing s = new MaxMinSharing(new double[] {7});
        assertEquals(7, s.rate(add(s, INF, 0)), EPS);
    }

    @Test
    void shouldHoldAFlowAtItsBoundWhenTheLinkCouldGiveMore() {
        MaxMinSharing s = new MaxMinSharing(new double[] {7});
        assertEquals(3, s.rate(add(s, 3, 0)), EPS);
    }

    @Test
    void shouldGiveAFlowThatCrossesNoLinkItsBound() {
        MaxMinSharing s = new MaxMinSharing(new double[] {1});
        assertEquals(42, s.rate(s.add(42, new int[0], new double[0])), 0);
        // A weight-0 link does not constrain: the bound 5 stands though the link has 1.
        assertEquals(5, s.rate(s.add(5, new int[] {0}, new double[] {0})), 0);
    }

    @Test
    void shouldRefuseAnUnboundedFlowThatCrossesNoLink() {
        MaxMinSharing s = new MaxMinSharing(new double[] {1});
        assertThrows(IllegalArgumentException.class, () -> s.add(INF, new int[0], new double[0]));
        assertThrows(IllegalArgumentException.class, () -> s.add(INF, new int[] {0}, new double[] {0}));
    }

    @Test
    void shouldRefuseBadFlows() {
        MaxMinSharing s = new MaxMinSharing(new double[] {1, 1});
        assertThrows(IllegalArgumentException.class, () -> s.add(0, new int[] {0}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> s.add(Double.NaN, new int[] {0}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> s.add(1, new int[] {0, 0}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> s.add(1, new int[] {2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> s.add(1, new int[] {0}, new double[] {-1}));
        assertThrows(IllegalArgumentException.class, () -> s.add(1, new int[] {0}, new double[] {1, 1}));
        assertEquals(0, s.flows());
    }

    @Test
    void shouldRefuseToRemoveAFlowThatIsNotThere() {
        MaxMinSharing s = new MaxMinSharing(new double[] {1});
        assertThrows(IllegalArgumentException.class, () -> s.remove(0));
        int f = add(s, INF, 0);
        s.remove(f);
        assertThrows(IllegalArgumentException.class, () -> s.remove(f));
        assertThrows(IllegalArgumentException.class, () -> s.rate(f));
    }

    @Test
    void shouldRestoreTheRatesWhenAFlowLeaves() {
        // 10 / 2 = 5 each; a third flow makes it 10 / 3; when it leaves, 5 again.
        MaxMinSharing s = new MaxMinSharing(new double[] {10});
        int a = add(s, INF, 0);
        int b = add(s, INF, 0);
        int c = add(s, INF, 0);
        assertEquals(10.0 / 3, s.rate(a), EPS);
        assertArrayEquals(new int[] {a, b}, changed(s));
        s.remove(c);
        assertEquals(5, s.rate(a), 0);
        assertEquals(5, s.rate(b), 0);
        assertArrayEquals(new int[] {a, b}, changed(s));
        assertEquals(2, s.flows());
    }

    @Test
    void shouldListAsChangedExactlyTheOtherFlowsWhoseRatesMoved() {
        // The classic pair of links, then f4 (bound 1) joins A. At x = 1 f4 is frozen (A would
        // fill at 10/3, B at 2); B then fills at x = 2 (f2 = f3 = 2, as before) and A leaves
        // 10 - 1 - 2 = 7 to f1, which alone moves (from 8).
        MaxMinSharing s = new MaxMinSharing(new double[] {10, 4});
        int f1 = add(s, INF, 0);
        int f2 = add(s, INF, 1);
        assertEquals(0, s.changedCount());
        int f3 = add(s, INF, 0, 1);
        assertArrayEquals(new int[] {f1, f2}, changed(s));
        int f4 = add(s, 1, 0);
        assertArrayEquals(new int[] {f1}, changed(s));
        assertEquals(7, s.rate(f1), EPS);
        assertEquals(2, s.rate(f2), EPS);
        assertEquals(2, s.rate(f3), EPS);
        assertEquals(1, s.rate(f4), EPS);
    }

    @Test
    void shouldNotRecomputeFlowsInAnotherComponent() {
        MaxMinSharing s = new MaxMinSharing(new double[] {10, 10});
        int a = add(s, INF, 0);
        add(s, INF, 1);
        assertEquals(2, s.flowsRecomputed());
        int c = add(s, INF, 0);
        // a and c on link 0; the flow on link 1 is left alone.
        assertEquals(4, s.flowsRecomputed());
        assertArrayEquals(new int[] {a}, changed(s));
        s.remove(c);
        assertEquals(5, s.flowsRecomputed());
        assertEquals(10, s.rate(a), 0);
    }

    @Test
    void shouldReuseTheSmallestFreeId() {
        MaxMinSharing s = new MaxMinSharing(new double[] {10});
        for (int i = 0; i < 4; i++) {
            assertEquals(i, add(s, INF, 0));
        }
        s.remove(2);
        s.remove(0);
        assertEquals(0, add(s, INF, 0));
        assertEquals(2, add(s, INF, 0));
        assertEquals(4, add(s, INF, 0));
    }
}
