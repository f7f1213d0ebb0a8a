package org.hpcsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A re-armable timer: one pending event at most, moved or dropped as the component asks. */
class TimerTest {
    @Test
    void firesOnceAtTheLastTimeItWasArmedFor() {
        Simulation sim = new Simulation();
        List<Long> fired = new ArrayList<>();
        Timer t = new Timer(sim, "t", () -> fired.add(sim.now()));
        t.armAt(50);
        t.armAt(30);
        t.armAt(30);
        sim.run();
        assertEquals(List.of(30L), fired);
    }

    @Test
    void disarmingDropsThePendingEventAndTheActionMayArmItAgain() {
        Simulation sim = new Simulation();
        List<Long> fired = new ArrayList<>();
        Timer[] t = new Timer[1];
        t[0] = new Timer(sim, "t", () -> {
            fired.add(sim.now());
            if (sim.now() < 30) {
                t[0].armAt(sim.now() + 10);
            }
        });
        t[0].armAt(5);
        t[0].disarm();
        t[0].armAt(10);
        sim.run();
        assertEquals(List.of(10L, 20L, 30L), fired);
    }
}
