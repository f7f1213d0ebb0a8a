package org.hpcsim.models.platform;

/**
 * What the hardware model did in a run: how many jobs ran a profile, how many phases they went
 * through, how often a running job's end moved because the sharing changed, and what the sharing
 * cost to compute.
 *
 * @param profiledJobs    job runs that followed a profile (not rigid)
 * @param phases          phases begun
 * @param rateUpdates     times a running job's rate was recomputed and its end moved
 * @param flowsRecomputed flows whose rates the max-min solver computed, over all its calls
 * @param solverCalls     flows added to or removed from the sharing
 */
public record PlatformStats(long profiledJobs, long phases, long rateUpdates, long flowsRecomputed, long solverCalls) {}
