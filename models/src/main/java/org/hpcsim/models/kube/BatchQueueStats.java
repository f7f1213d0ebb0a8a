package org.hpcsim.models.kube;

import java.util.List;
import org.hpcsim.models.kube.kueue.KueueStats;
import org.hpcsim.models.kube.volcano.VolcanoQueueStats;

/**
 * What the batch layers' queues did in a Kubernetes run.
 *
 * @param kueue   Kueue's counters, or null without Kueue
 * @param volcano each Volcano queue's counters, {@code default} included, or null without Volcano queues
 */
public record BatchQueueStats(KueueStats kueue, List<VolcanoQueueStats> volcano) {}
