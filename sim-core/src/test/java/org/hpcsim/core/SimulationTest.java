package org.hpcsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {

    private final Simulation sim = new Simulation();
    private final List<Long> payloads = new ArrayList<>();
    private final List<Long> times = new ArrayList<>();

    /** Registers a handler that records the clock and payload of every event it sees. */
    private int recorder() {
        return sim.registerHandler("recorder", payload -> {
            payloads.add(payload);
            times.add(sim.now());
        });
    }

    @Test
    void shouldAdvanceTheClockToEachEventsTime() {
        int kind = recorder();
        sim.schedule(50, kind, 1);
        sim.schedule(10, kind, 2);
        sim.schedule(30, kind, 3);
        sim.run();
        assertEquals(List.of(10L, 30L, 50L), times);
        assertEquals(List.of(2L, 3L, 1L), payloads);
        assertEquals(50, sim.now());
    }

    @Test
    void shouldFireEventsAtTheSameTimeInScheduleOrder() {
        int a = recorder();
        int b = sim.registerHandler("other", payload -> payloads.add(payload));
        for (int i = 0; i < 20; i++) {
            sim.schedule(100, i % 3 == 0 ? b : a, i);
        }
        sim.run();
        for (int i = 0; i < 20; i++) {
            assertEquals(i, payloads.get(i));
        }
    }

    @Test
    void shouldFireStartOfInstantEventsBeforeOrdinaryOnesOfTheSameInstantInTheirOwnOrder() {
        int kind = recorder();
        sim.schedule(100, kind, 1);
        sim.schedule(100, kind, 2);
        sim.scheduleAtInstantStart(100, kind, 10);
        sim.scheduleAtInstantStart(100, kind, 11);
        sim.schedule(50, kind, 0);
        sim.run();
        assertEquals(List.of(0L, 10L, 11L, 1L, 2L), payloads);
    }

    @Test
    void shouldRejectAStartOfInstantEventForAnInstantAlreadyBegun() {
        int kind = recorder();
        sim.schedule(10, kind, 1);
        sim.run();
        assertThrows(IllegalArgumentException.class, () -> sim.scheduleAtInstantStart(10, kind, 2));
    }

    @Test
    void shouldFireEventsScheduledForNowAfterThoseAlreadyWaitingAtNow() {
        int[] kind = new int[1];
        kind[0] = sim.registerHandler("chain", payload -> {
            payloads.add(payload);
            if (payload == 0) {
                sim.scheduleAfter(0, kind[0], 2); // same instant, scheduled last: fires last
            }
        });
        sim.schedule(5, kind[0], 0);
        sim.schedule(5, kind[0], 1);
        sim.run();
        assertEquals(List.of(0L, 1L, 2L), payloads);
        assertEquals(5, sim.now());
    }

    @Test
    void shouldRejectSchedulingInThePast() {
        int kind = recorder();
        sim.schedule(100, kind, 0);
        sim.run();
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(99, kind, 0));
        assertThrows(IllegalArgumentException.class, () -> sim.scheduleAfter(-1, kind, 0));
        sim.schedule(100, kind, 0); // now itself is allowed
        assertEquals(1, sim.pendingEvents());
    }

    @Test
    void shouldRejectUnknownKindsWithIllegalArgumentEvenWhenAlsoInThePast() {
        int kind = recorder();
        sim.schedule(10, kind, 0);
        sim.run();
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(20, kind + 1, 0));
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(20, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(5, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(5, 1_000, 0));
    }

    @Test
    void shouldNotFireACancelledEvent() {
        int kind = recorder();
        sim.schedule(10, kind, 1);
        long handle = sim.schedule(20, kind, 2);
        sim.schedule(30, kind, 3);
        assertTrue(sim.isPending(handle));
        assertTrue(sim.cancel(handle));
        assertFalse(sim.isPending(handle));
        assertFalse(sim.cancel(handle));
        sim.run();
        assertEquals(List.of(1L, 3L), payloads);
        assertEquals(2, sim.eventsProcessed());
    }

    @Test
    void shouldLetAHandlerCancelALaterEvent() {
        long[] victim = new long[1];
        int kind = sim.registerHandler("canceller", payload -> {
            payloads.add(payload);
            if (payload == 1) {
                assertTrue(sim.cancel(victim[0]));
            }
        });
        sim.schedule(1, kind, 1);
        victim[0] = sim.schedule(2, kind, 2);
        sim.schedule(3, kind, 3);
        sim.run();
        assertEquals(List.of(1L, 3L), payloads);
    }

    @Test
    void shouldRunUpToAndIncludingTheBoundAndLeaveLaterEventsPending() {
        int kind = recorder();
        sim.schedule(10, kind, 1);
        sim.schedule(20, kind, 2);
        long later = sim.schedule(21, kind, 3);
        sim.runUntil(20);
        assertEquals(List.of(1L, 2L), payloads);
        assertEquals(20, sim.now());
        assertEquals(1, sim.pendingEvents());
        assertTrue(sim.isPending(later));

        sim.run();
        assertEquals(List.of(1L, 2L, 3L), payloads);
        assertEquals(21, sim.now());
    }

    @Test
    void shouldLeaveTheClockAtTheLastFiredEventWhenRunUntilFindsNothingToDo() {
        int kind = recorder();
        sim.schedule(10, kind, 1);
        sim.schedule(500, kind, 2);
        sim.runUntil(100);
        assertEquals(10, sim.now()); // documented: the clock is not pushed to the bound
        sim.runUntil(200);
        assertEquals(10, sim.now());
        assertEquals(1, sim.pendingEvents());
    }

    @Test
    void shouldStopAfterTheCurrentEventWhenAHandlerCallsStop() {
        int kind = sim.registerHandler("stopper", payload -> {
            payloads.add(payload);
            if (payload == 3) {
                sim.stop();
            }
        });
        for (long i = 1; i <= 5; i++) {
            sim.schedule(i * 10, kind, i);
        }
        sim.run();
        assertEquals(List.of(1L, 2L, 3L), payloads);
        assertEquals(30, sim.now());
        assertEquals(3, sim.eventsProcessed());
        assertEquals(2, sim.pendingEvents());

        sim.run(); // a new run clears the earlier stop request
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), payloads);
    }

    @Test
    void shouldCountProcessedEventsAcrossRuns() {
        int kind = recorder();
        assertEquals(0, sim.eventsProcessed());
        for (int i = 0; i < 7; i++) {
            sim.schedule(i, kind, i);
        }
        sim.runUntil(2);
        assertEquals(3, sim.eventsProcessed());
        sim.run();
        assertEquals(7, sim.eventsProcessed());
        assertEquals(0, sim.pendingEvents());
    }

    @Test
    void shouldDispatchEachKindToItsOwnHandlerBeyondTheInitialTableSize() {
        int n = 20;
        List<Integer> seen = new ArrayList<>();
        int[] kinds = new int[n];
        for (int i = 0; i < n; i++) {
            int id = i;
            kinds[i] = sim.registerHandler("h" + i, payload -> seen.add(id));
        }
        for (int i = 0; i < n; i++) {
            assertEquals(i, kinds[i]);
            sim.schedule(n - i, kinds[i], 0);
        }
        sim.run();
        for (int i = 0; i < n; i++) {
            assertEquals(n - 1 - i, seen.get(i));
        }
    }

    @Test
    void shouldScheduleRelativeToTheCurrentTime() {
        int[] kind = new int[1];
        kind[0] = sim.registerHandler("ticker", payload -> {
            times.add(sim.now());
            if (payload > 0) {
                sim.scheduleAfter(7, kind[0], payload - 1);
            }
        });
        sim.schedule(3, kind[0], 3);
        sim.run();
        assertEquals(List.of(3L, 10L, 17L, 24L), times);
    }
}
