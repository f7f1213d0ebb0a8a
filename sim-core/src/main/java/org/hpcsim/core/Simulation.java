package org.hpcsim.core;

import java.util.Arrays;

/**
 * One simulation run: it owns the clock, the event queue and the event counters.
 *
 * <p>Components register one {@link EventHandler} per kind of event they handle and receive a
 * small integer kind back; events carry a {@code long} payload (an index into the component's own
 * tables), so the event loop allocates nothing. Events at the same time fire in the order they
 * were scheduled.
 */
public final class Simulation {
    private final EventQueue queue;
    private EventHandler[] handlers = new EventHandler[8];
    private String[] handlerNames = new String[8];
    private int handlerCount;
    private long now;
    private long nextSeq;
    /** Sequence numbers of start-of-instant events: below every ordinary event's, in order among themselves. */
    private long nextEarlySeq = Long.MIN_VALUE;
    private long eventsProcessed;
    private boolean stopRequested;
    private EventHandler[] hooks = new EventHandler[2];
    private boolean[] hookRequested = new boolean[2];
    private int hookCount;
    private int hooksRequested;
    private long hooksRun;

    /** Creates an empty simulation at time zero. */
    public Simulation() {
        this.queue = new EventQueue(1024);
    }

    /** Registers a handler and returns the kind to schedule its events with. */
    public int registerHandler(String name, EventHandler handler) {
        if (handlerCount == handlers.length) {
            handlers = Arrays.copyOf(handlers, handlerCount * 2);
            handlerNames = Arrays.copyOf(handlerNames, handlerCount * 2);
        }
        handlers[handlerCount] = handler;
        handlerNames[handlerCount] = name;
        return handlerCount++;
    }

    /**
     * Registers an end-of-instant hook and returns its number. A requested hook runs once when
     * the current instant is over: after every event at the current time, including events
     * scheduled at that time while the instant was being processed, and before the clock moves
     * on. This is how a component batches work triggered by many simultaneous events (one
     * scheduling pass after all arrivals and ends at an instant) without queueing an event.
     */
    public int registerInstantHook(String name, EventHandler hook) {
        if (hookCount == hooks.length) {
            hooks = Arrays.copyOf(hooks, hookCount * 2);
            hookRequested = Arrays.copyOf(hookRequested, hookCount * 2);
        }
        hooks[hookCount] = hook;
        return hookCount++;
    }

    /** Asks for the hook to run at the end of the current instant; asking twice runs it once. */
    public void requestAtInstantEnd(int hook) {
        if (hook < 0 || hook >= hookCount) {
            throw new IllegalArgumentException("unknown instant hook " + hook);
        }
        if (!hookRequested[hook]) {
            hookRequested[hook] = true;
            hooksRequested++;
        }
    }

    /** The current simulation time in nanoseconds. */
    public long now() {
        return now;
    }

    /** Schedules an event at an absolute time, which may not lie in the past; returns a cancellable handle. */
    public long schedule(long time, int kind, long payload) {
        // The kind is checked first because the past-time message looks up its handler's name.
        if (kind < 0 || kind >= handlerCount) {
            throw new IllegalArgumentException("unknown event kind " + kind);
        }
        if (time < now) {
            throw new IllegalArgumentException("event '" + handlerNames[kind] + "' scheduled at " + time
                    + " ns, before the current time " + now + " ns");
        }
        return queue.add(time, nextSeq++, kind, payload);
    }

    /**
     * Schedules an event at {@code time} (not in the past) that fires before every ordinary event
     * of the same instant, whenever those were scheduled: a polling process that sees the state as
     * it stood when the instant began, not what other events of the instant then change.
     */
    public long scheduleAtInstantStart(long time, int kind, long payload) {
        if (kind < 0 || kind >= handlerCount) {
            throw new IllegalArgumentException("unknown event kind " + kind);
        }
        if (time <= now) {
            throw new IllegalArgumentException("event '" + handlerNames[kind] + "' scheduled at the start of "
                    + time + " ns, not after the current time " + now + " ns");
        }
        return queue.add(time, nextEarlySeq++, kind, payload);
    }

    /** Schedules an event after a non-negative delay; returns a cancellable handle. */
    public long scheduleAfter(long delay, int kind, long payload) {
        return schedule(now + delay, kind, payload);
    }

    /** Cancels a pending event; false if it already fired or was cancelled. */
    public boolean cancel(long handle) {
        return queue.cancel(handle);
    }

    /** True while the event with this handle is still pending. */
    public boolean isPending(long handle) {
        return queue.isPending(handle);
    }

    /** Runs until no event is left or {@link #stop()} is called. */
    public void run() {
        runUntil(Long.MAX_VALUE);
    }

    /**
     * Runs every event whose time is at most {@code endTime}, or until {@link #stop()}; the clock
     * is left at the last event fired.
     */
    public void runUntil(long endTime) {
        stopRequested = false;
        EventQueue q = queue;
        while (!stopRequested) {
            if (hooksRequested > 0 && (q.isEmpty() || q.peekTime() > now)) {
                runFirstRequestedHook();
                continue;
            }
            long t = q.pollNotAfter(endTime);
            if (t == EventQueue.NONE) {
                break;
            }
            now = t;
            eventsProcessed++;
            handlers[q.polledKind()].handle(q.polledPayload());
        }
    }

    // One hook at a time, so events it schedules at the current time fire before the next hook.
    private void runFirstRequestedHook() {
        for (int i = 0; i < hookCount; i++) {
            if (hookRequested[i]) {
                hookRequested[i] = false;
                hooksRequested--;
                hooksRun++;
                hooks[i].handle(now);
                return;
            }
        }
    }

    /** Asks the running loop to return after the current event. */
    public void stop() {
        stopRequested = true;
    }

    /** Number of end-of-instant hooks run so far. */
    public long hooksRun() {
        return hooksRun;
    }

    /** Number of events fired so far. */
    public long eventsProcessed() {
        return eventsProcessed;
    }

    /** Number of events scheduled and not yet fired or cancelled. */
    public int pendingEvents() {
        return queue.size();
    }
}
