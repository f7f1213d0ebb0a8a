package org.hpcsim.models.kube;

import org.hpcsim.core.RandomStream;

/**
 * One kube-scheduler scheduling cycle for one pod under a profile: filter the nodes (stopping once
 * enough feasible ones are found, as percentageOfNodesToScore says, starting where the previous
 * cycle stopped), score the feasible ones with every score plugin, normalise each plugin's scores,
 * sum them by weight, and pick the best node, ties broken at random from a named stream.
 */
public final class SchedulingCycle {
    /** A cycle over {@code nodes} under {@code profile}, breaking ties with {@code tieBreak}. */
    public SchedulingCycle(SchedulerProfile profile, NodeTable nodes, RandomStream tieBreak) {
        throw new UnsupportedOperationException("to be written");
    }

    /** The node {@code pod} should be bound to, or -1 when no node passes every filter. Binds nothing. */
    public int schedule(PodSpec pod) {
        throw new UnsupportedOperationException("to be written");
    }
}
