package org.hpcsim.models.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.hpcsim.models.workload.Job;
import org.junit.jupiter.api.Test;

class PendingQueueTest {

    /** A job whose id, units and requested time all derive from {@code id}, so any mix-up shows. */
    private static Job job(long id) {
        return Job.rigid(id, 0, 1, 1000 + id, 1);
    }

    private static int unitsOf(long id) {
        return (int) (id % 97) + 1;
    }

    private static void add(PendingQueue q, long id) {
        q.add(job(id), unitsOf(id));
    }

    /** Asserts that the queue holds exactly {@code ids}, in order, with no hole. */
    private static void assertHolds(PendingQueue q, List<Long> ids) {
        assertEquals(ids.size(), q.size(), "size");
        assertEquals(ids.size(), q.span(), "span");
        assertEquals(ids.isEmpty(), q.isEmpty(), "isEmpty");
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            assertEquals(id, q.job(i).id(), "job at " + i);
            assertEquals(unitsOf(id), q.units(i), "units at " + i);
            assertEquals(1000 + id, q.requested(i), "requested at " + i);
        }
    }

    @Test
    void shouldStartEmpty() {
        PendingQueue q = new PendingQueue();
        assertTrue(q.isEmpty());
        assertEquals(0, q.size());
        assertEquals(0, q.span());
    }

    @Test
    void shouldKeepJobsWithTheirUnitsAndRequestedTimesInArrivalOrder() {
        PendingQueue q = new PendingQueue();
        for (long id = 1; id <= 5; id++) {
            add(q, id);
        }
        assertHolds(q, List.of(1L, 2L, 3L, 4L, 5L));
        assertEquals(1, q.removeFirst().id());
        assertEquals(2, q.removeFirst().id());
        assertHolds(q, List.of(3L, 4L, 5L));
    }

    @Test
    void shouldLeaveAHoleThatCountsInSpanButNotInSize() {
        PendingQueue q = new PendingQueue();
        for (long id = 1; id <= 5; id++) {
            add(q, id);
        }
        assertEquals(2, q.take(1).id());
        assertEquals(4, q.take(3).id());
        assertNull(q.job(1));
        assertNull(q.job(3));
        assertEquals(3, q.size());
        assertEquals(5, q.span());
        assertFalse(q.isEmpty());
        // Positions of the remaining jobs do not move until compact.
        assertEquals(3, q.job(2).id());
        assertEquals(unitsOf(5), q.units(4));
    }

    @Test
    void shouldCloseHolesOnCompactKeepingArrivalOrder() {
        PendingQueue q = new PendingQueue();
        for (long id = 1; id <= 8; id++) {
            add(q, id);
        }
        q.removeFirst();
        q.take(1);     // job 3
        q.take(3);     // job 5
        q.take(6);     // job 8, the last
        q.compact();
        assertHolds(q, List.of(2L, 4L, 6L, 7L));
        add(q, 9);
        assertHolds(q, List.of(2L, 4L, 6L, 7L, 9L));
    }

    @Test
    void shouldCompactToEmptyWhenEveryJobWasTaken() {
        PendingQueue q = new PendingQueue();
        add(q, 1);
        add(q, 2);
        q.take(0);
        q.take(1);
        assertEquals(0, q.size());
        assertEquals(2, q.span());
        q.compact();
        assertHolds(q, List.of());
        add(q, 3);
        assertHolds(q, List.of(3L));
    }

    @Test
    void shouldDoNothingOnCompactWithoutHoles() {
        PendingQueue q = new PendingQueue();
        add(q, 1);
        add(q, 2);
        q.compact();
        assertHolds(q, List.of(1L, 2L));
    }

    @Test
    void shouldGrowPastItsInitialCapacityKeepingOrder() {
        PendingQueue q = new PendingQueue();
        List<Long> ids = new ArrayList<>();
        for (long id = 0; id < 5000; id++) {
            add(q, id);
            ids.add(id);
        }
        assertHolds(q, ids);
    }

    @Test
    void shouldWrapAroundOverManyAddAndRemoveCycles() {
        // A queue that stays around 100 long while 100,000 jobs pass through it: the head keeps
        // moving right, so the arrays must be shifted back (not grown without end).
        PendingQueue q = new PendingQueue();
        ArrayDeque<Long> reference = new ArrayDeque<>();
        long next = 0;
        for (int i = 0; i < 100; i++) {
            add(q, next);
            reference.add(next++);
        }
        int peak = 0;
        for (int cycle = 0; cycle < 100_000; cycle++) {
            add(q, next);
            reference.add(next++);
            if (cycle % 5 == 0) {
                add(q, next);
                reference.add(next++);
            }
            assertEquals((long) reference.poll(), q.removeFirst().id());
            if (reference.size() > 120) {
                assertEquals((long) reference.poll(), q.removeFirst().id());
            }
            assertEquals(reference.size(), q.size());
            peak = Math.max(peak, reference.size());
        }
        assertTrue(peak <= 121, "the queue stayed short, so only shifting (not growth) made room");
        assertHolds(q, new ArrayList<>(reference));
    }

    @Test
    void shouldSurviveManyCyclesOfTakeAndCompactMixedWithAddsAndRemoves() {
        PendingQueue q = new PendingQueue();
        List<Long> reference = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        long next = 0;
        for (int cycle = 0; cycle < 20_000; cycle++) {
            int adds = random.nextInt(4);
            for (int a = 0; a < adds; a++) {
                add(q, next);
                reference.add(next++);
            }
            if (!reference.isEmpty() && random.nextBoolean()) {
                assertEquals((long) reference.remove(0), q.removeFirst().id());
            }
            // Take a few from the middle, from the back to the front so positions stay valid.
            int takes = Math.min(random.nextInt(3), reference.size());
            List<Integer> positions = new ArrayList<>();
            for (int t = 0; t < takes; t++) {
                int pos = random.nextInt(reference.size());
                if (!positions.contains(pos)) {
                    positions.add(pos);
                }
            }
            positions.sort(null);
            for (int t = positions.size() - 1; t >= 0; t--) {
                int pos = positions.get(t);
                assertEquals((long) reference.remove(pos), q.take(pos).id());
            }
            assertEquals(reference.size(), q.size(), "size with holes");
            q.compact();
            assertHolds(q, reference);
        }
    }

    @Test
    void shouldKeepEveryJobWhenItGrowsWhileHolesAreOpen() {
        // Fill the initial arrays exactly, take one job from the middle, then add: the arrays grow
        // while a hole is open, and every remaining job (the last one included) must survive.
        PendingQueue q = new PendingQueue();
        List<Long> reference = new ArrayList<>();
        for (long id = 0; id < 256; id++) {
            add(q, id);
            reference.add(id);
        }
        q.take(5);
        reference.remove(5);
        for (long id = 256; id < 300; id++) {
            add(q, id);
            reference.add(id);
        }
        assertEquals(reference.size(), q.size());
        assertEquals(reference.size() + 1, q.span());
        q.compact();
        assertHolds(q, reference);
    }

    @Test
    void shouldKeepEveryJobWhenItShiftsBackWhileHolesAreOpen() {
        // Move the head past half of the arrays, open a hole, then fill to the end: the arrays are
        // shifted back to the start with the hole still open.
        PendingQueue q = new PendingQueue();
        List<Long> reference = new ArrayList<>();
        for (long id = 0; id < 256; id++) {
            add(q, id);
            reference.add(id);
        }
        for (int i = 0; i < 200; i++) {
            q.removeFirst();
            reference.remove(0);
        }
        q.take(10);
        reference.remove(10);
        for (long id = 256; id < 280; id++) {
            add(q, id);
            reference.add(id);
        }
        q.compact();
        assertHolds(q, reference);
    }

    @Test
    void shouldReturnTheSameJobInstanceThatWasAdded() {
        PendingQueue q = new PendingQueue();
        Job j = job(42);
        q.add(j, 3);
        assertSame(j, q.job(0));
        assertSame(j, q.removeFirst());
        assertTrue(q.isEmpty());
    }
}
