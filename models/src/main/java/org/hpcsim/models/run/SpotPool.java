package org.hpcsim.models.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.cloud.FailureProcess;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.cluster.NodePool;

/**
 * Spot interruptions on an autoscaling cluster, all of whose nodes are Spot (a ParallelCluster
 * compute resource is all Spot or all On-Demand). A static node is replaced, as on a static fleet
 * ({@link FailingNodes}); a dynamic node is gone: ParallelCluster terminates a reclaimed instance
 * and its Slurm node powers down, so a later job boots a new one through the {@link Autoscaler},
 * boot time and all, and the node is paid no more from the interruption on.
 *
 * <p>Each node up (booting, idle or busy) is interrupted as a Poisson process of its own: the
 * {@link FailureClock} draws events at the rate of every node, static and dynamic, and an event
 * that picks a node not up is no event, which is exactly one process per node up however many
 * are. The {@link NodePool} counts dynamic nodes rather than naming them, so a dynamic node's
 * index stands for a place in a fixed order of those up: the nodes of running jobs in slot
 * order, then those still booting for a failed job, then the idle ones, longest idle first. Every
 * node up gets the same rate in any such order, so the interruptions are exact in distribution
 * and the same for a seed; the order only fixes which node a given draw hits.
 *
 * <p>A job interrupted while its nodes still boot has not begun its work: its run is reported
 * with no time. Its other dynamic nodes finish the launch granted to it and join the idle ones
 * when its last node would have been up (a node it was given idle stays held until then).
 * Launches paced by a cap are refused: a node waiting for its launch is not up, and which job it
 * waits for is not tracked.
 */
final class SpotPool implements NodeFaults, FailureClock.Target {
    private final Simulation sim;
    private final HomogeneousCluster cluster;
    private final Autoscaler autoscaler;
    private final FailingNodes.Host host;
    private final int staticNodes;
    private final NodeLedger ledger; // the static nodes, one unit each
    private final FailureClock clock;
    private final int bootedKind;
    private int[] staticOf = new int[64];
    private int[] dynamicOf = new int[64];
    private long[] begin = new long[64];
    private int slotsSeen;
    private int busyDynamic;       // dynamic nodes held by running jobs
    private int hitSlot = -1;      // the job whose dynamic node is being interrupted
    // Dynamic nodes still booting for jobs that failed, as {ready at, count, event}, in the order they were left.
    private final List<long[]> booting = new ArrayList<>();
    private int bootingNodes;

    /**
     * Spot interruptions as {@code processes} say (one process over every node) of the nodes of
     * {@code cluster}, whose dynamic ones {@code autoscaler} runs, drawn from {@code streams}.
     */
    SpotPool(Simulation sim, HomogeneousCluster cluster, Autoscaler autoscaler, List<FailureProcess> processes,
             RandomStreams streams, FailingNodes.Host host, RunObserver observer) {
        for (FailureProcess p : processes) {
            if (!FailureProcess.SPOT.equals(p.kind()) || p.firstNode() != 0 || p.nodes() != cluster.nodes()) {
                throw new IllegalArgumentException("on an autoscaling cluster only Spot interruptions of every node,"
                        + " static and dynamic, are modelled");
            }
        }
        if (autoscaler.paced()) {
            throw new IllegalArgumentException("Spot interruptions of dynamic nodes with a cap on launches at once"
                    + " are not modelled");
        }
        this.sim = sim;
        this.cluster = cluster;
        this.autoscaler = autoscaler;
        this.host = host;
        this.staticNodes = cluster.staticNodes();
        this.ledger = new NodeLedger(staticNodes, 1);
        this.clock = new FailureClock(sim, processes, cluster.nodes(), streams, this, observer);
        this.bootedKind = sim.registerHandler("failed job's nodes booted", payload -> onBooted());
    }

    @Override
    public FailureClock clock() {
        return clock;
    }

    @Override
    public void stop() {
        clock.stop();
        for (long[] group : booting) {
            sim.cancel(group[2]);
        }
        booting.clear();
    }

