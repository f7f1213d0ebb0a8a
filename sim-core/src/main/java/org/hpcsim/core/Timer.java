package org.hpcsim.core;

/**
 * One event that a component keeps armed at a time it moves as things change (the next
 * reservation due, the next idle node to power down): arming it again replaces the pending event,
 * and it is disarmed before its action runs, so the action may arm it anew.
 */
public final class Timer {
    private final Simulation sim;
    private final int kind;
    private long handle = -1;
    private long at = Long.MAX_VALUE;

    /** A timer on {@code sim} whose events are named {@code name} and run {@code action}. */
    public Timer(Simulation sim, String name, Runnable action) {
        this.sim = sim;
        this.kind = sim.registerHandler(name, payload -> {
            handle = -1;
            at = Long.MAX_VALUE;
            action.run();
        });
    }

    /** Fires at {@code time} instead of when it was armed for; Long.MAX_VALUE disarms it. */
    public void armAt(long time) {
        if (time == at) {
            return;
        }
        if (handle >= 0) {
            sim.cancel(handle);
            handle = -1;
        }
        at = time;
        if (time != Long.MAX_VALUE) {
            handle = sim.schedule(time, kind, 0);
        }
    }

    /** Will not fire until armed again. */
    public void disarm() {
        armAt(Long.MAX_VALUE);
    }
}
