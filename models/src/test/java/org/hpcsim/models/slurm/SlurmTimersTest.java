package org.hpcsim.models.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.core.Simulation;
import org.junit.jupiter.api.Test;

/**
 * The main loop's tick and the sched_interval event on one tick: one pass there, whichever was
 * armed first, and the next periodic event armed after it (as SchedulingPasses arms it after a pass).
 */
class SlurmTimersTest {
    private static final long S = SimTime.SECOND;

    /** Passes run on {@code sim}, by time; each from 60 s re-arms the periodic event, as a pass's armTimers does. */
    private static List<Long> passes(boolean periodicFirst) {
        Simulation sim = new Simulation();
        List<Long> passes = new ArrayList<>();
        SlurmTimers[] timers = new SlurmTimers[1];
        Runnable pass = () -> {
            passes.add(sim.now() / S);
            if (sim.now() >= 60 * S && sim.now() < 200 * S) {
                timers[0].armFullPass(sim.now());
            }
        };
        timers[0] = new SlurmTimers(sim, SchedulerParams.defaults(), pass, () -> { }, pass, () -> { }, () -> { },
                t -> { });
        int first = sim.registerHandler("a request for the pass at 57", payload -> timers[0].requestMain(sim.now()));
        int hold = sim.registerHandler("a request held to 60", payload -> {
            if (!periodicFirst) {
                timers[0].requestMain(sim.now());
            }
            timers[0].armFullPass(sim.now());
            if (periodicFirst) {
                timers[0].requestMain(sim.now());
            }
        });
        sim.schedule(56 * S + S / 2, first, 0);
        sim.schedule(57 * S + S / 2, hold, 0);
        sim.run();
        return passes;
    }

    @Test
    void shouldRunOnePassOnATickThatIsBothTheMainLoopsAndThePeriodicOnes() {
        // The request at 57.5 is held to 60 by the pass at 57 (batch_sched_delay 3 s), the periodic
        // pass's tick: one pass there, and the periodic passes go on at 120 and 180.
        assertEquals(List.of(57L, 60L, 120L, 180L, 240L), passes(true), "the periodic event armed first");
        assertEquals(List.of(57L, 60L, 120L, 180L, 240L), passes(false), "the main loop's armed first");
    }
}
