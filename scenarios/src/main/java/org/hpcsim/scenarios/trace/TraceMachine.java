package org.hpcsim.scenarios.trace;

/**
 * The machine a trace says it was recorded on, where it says so; -1 for what it does not say.
 *
 * @param nodes      nodes (SWF MaxNodes)
 * @param processors processors (SWF MaxProcs)
 */
public record TraceMachine(long nodes, long processors) {
    /** A trace that says nothing about its machine. */
    public static final TraceMachine UNKNOWN = new TraceMachine(-1, -1);
}
