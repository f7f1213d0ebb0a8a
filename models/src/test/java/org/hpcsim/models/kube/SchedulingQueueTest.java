package org.hpcsim.models.kube;

import static org.hpcsim.core.SimTime.SECOND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hpcsim.core.SimTime;
import org.hpcsim.models.workload.Job;
import org.junit.jupiter.api.Test;

class SchedulingQueueTest {
    private static final SchedulerTiming PLAIN = SchedulerTiming.DEFAULT.withPopFromBackoffQ(false);
    private long seq;

    private QueuedPod pod(int priority) {
        PodSpec spec = new PodSpec(new long[] {1000, 0}, null, priority, null, null, null, null, null, "");
        return new KubeJob(Job.rigid(seq, 0, 1, 1, 1), new PodSpec[] {spec}, seq++).pods[0];
    }

    /** A pod added at 0 and popped; with {@code eventInCycle} a pod is deleted while it is being scheduled. */
    private QueuedPod popped(SchedulingQueue q, boolean eventInCycle) {
        QueuedPod p = pod(0);
        q.add(p, 0);
        assertSame(p, q.pop());
        if (eventInCycle) {
            q.moveAll(0);
        }
        return p;
    }

    @Test
    void shouldPopHigherPriorityFirstThenOlderTimestampThenCreationOrder() {
        SchedulingQueue q = new SchedulingQueue(PLAIN);
        QueuedPod lowOld = pod(0);
        QueuedPod highNew = pod(5);
        QueuedPod lowNew = pod(0);
        QueuedPod lowNewSameTime = pod(0);
        q.add(lowNew, 3 * SECOND);
        q.add(lowOld, SECOND);
        q.add(highNew, 9 * SECOND);
        q.add(lowNewSameTime, 3 * SECOND);
        assertSame(highNew, q.pop());
        assertSame(lowOld, q.pop());
        assertSame(lowNew, q.pop());
        assertSame(lowNewSameTime, q.pop());
        assertNull(q.pop());
    }

    @Test
    void shouldBackOffOneTwoFourEightTenTenSeconds() {
        long[] expected = {1, 2, 4, 8, 10, 10};
        for (int attempts = 1; attempts <= expected.length; attempts++) {
            assertEquals(expected[attempts - 1] * SECOND, SchedulerTiming.DEFAULT.backoff(attempts), "attempt " + attempts);
        }
        assertEquals(0, SchedulerTiming.DEFAULT.backoff(0), "a pod never tried owes no backoff");
    }

    @Test
    void shouldKeepFailedPodInBackoffQueueForItsBackoffAfterEachAttempt() {
        SchedulingQueue q = new SchedulingQueue(PLAIN);
        QueuedPod p = pod(0);
        q.add(p, 0);
        long now = 0;
        for (long backoff : new long[] {1, 2, 4, 8, 10, 10}) {
            assertSame(p, q.pop());
            now += 500_000_000L;
            q.failed(p, now);
            q.moveAll(now + 1); // an event right after: the pod is still backing off
            assertEquals(1, q.backoffCount());
            long due = now + backoff * SECOND;
            q.flushBackoffCompleted(due - 1);
            assertEquals(0, q.activeCount(), "still backing off just before " + backoff + " s");
            q.flushBackoffCompleted(due);
            assertEquals(1, q.activeCount(), "backoff of " + backoff + " s over");
            now = due;
        }
    }

    @Test
    void shouldEndBackoffOnlyAfterItsWholeSecondWindowWithPopFromBackoffQ() {
        SchedulingQueue q = new SchedulingQueue(SchedulerTiming.DEFAULT);
        QueuedPod p = popped(q, false);
        q.failed(p, 1_500_000_000L); // backoff 1 s: ends at 2.5 s, in the window [2 s, 3 s)
        q.moveAll(1_600_000_000L);
        assertEquals(2 * SECOND, q.backoffExpiry(p));
        q.flushBackoffCompleted(2_900_000_000L);
        assertEquals(1, q.backoffCount(), "inside its window the pod still backs off");
        q.flushBackoffCompleted(3 * SECOND);
        assertEquals(1, q.activeCount());
    }

    @Test
    void shouldParkUnschedulablePodUntilAClusterEvent() {
        SchedulingQueue q = new SchedulingQueue(PLAIN);
        QueuedPod p = popped(q, false);
        q.failed(p, SECOND);
        assertEquals(1, q.unschedulableCount());
        assertFalse(q.canPop());
        q.moveAll(5 * SECOND);
        assertEquals(1, q.activeCount(), "its 1 s backoff is over, so it goes straight to activeQ");
        assertSame(p, q.pop());
        assertEquals(SECOND, p.timestamp, "it keeps the time of its failure for ordering");
    }

    @Test
    void shouldSendPodToBackoffWhenAnEventCameDuringItsCycle() {
        SchedulingQueue q = new SchedulingQueue(PLAIN);
        QueuedPod p = popped(q, true);
        q.failed(p, 0);
        assertEquals(0, q.unschedulableCount());
        assertEquals(1, q.backoffCount());
    }

    @Test
    void shouldFlushParkedPodOnlyOnceParkedLongerThanFiveMinutes() {
        SchedulingQueue q = new SchedulingQueue(PLAIN);
        QueuedPod p = popped(q, false);
        q.failed(p, 0);
        q.flushLeftover(5 * SimTime.MINUTE);
        assertEquals(1, q.unschedulableCount(), "exactly five minutes is not longer than five minutes");
        q.flushLeftover(5 * SimTime.MINUTE + 1);
        assertEquals(1, q.activeCount());
    }

    @Test
    void shouldPopFromBackoffQueueWhenActiveIsEmptyOnlyWithTheFeature() {
        for (boolean feature : new boolean[] {true, false}) {
            SchedulingQueue q = new SchedulingQueue(SchedulerTiming.DEFAULT.withPopFromBackoffQ(feature));
            QueuedPod p = popped(q, true);
            q.failed(p, 0);
            assertEquals(1, q.backoffCount());
            assertEquals(feature, q.canPop());
            if (feature) {
                assertSame(p, q.pop());
                assertEquals(2, p.attempts);
            }
        }
        assertTrue(SchedulerTiming.DEFAULT.popFromBackoffQ(), "on by default since 1.33");
    }
}