    @Override
    public void placed(int slot, int units, int dynamic, long begin) {
        if (slot >= staticOf.length) {
            int cap = Math.max(slot + 1, staticOf.length * 2);
            staticOf = Arrays.copyOf(staticOf, cap);
            dynamicOf = Arrays.copyOf(dynamicOf, cap);
            this.begin = Arrays.copyOf(this.begin, cap);
        }
        ledger.place(slot, units - dynamic);
        staticOf[slot] = units - dynamic;
        dynamicOf[slot] = dynamic;
        this.begin[slot] = begin;
        busyDynamic += dynamic;
        slotsSeen = Math.max(slotsSeen, slot + 1);
    }

    @Override
    public void released(int slot) {
        ledger.release(slot);
        busyDynamic -= dynamicOf[slot];
        dynamicOf[slot] = 0;
    }

    @Override
    public void failed(int slot, int units, long now) {
        int dynamic = dynamicOf[slot];
        int statics = staticOf[slot];
        released(slot);
        if (slot == hitSlot) {
            dynamic--;
            cluster.release(1);
            autoscaler.terminated(1, now);
        }
        if (begin[slot] <= now) {
            cluster.release(statics + dynamic);
            autoscaler.released(statics, dynamic, now);
            return;
        }
        cluster.release(statics);
        autoscaler.released(statics, 0, now);
        if (dynamic > 0) {
            booting.add(new long[] {begin[slot], dynamic, sim.schedule(begin[slot], bootedKind, 0)});
            bootingNodes += dynamic;
        }
    }

    @Override
    public boolean isUp(int node) {
        return node < staticNodes ? ledger.isUp(node)
                : node - staticNodes < busyDynamic + bootingNodes + autoscaler.idleDynamic();
    }

    @Override
    public boolean replaced(int node) {
        return node < staticNodes;
    }

    @Override
    public boolean fail(int node, long now, FailureProcess process) {
        if (node < staticNodes) {
            // The run's next scheduling pass comes at the end of this instant, after the node is down.
            int[] slots = ledger.slotsOn(node);
            host.failJobs(slots, now, process.requeue());
            ledger.down(node);
            autoscaler.staticDown();
            cluster.allocate(1);
            return slots.length > 0;
        }
        int k = node - staticNodes;
        if (k < busyDynamic) {
            hitSlot = slotHolding(k);
            host.failJobs(new int[] {hitSlot}, now, process.requeue());
            hitSlot = -1;
            return true;
        }
        k -= busyDynamic;
        if (k < bootingNodes) {
            leaveBooting(k);
            cluster.release(1);
            autoscaler.terminated(1, now);
            host.capacityReturned(now);
        } else {
            autoscaler.terminateIdle(k - bootingNodes, now);
        }
        return false;
    }

    @Override
    public void back(int node, long now) {
        ledger.up(node);
        autoscaler.staticBack();
        cluster.release(1);
        host.capacityReturned(now);
    }

    // The running job holding the k-th dynamic node held by running jobs, in slot order.
    private int slotHolding(int k) {
        for (int slot = 0; slot < slotsSeen; slot++) {
            if (k < dynamicOf[slot]) {
                return slot;
            }
            k -= dynamicOf[slot];
        }
        throw new IllegalStateException("no running job holds dynamic node " + k);
    }

    // The k-th node booting for a failed job is terminated.
    private void leaveBooting(int k) {
        for (long[] group : booting) {
            if (k < group[1]) {
                group[1]--;
                bootingNodes--;
                return;
            }
            k -= (int) group[1];
        }
        throw new IllegalStateException("no booting node " + k);
    }

    // Failed jobs' nodes whose boots end now are up and idle.
    private void onBooted() {
        long now = sim.now();
        int n = 0;
        for (Iterator<long[]> it = booting.iterator(); it.hasNext(); ) {
            long[] group = it.next();
            if (group[0] <= now) {
                n += (int) group[1];
                it.remove();
            }
        }
        if (n > 0) {
            bootingNodes -= n;
            cluster.release(n);
            autoscaler.released(0, n, now);
            host.capacityReturned(now);
        }
    }
}
