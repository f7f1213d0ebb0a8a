package org.hpcsim.scenarios.spec;

import java.util.List;
import org.hpcsim.models.kube.kueue.KueueConfig;
import org.hpcsim.models.kube.volcano.VolcanoConfig;
import org.hpcsim.models.kube.volcano.VolcanoQueue;

/**
 * Volcano's queues as a scenario gives them ({@code volcano.queues}).
 *
 * @param queues           the queues, names distinct
 * @param queueLabel       which trace label names a job's queue
 * @param overcommitFactor the overcommit plugin's factor for the enqueue action
 */
public record VolcanoQueueing(List<VolcanoQueue> queues, KueueConfig.QueueLabel queueLabel, double overcommitFactor) {
    /** Copies. */
    public VolcanoQueueing {
        queues = List.copyOf(queues);
    }

    /** {@code base} with these queues. */
    public VolcanoConfig applyTo(VolcanoConfig base) {
        return base.withQueues(queues, queueLabel, overcommitFactor);
    }
}
