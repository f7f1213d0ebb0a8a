package org.hpcsim.models.kube.volcano;

/**
 * What one Volcano queue got during a run.
 *
 * @param queue       the queue's name
 * @param weight      its weight
 * @param enqueued    PodGroups moved from Pending to Inqueue
 * @param started     jobs allocated (placed whole) from it
 * @param meanShare   its share (allocated / deserved, largest over resources) averaged over the run's time,
 *                    as each session left it
 */
public record VolcanoQueueStats(String queue, int weight, long enqueued, long started, double meanShare) {}
