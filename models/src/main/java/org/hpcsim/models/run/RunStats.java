package org.hpcsim.models.run;

/**
 * The engine's counters for one run.
 *
 * @param events  events fired
 * @param endTime simulation time of the last event
 */
public record RunStats(long events, long endTime) {}
