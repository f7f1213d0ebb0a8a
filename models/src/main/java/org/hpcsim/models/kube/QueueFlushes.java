package org.hpcsim.models.kube;

import org.hpcsim.core.Simulation;

/**
 * The scheduling queue's background flushes (flushBackoffQCompleted, flushUnschedulablePodsLeftover)
 * as simulation events: on their upstream periods, aligned to multiples of the period from the
 * start of the run, and armed only while their queue holds pods, so an idle queue costs no events.
 */
final class QueueFlushes {
    private final Simulation sim;
    private final SchedulingQueue queue;
    private final SchedulerTiming timing;
    private final int drainHook;
    private final int backoffTickKind;
    private final int leftoverTickKind;
    private long backoffTick = -1;
    private long leftoverTick = -1;

    /** Registers the two flush handlers on {@code sim}; each flush then asks for {@code drainHook}. */
    QueueFlushes(Simulation sim, SchedulingQueue queue, SchedulerTiming timing, int drainHook) {
        this.sim = sim;
        this.queue = queue;
        this.timing = timing;
        this.drainHook = drainHook;
        this.backoffTickKind = sim.registerHandler("flushBackoffQCompleted", payload -> onBackoffTick());
        this.leftoverTickKind = sim.registerHandler("flushUnschedulablePodsLeftover", payload -> onLeftoverTick());
    }

    /** Arms each flush whose queue holds pods and that is not armed yet. */
    void arm(long now) {
        if (queue.backoffCount() > 0 && backoffTick < 0) {
            backoffTick = sim.schedule(nextTick(now, timing.backoffFlushPeriod()), backoffTickKind, 0);
        }
        if (queue.unschedulableCount() > 0 && leftoverTick < 0) {
            leftoverTick = sim.schedule(nextTick(now, timing.leftoverFlushPeriod()), leftoverTickKind, 0);
        }
    }

    /** Cancels both flushes: the run is stuck, and a flush would only retry pods that cannot fit. */
    void cancel() {
        if (backoffTick >= 0) {
            sim.cancel(backoffTick);
            backoffTick = -1;
        }
        if (leftoverTick >= 0) {
            sim.cancel(leftoverTick);
            leftoverTick = -1;
        }
    }

    private void onBackoffTick() {
        backoffTick = -1;
        queue.flushBackoffCompleted(sim.now());
        sim.requestAtInstantEnd(drainHook);
    }

    private void onLeftoverTick() {
        leftoverTick = -1;
        queue.flushLeftover(sim.now());
        sim.requestAtInstantEnd(drainHook);
    }

    private static long nextTick(long now, long period) {
        return (Math.floorDiv(now, period) + 1) * period;
    }
}
