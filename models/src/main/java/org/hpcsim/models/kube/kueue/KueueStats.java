package org.hpcsim.models.kube.kueue;

/**
 * What Kueue did during a run.
 *
 * @param admitted  workloads admitted (a workload evicted and admitted again counts each time)
 * @param borrowed  admissions that took quota past their ClusterQueue's nominal quota
 * @param preempted workloads evicted by preemption within their own ClusterQueue
 * @param reclaimed workloads evicted because another ClusterQueue of their cohort took its quota back
 */
public record KueueStats(long admitted, long borrowed, long preempted, long reclaimed) {}
