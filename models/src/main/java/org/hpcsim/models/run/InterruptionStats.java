package org.hpcsim.models.run;

/**
 * What node failures did in one run.
 *
 * @param spotInterruptions Spot nodes interrupted
 * @param hardwareFailures  nodes that failed
 * @param idleHits          of those, nodes that ran no job
 * @param requeued          job runs failed and put back in the queue (a job failed twice counts twice)
 * @param failed            jobs failed for good (requeueing off)
 * @param lostCpuSeconds    core-seconds of failed runs that no checkpoint saved
 */
public record InterruptionStats(long spotInterruptions, long hardwareFailures, long idleHits, long requeued,
                                long failed, double lostCpuSeconds) {
}
