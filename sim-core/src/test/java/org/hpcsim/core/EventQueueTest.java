package org.hpcsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventQueueTest {

    /** Drains the queue and returns the payloads in poll order. */
    private static List<Long> drainPayloads(EventQueue queue) {
        List<Long> out = new ArrayList<>();
        while (queue.poll() != EventQueue.NONE) {
            out.add(queue.polledPayload());
        }
        return out;
    }

    /** Adds events whose payload equals their time, with ascending sequence numbers. */
    private static long[] addTimes(EventQueue queue, long... times) {
        long[] handles = new long[times.length];
        for (int i = 0; i < times.length; i++) {
            handles[i] = queue.add(times[i], i, 0, times[i]);
        }
        return handles;
    }

    @Test
    void shouldReturnNoneWhenPollingAnEmptyQueue() {
        EventQueue queue = new EventQueue(16);
        assertTrue(queue.isEmpty());
        assertEquals(EventQueue.NONE, queue.poll());
        assertEquals(0, queue.size());
    }

    @Test
    void shouldReturnTimeKindAndPayloadOfThePolledEvent() {
        EventQueue queue = new EventQueue(16);
        queue.add(42, 0, 7, 123_456_789_012L);
        assertEquals(42, queue.peekTime());
        assertEquals(42, queue.poll());
        assertEquals(7, queue.polledKind());
        assertEquals(123_456_789_012L, queue.polledPayload());
        assertTrue(queue.isEmpty());
    }

    @Test
    void shouldBreakTimeTiesBySequenceNotInsertionOrder() {
        EventQueue queue = new EventQueue(16);
        queue.add(5, 3, 0, 3);
        queue.add(5, 1, 0, 1);
        queue.add(5, 2, 0, 2);
        queue.add(4, 9, 0, 0);
        assertEquals(List.of(0L, 1L, 2L, 3L), drainPayloads(queue));
    }

    @Test
    void shouldGrowBeyondItsInitialCapacityAndStillPollInOrder() {
        EventQueue queue = new EventQueue(1);
        int n = 5_000;
        for (int i = 0; i < n; i++) {
            queue.add(n - i, i, 0, n - i); // descending times: every add sifts to the root
        }
        assertEquals(n, queue.size());
        List<Long> payloads = drainPayloads(queue);
        assertEquals(n, payloads.size());
        for (int i = 0; i < n; i++) {
            assertEquals(i + 1, payloads.get(i));
        }
    }

    @Test
    void shouldKeepHeapOrderWhenCancellingTheRoot() {
        EventQueue queue = new EventQueue(16);
        long[] h = addTimes(queue, 1, 9, 4, 7, 3, 8, 2);
        assertTrue(queue.cancel(h[0]));
        assertEquals(2, queue.peekTime());
        assertEquals(List.of(2L, 3L, 4L, 7L, 8L, 9L), drainPayloads(queue));
    }

    @Test
    void shouldKeepHeapOrderWhenCancellingAMiddleElement() {
        EventQueue queue = new EventQueue(16);
        long[] h = addTimes(queue, 1, 5, 2, 6, 7, 3, 4, 8, 9);
        assertTrue(queue.cancel(h[1]));
        assertEquals(List.of(1L, 2L, 3L, 4L, 6L, 7L, 8L, 9L), drainPayloads(queue));
    }

    @Test
    void shouldSiftUpWhenTheElementMovedIntoTheGapIsSmallerThanItsNewParent() {
        EventQueue queue = new EventQueue(16);
        // The heap array is [1, 10, 2, 11, 12, 20, 3]; cancelling 11 moves 3 under 10, and
        // unless 3 then sifts up, 10 would later be polled before it.
        long[] h = addTimes(queue, 1, 10, 2, 11, 12, 20, 3);
        assertTrue(queue.cancel(h[3]));
        assertEquals(List.of(1L, 2L, 3L, 10L, 12L, 20L), drainPayloads(queue));
    }

    @Test
    void shouldCancelTheLastElementOfTheHeapArray() {
        EventQueue queue = new EventQueue(16);
        long[] h = addTimes(queue, 1, 2, 3, 4, 5); // ascending: the last added stays last
        assertTrue(queue.cancel(h[4]));
        assertEquals(4, queue.size());
        assertEquals(List.of(1L, 2L, 3L, 4L), drainPayloads(queue));
    }

    @Test
    void shouldCancelTheOnlyEvent() {
        EventQueue queue = new EventQueue(16);
        long h = queue.add(3, 0, 0, 3);
        assertTrue(queue.cancel(h));
        assertTrue(queue.isEmpty());
        assertEquals(EventQueue.NONE, queue.poll());
    }

    @Test
    void shouldReportPendingOnlyUntilTheEventIsPolledOrCancelled() {
        EventQueue queue = new EventQueue(16);
        long first = queue.add(1, 0, 0, 1);
        long second = queue.add(2, 1, 0, 2);
        assertTrue(queue.isPending(first));
        assertTrue(queue.isPending(second));

        queue.poll();
        assertFalse(queue.isPending(first));
        assertFalse(queue.cancel(first));

        assertTrue(queue.cancel(second));
        assertFalse(queue.isPending(second));
        assertFalse(queue.cancel(second));
    }

    @Test
    void shouldRejectHandlesItNeverIssued() {
        EventQueue queue = new EventQueue(16);
        queue.add(1, 0, 0, 1);
        assertFalse(queue.cancel(EventQueue.NONE));
        assertFalse(queue.isPending(EventQueue.NONE));
        assertFalse(queue.cancel(1_000L));                     // slot never used
        assertFalse(queue.cancel((5L << 32)));                 // slot 0, wrong generation
        assertFalse(queue.isPending(Long.MIN_VALUE));
        assertEquals(1, queue.size());
    }

    @Test
    void shouldKeepOrderAndForgetCancelledEventsWhenMostAreCancelled() {
        EventQueue q = new EventQueue(16);
        long seq = 0;
        long[] handles = new long[20_000];
        for (int i = 0; i < handles.length; i++) {
            handles[i] = q.add(handles.length - i, seq++, 0, i);
        }
        // Cancel all but every hundredth: the heap is rebuilt without them along the way.
        for (int i = 0; i < handles.length; i++) {
            if (i % 100 != 0) {
                assertTrue(q.cancel(handles[i]));
            }
        }
        assertEquals(200, q.size());
        long previous = Long.MIN_VALUE;
        int fired = 0;
        for (long t = q.poll(); t != EventQueue.NONE; t = q.poll()) {
            assertTrue(t >= previous);
            assertEquals(0, q.polledPayload() % 100);
            previous = t;
            fired++;
        }
        assertEquals(200, fired);
        assertTrue(q.isEmpty());
    }

    @Test
    void shouldPollOnlyEventsDueByTheLimitAndLeaveLaterOnesInPlace() {
        EventQueue q = new EventQueue(16);
        q.add(30, 0, 0, 3);
        long cancelled = q.add(5, 1, 0, 0);
        q.add(10, 2, 0, 1);
        assertTrue(q.cancel(cancelled));
        assertEquals(10, q.pollNotAfter(20));
        assertEquals(1, q.polledPayload());
        assertEquals(EventQueue.NONE, q.pollNotAfter(20));
        assertEquals(1, q.size());
        assertEquals(30, q.peekTime());
        assertEquals(30, q.pollNotAfter(30));
        assertEquals(EventQueue.NONE, q.pollNotAfter(Long.MAX_VALUE));
    }
}
