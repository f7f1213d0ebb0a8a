package org.hpcsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstantHookTest {

    private final Simulation sim = new Simulation();
    private final List<String> log = new ArrayList<>();

    @Test
    void shouldRunARequestedHookOnceAfterEveryEventOfTheInstant() {
        int hook = sim.registerInstantHook("pass", now -> log.add("pass@" + now));
        int kind = sim.registerHandler("ev", payload -> {
            log.add("ev" + payload + "@" + sim.now());
            sim.requestAtInstantEnd(hook);
        });
        sim.schedule(10, kind, 1);
        sim.schedule(10, kind, 2);
        sim.schedule(20, kind, 3);
        sim.run();
        assertEquals(List.of("ev1@10", "ev2@10", "pass@10", "ev3@20", "pass@20"), log);
        assertEquals(2, sim.hooksRun());
        assertEquals(3, sim.eventsProcessed());
    }

    @Test
    void shouldRunEventsScheduledDuringTheInstantBeforeTheHook() {
        int hook = sim.registerInstantHook("pass", now -> log.add("pass@" + now));
        int[] kinds = new int[1];
        kinds[0] = sim.registerHandler("ev", payload -> {
            log.add("ev" + payload + "@" + sim.now());
            sim.requestAtInstantEnd(hook);
            if (payload == 1) {
                sim.schedule(sim.now(), kinds[0], 2); // a zero-delay follow-up belongs to the same instant
            }
        });
        sim.schedule(5, kinds[0], 1);
        sim.run();
        assertEquals(List.of("ev1@5", "ev2@5", "pass@5"), log);
    }

    @Test
    void shouldLetAHookScheduleSameInstantEventsThatRequestTheHookAgain() {
        int[] hook = new int[1];
        int[] kind = new int[1];
        kind[0] = sim.registerHandler("end", payload -> {
            log.add("end" + payload + "@" + sim.now());
            sim.requestAtInstantEnd(hook[0]);
        });
        hook[0] = sim.registerInstantHook("pass", now -> {
            log.add("pass@" + now);
            if (log.size() == 1) {
                sim.schedule(now, kind[0], 7); // a zero-length job started by the pass ends at once
            }
        });
        sim.requestAtInstantEnd(hook[0]);
        sim.run();
        assertEquals(List.of("pass@0", "end7@0", "pass@0"), log);
    }

    @Test
    void shouldRunHooksInRegistrationOrder() {
        int b = sim.registerInstantHook("b", now -> log.add("b"));
        int a = sim.registerInstantHook("a", now -> log.add("a"));
        sim.requestAtInstantEnd(a);
        sim.requestAtInstantEnd(b);
        sim.run();
        assertEquals(List.of("b", "a"), log);
    }

    @Test
    void shouldFinishTheCurrentInstantsHooksBeforeRunUntilReturns() {
        int hook = sim.registerInstantHook("pass", now -> log.add("pass@" + now));
        int kind = sim.registerHandler("ev", payload -> sim.requestAtInstantEnd(hook));
        sim.schedule(10, kind, 0);
        sim.schedule(30, kind, 0);
        sim.runUntil(20);
        assertEquals(List.of("pass@10"), log);
        assertEquals(1, sim.pendingEvents());
    }

    @Test
    void shouldRejectAnUnknownHook() {
        assertThrows(IllegalArgumentException.class, () -> sim.requestAtInstantEnd(3));
    }
}
