package org.hpcsim.models.run;

import java.util.List;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.cloud.FailureProcess;
import org.hpcsim.models.cluster.HomogeneousCluster;

/**
 * The static nodes of a run failing under it: Spot interruptions, hardware failures or both.
 * The {@link FailureClock} says when which node fails and returns; this has the run fail the jobs
 * on a failed node and keeps the node's units out of service until it is back.
 * Nodes are numbered On-Demand first, then Spot, and jobs are placed first fit in that order,
 * so a mixed fleet fills its On-Demand nodes before its Spot ones (as a Slurm node Weight ranking
 * the On-Demand compute resource first would).
 *
 * <p>The 2-minute notice of a Spot interruption does not change what the scheduler does
 * (ParallelCluster does not drain a node on the notice), so the process is of the interruptions
 * themselves.
 */
final class FailingNodes implements NodeFaults, FailureClock.Target {
    /** What the run does for the fleet. */
    interface Host {
        /** Fails the jobs of {@code slots}, which hold units of a node that just failed. */
        void failJobs(int[] slots, long now, boolean requeue);

        /** Capacity came back: a scheduling pass is due. */
        void capacityReturned(long now);
    }

    private final HomogeneousCluster cluster;
    private final Host host;
    private final NodeLedger ledger;
    private final FailureClock clock;

    FailingNodes(Simulation sim, HomogeneousCluster cluster, List<FailureProcess> processes, RandomStreams streams,
                 Host host, RunObserver observer) {
        if (cluster.dynamicNodes() > 0) {
            throw new IllegalArgumentException("node failures are modelled on static nodes only");
        }
        this.cluster = cluster;
        this.host = host;
        this.ledger = new NodeLedger(cluster.staticNodes(), cluster.totalUnits() / cluster.staticNodes());
        this.clock = new FailureClock(sim, processes, cluster.staticNodes(), streams, this, observer);
    }

    @Override
    public FailureClock clock() {
        return clock;
    }

    @Override
    public void placed(int slot, int units, int dynamic, long begin) {
        ledger.place(slot, units);
    }

    @Override
    public void released(int slot) {
        ledger.release(slot);
    }

    @Override
    public void failed(int slot, int units, long now) {
        cluster.release(units);
        ledger.release(slot);
    }

    @Override
    public boolean isUp(int node) {
        return ledger.isUp(node);
    }

    @Override
    public boolean fail(int node, long now, FailureProcess process) {
        int[] slots = ledger.slotsOn(node);
        // The run's next scheduling pass comes at the end of this instant, after the node is down.
        host.failJobs(slots, now, process.requeue());
        ledger.down(node);
        cluster.allocate(ledger.unitsPerNode());
        return slots.length > 0;
    }

    @Override
    public void back(int node, long now) {
        ledger.up(node);
        cluster.release(ledger.unitsPerNode());
        host.capacityReturned(now);
    }
}
