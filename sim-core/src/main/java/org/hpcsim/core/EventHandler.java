package org.hpcsim.core;

/** Reacts to one kind of event; registered once with a {@link Simulation}, called with the payload. */
@FunctionalInterface
public interface EventHandler {
    /** Handles an event of the kind this handler was registered for. */
    void handle(long payload);
}
