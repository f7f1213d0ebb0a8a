package org.hpcsim.models.kube.volcano;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hpcsim.models.kube.ResourceNames;
import org.hpcsim.models.workload.JobLabels;
import org.junit.jupiter.api.Test;

/** The proportion plugin's deserved shares, enqueue gating and allocation checks, worked by hand. */
class VolcanoQueuesTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double[] NO_CAP = {INF};

    @Test
    void shouldSplitByWeightAndHandWhatASatisfiedQueueLeavesToTheOthers() {
        // 10 cores; a (weight 1) asks 2, b (1) and c (2) ask 10. Round 1: a 2.5 capped at its request 2
        // (met), b 2.5, c 5; 0.5 left. Round 2 splits it 1:2 between b and c.
        double[][] d = VolcanoQueues.deserved(new double[] {10}, new int[] {1, 1, 2},
                new double[][] {NO_CAP, NO_CAP, NO_CAP}, new double[][] {{2}, {10}, {10}});
        assertEquals(2, d[0][0], 1e-9);
        assertEquals(2.5 + 0.5 / 3, d[1][0], 1e-9);
        assertEquals(5 + 1.0 / 3, d[2][0], 1e-9);
    }

    @Test
    void shouldCapAQueueAtItsCapabilityAndGiveTheRestAway() {
        // a (capability 3) gets 5 then 3; it stops growing, so b takes what is left: 7.
        double[][] d = VolcanoQueues.deserved(new double[] {10}, new int[] {1, 1},
                new double[][] {{3}, NO_CAP}, new double[][] {{10}, {10}});
        assertArrayEquals(new double[] {3}, d[0], 1e-9);
        assertArrayEquals(new double[] {7}, d[1], 1e-9);
    }

    @Test
    void shouldLeaveUnrequestedCapacityUndeserved() {
        double[][] d = VolcanoQueues.deserved(new double[] {10, 100}, new int[] {3, 1},
                new double[][] {{INF, INF}, {INF, INF}}, new double[][] {{1, 80}, {4, 0}});
        assertArrayEquals(new double[] {1, 80}, d[0], 1e-9);
        assertArrayEquals(new double[] {4, 0}, d[1], 1e-9);
    }

    private static VolcanoQueues queues(double overcommit, VolcanoQueue... list) {
        return new VolcanoQueues(VolcanoConfig.defaults().withQueues(List.of(list), null, overcommit),
                new ResourceNames());
    }

    private static long[] cpu(long cores) {
        return new long[] {cores * 1000, 0};
    }

    @Test
    void shouldEnqueueWithinCapabilityAndOvercommittedIdleOnly() {
        VolcanoQueues q = queues(1.2, new VolcanoQueue("a", 1, Map.of("cpu", 4000L), true),
                new VolcanoQueue("b", 1, null, true));
        assertEquals(3, q.size(), "default is added");
        // 8 cores, 2 in use by a; idle for enqueue: 8 x 1.2 - 2 = 7.6 cores.
        double[][] allocated = {{2000, 0}, {0, 0}, {0, 0}};
        q.open(0, new double[] {8000, 1L << 40}, allocated, new double[][] {{8000, 0}, {8000, 0}, {0, 0}},
                new double[3][2]);
        assertTrue(q.enqueue(0, cpu(2)));
        assertFalse(q.enqueue(0, cpu(1)), "2 held + 2 inqueue + 1 > capability 4");
        assertTrue(q.enqueue(1, cpu(5)), "2 + 5 inqueue <= 7.6");
        assertFalse(q.enqueue(1, cpu(1)), "8 inqueue > 7.6");
    }

    @Test
    void shouldAllocateOnlyWithinDeservedAndStopAQueueThatHoldsIt() {
        VolcanoQueues q = queues(1.2, new VolcanoQueue("a", 1, null, true), new VolcanoQueue("b", 3, null, true));
        double[][] allocated = new double[3][2];
        q.open(0, new double[] {8000, 0}, allocated, new double[][] {{8000, 0}, {8000, 0}, {0, 0}},
                new double[3][2]);
        assertFalse(q.allocatable(0, cpu(3)), "a deserves 2 of 8");
        assertTrue(q.allocatable(0, cpu(2)));
        q.allocated(0, cpu(2));
        assertTrue(q.overused(0));
        assertEquals(1.0, q.share(0), 1e-9);
        assertEquals(List.of(1, 2, 0), List.of(q.byShare()), "least share first; default, idle, deserves nothing");
        q.allocated(1, cpu(3));
        assertEquals(0.5, q.share(1), 1e-9);
    }

    @Test
    void shouldPutJobsInTheQueueTheirLabelNamesElseDefault() {
        VolcanoQueues q = queues(1.2, new VolcanoQueue("gpu", 2, null, true));
        assertEquals(0, q.queueOf(new JobLabels("", "", "", "", "gpu", "", "")));
        assertEquals(1, q.queueOf(new JobLabels("", "", "", "", "batch", "", "")));
    }

    @Test
    void shouldRejectBadQueues() {
        assertThrows(IllegalArgumentException.class, () -> new VolcanoQueue("a", 0, null, true));
        assertThrows(IllegalArgumentException.class, () -> queues(0.5));
        assertThrows(IllegalArgumentException.class, () -> queues(1.2, new VolcanoQueue("a", 1, null, true),
                new VolcanoQueue("a", 2, null, true)));
    }
}
