package org.hpcsim.models.kube;

import java.util.Arrays;
import org.hpcsim.core.RandomStream;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.run.InterruptionStats;

/**
 * Spot interruptions of the autoscaled groups' Ready nodes, with EC2's two-minute notice as an EKS
 * managed node group handles it.
 *
 * <p>A Ready node of a Spot group is interrupted as a Poisson process of its own at the group's
 * rate, drawn from the named stream {@code cluster-autoscaler spot <pool>}, one draw per node as it
 * joins. EC2 warns two minutes before it reclaims a Spot Instance (EC2 User Guide, "Spot Instance
 * interruption notices"), and an EKS managed node group then cordons and drains the node (EKS User
 * Guide, "Managed node groups", Spot capacity: "If a Spot two-minute interruption notice arrives
 * before the replacement Spot node is in a Ready state, Amazon EKS starts draining the Spot node").
 * So at the notice the node takes no new pod and its pods are evicted (see
 * {@link PodDeletions#nodeGone}): their controllers recreate them, and they may start elsewhere, or
 * make CA scale up, two minutes before the node is gone. The node is billed until the interruption.
 * A node that would be interrupted less than two minutes after joining is warned as it joins.
 * Capacity Rebalancing's earlier rebalance recommendation is not modelled: when it comes is not
 * published.
 */
final class SpotInterruptions {
    /** EC2's Spot interruption notice: two minutes before the interruption (EC2 User Guide). */
    static final long NOTICE = SimTime.ofSeconds(120);

    /** What the autoscaler does at a node's notice and at its interruption. */
    interface Host {
        /** Node {@code n} was warned at {@code now}: cordon it and take it out of the schedulable nodes. */
        void warned(int n, long now);

        /** Node {@code n} is gone at {@code now}. */
        void interrupted(int n, long now);
    }

    private final Simulation sim;
    private final NodeGroup[] groups;
    private final int[] groupOf;
    private final PodDeletions deletions;
    private final NodeTable table;
    private final Host host;
    private final RandomStream[] streams;
    private final long[] event;
    private final long[] interruptAt;
    private final int noticeKind;
    private final int interruptKind;
    private long interruptions;
    private long idleHits;
    private long runsCut;
    private double lostCoreNanos;

    /** Interruptions of the Spot groups among {@code groups} (by index; null: fixed), node {@code n} in {@code groupOf[n]}. */
    SpotInterruptions(Simulation sim, NodeTable table, NodeGroup[] groups, int[] groupOf, RandomStreams random,
                      PodDeletions deletions, Host host) {
        this.sim = sim;
        this.table = table;
        this.groups = groups;
        this.groupOf = groupOf;
        this.deletions = deletions;
        this.host = host;
        this.streams = new RandomStream[groups.length];
        for (int g = 0; g < groups.length; g++) {
            if (groups[g] != null && groups[g].interruptionRate() > 0) {
                streams[g] = random.stream("cluster-autoscaler spot " + groups[g].pool());
            }
        }
        this.event = new long[groupOf.length];
        this.interruptAt = new long[groupOf.length];
        Arrays.fill(event, -1);
        this.interruptKind = sim.registerHandler("spot interruption", payload -> onInterrupt((int) payload));
        this.noticeKind = sim.registerHandler("spot interruption notice", payload -> onNotice((int) payload));
    }

    /** Whether any group is interrupted. */
    boolean any() {
        return Arrays.stream(streams).anyMatch(s -> s != null);
    }

    /** Node {@code n} joined Ready at {@code now}: draws its interruption, if its group is Spot. */
    void arm(int n, long now) {
        RandomStream s = streams[groupOf[n]];
        if (s != null) {
            double mean = 1 / groups[groupOf[n]].interruptionRate();
            interruptAt[n] = now + SimTime.ofSeconds(s.nextExponentialWithMean(mean));
            event[n] = sim.schedule(Math.max(now, interruptAt[n] - NOTICE), noticeKind, n);
        }
    }

    /** Node {@code n} left otherwise (scale-down): its coming notice or interruption is off. */
    void cancel(int n) {
        if (event[n] >= 0) {
            sim.cancel(event[n]);
            event[n] = -1;
        }
    }

    /** The run is over: no more notices or interruptions. */
    void stop() {
        for (int n = 0; n < event.length; n++) {
            cancel(n);
        }
    }

    private void onNotice(int n) {
        long now = sim.now();
        interruptions++;
        idleHits += table.pods(n) == 0 ? 1 : 0;
        PodDeletions.Loss loss = deletions.nodeGone(n, now);
        runsCut += loss.runsCut();
        lostCoreNanos += loss.coreNanos();
        event[n] = sim.schedule(interruptAt[n], interruptKind, n);
        host.warned(n, now);
    }

    private void onInterrupt(int n) {
        event[n] = -1;
        host.interrupted(n, sim.now());
    }

    /** Nodes warned (each interrupted two minutes later, unless the run ended first). */
    long interruptions() {
        return interruptions;
    }

    /** What Spot interruptions did, or null when no group is interrupted. */
    InterruptionStats stats() {
        return any() ? new InterruptionStats(interruptions, 0, idleHits, runsCut, 0, lostCoreNanos / SimTime.SECOND)
                : null;
    }
}
