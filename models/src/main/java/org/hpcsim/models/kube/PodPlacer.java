package org.hpcsim.models.kube;

import org.hpcsim.core.RandomStreams;

/**
 * What picks a node for one pod in a scheduling cycle, over the controller's node table. Which
 * nodes are feasible must depend only on the pod and the table's state (a tie-break among them may
 * be random): the controller relies on it to tell that retrying a pod is futile and end a run
 * whose pending pods can never be placed.
 */
@FunctionalInterface
public interface PodPlacer {
    /** The node {@code pod} should be bound to, or -1 when none can take it; binds nothing. */
    int place(PodSpec pod);

    /** Makes the placer of one run over its node table, drawing any randomness from the run's streams. */
    @FunctionalInterface
    interface Factory {
        /** A placer over {@code nodes}. */
        PodPlacer create(NodeTable nodes, RandomStreams streams);
    }

    /** kube-scheduler's framework under {@code profile}: a {@link SchedulingCycle} per run, ties broken from its own stream. */
    static Factory scheduler(SchedulerProfile profile) {
        return (nodes, streams) -> new SchedulingCycle(profile, nodes,
                streams.stream("kube-scheduler tie-break " + profile.name()))::schedule;
    }
}
