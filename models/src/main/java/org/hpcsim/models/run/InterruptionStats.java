package org.hpcsim.models.run;

/**
 * What Spot interruptions did in one run.
 *
 * @param interruptions  nodes interrupted
 * @param idleHits       of those, nodes that ran no job
 * @param requeued       job runs failed and put back in the queue (a job failed twice counts twice)
 * @param failed         jobs failed for good (requeueing off)
 * @param lostCpuSeconds core-seconds of failed runs that no checkpoint saved
 */
public record InterruptionStats(long interruptions, long idleHits, long requeued, long failed, double lostCpuSeconds) {
    /** A run without Spot interruptions. */
    public static final InterruptionStats NONE = new InterruptionStats(0, 0, 0, 0, 0);
}
