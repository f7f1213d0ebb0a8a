package org.hpcsim.models.run;

/**
 * The engine's counters for one run.
 *
 * @param events           events fired (arrivals, job ends)
 * @param schedulingPasses scheduling passes run, one at most per instant with arrivals or ends
 * @param endTime          simulation time of the last event
 */
public record RunStats(long events, long schedulingPasses, long endTime) {}
