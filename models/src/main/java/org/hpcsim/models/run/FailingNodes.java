package org.hpcsim.models.run;

import java.util.Arrays;
import java.util.List;
import org.hpcsim.core.RandomStream;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.cloud.FailureProcess;
import org.hpcsim.models.cluster.HomogeneousCluster;

/**
 * The static nodes of a run failing under it: Spot interruptions, hardware failures or both.
 * Each process fails the nodes of its range at random, has the run fail the jobs on a failed node,
 * keeps the node out of service until it is replaced or repaired, and counts what happened.
 * Nodes are numbered On-Demand first, then Spot, and jobs are placed first fit in that order,
 * so a mixed fleet fills its On-Demand nodes before its Spot ones (as a Slurm node Weight ranking
 * the On-Demand compute resource first would).
 *
 * <p>Failures of one process form one Poisson process of rate (nodes x rate per node), each
 * hitting a node of its range chosen uniformly, drawn from the process's named stream. A hit on a
 * node already away is no event: that instance is not running. The 2-minute notice of a Spot
 * interruption does not change what the scheduler does (ParallelCluster does not drain a node on
 * the notice), so the process is of the interruptions themselves.
 */
final class FailingNodes {
    /** What the run does for the fleet. */
    interface Host {
        /** Fails the jobs of {@code slots}, which hold units of a node that just failed. */
        void failJobs(int[] slots, long now, boolean requeue);

        /** Capacity came back: a scheduling pass is due. */
        void capacityReturned(long now);
    }

    private final Simulation sim;
    private final HomogeneousCluster cluster;
    private final List<FailureProcess> processes;
    private final RandomStream[] random;
    private final Host host;
    private final NodeLedger ledger;
    private final int failKind;
    private final int backKind;
    private final long[] nextFailure;   // pending failure event per process, -1 when none
    private final long[] back;          // pending return event per node, -1 when none
    private final long[] failures;      // failures so far per process
    private long idleHits;
    private boolean stopped;

    FailingNodes(Simulation sim, HomogeneousCluster cluster, List<FailureProcess> processes, RandomStreams streams,
                 Host host) {
        if (cluster.dynamicNodes() > 0) {
            throw new IllegalArgumentException("node failures are modelled on static nodes only");
        }
        this.sim = sim;
        this.cluster = cluster;
        this.processes = List.copyOf(processes);
        this.random = new RandomStream[processes.size()];
        for (int i = 0; i < random.length; i++) {
            FailureProcess p = processes.get(i);
            if (p.firstNode() + p.nodes() > cluster.staticNodes()) {
                throw new IllegalArgumentException(p.kind() + " failures of nodes " + p.firstNode() + " to "
                        + (p.firstNode() + p.nodes() - 1) + " in a fleet of " + cluster.staticNodes());
            }
            random[i] = streams.stream(p.stream());
        }
        this.host = host;
        this.ledger = new NodeLedger(cluster.staticNodes(), cluster.totalUnits() / cluster.staticNodes());
        this.failKind = sim.registerHandler("node failure", payload -> onFailure((int) payload));
        this.backKind = sim.registerHandler("node back", payload -> onBack((int) payload));
        this.nextFailure = new long[processes.size()];
        this.back = new long[cluster.staticNodes()];
        this.failures = new long[processes.size()];
        Arrays.fill(nextFailure, -1);
        Arrays.fill(back, -1);
    }

    /** Starts the failures, from now. */
    void start() {
        for (int i = 0; i < processes.size(); i++) {
            arm(i);
        }
    }

    /**
     * The workload is over: no more failures, and nodes still away need not return (nothing is
     * left to run on them), so the run ends with its last job.
     */
    void stop() {
        stopped = true;
        for (int i = 0; i < nextFailure.length; i++) {
            if (nextFailure[i] >= 0) {
                sim.cancel(nextFailure[i]);
                nextFailure[i] = -1;
            }
        }
        for (int node = 0; node < back.length; node++) {
            if (back[node] >= 0) {
                sim.cancel(back[node]);
                back[node] = -1;
            }
        }
    }

    /** A job started in {@code slot} on {@code units} units. */
    void placed(int slot, int units) {
        ledger.place(slot, units);
    }

    /** The job of {@code slot} ended or failed. */
    void released(int slot) {
        ledger.release(slot);
    }

    /** Failures so far of the processes of {@code kind}. */
    long failures(String kind) {
        long n = 0;
        for (int i = 0; i < processes.size(); i++) {
            if (processes.get(i).kind().equals(kind)) {
                n += failures[i];
            }
        }
        return n;
    }

    /** Failures of nodes that ran no job. */
    long idleHits() {
        return idleHits;
    }

    private void arm(int i) {
        FailureProcess p = processes.get(i);
        double rate = p.ratePerSecond() * p.nodes();
        if (rate <= 0) {
            nextFailure[i] = -1;
            return;
        }
        long gap = Math.max(1, SimTime.ofSeconds(random[i].nextExponentialWithMean(1 / rate)));
        nextFailure[i] = sim.schedule(sim.now() + gap, failKind, i);
    }

    private void onFailure(int i) {
        nextFailure[i] = -1;
        FailureProcess p = processes.get(i);
        long now = sim.now();
        int node = p.firstNode() + random[i].nextInt(p.nodes());
        if (ledger.isUp(node)) {
            failures[i]++;
            int[] slots = ledger.slotsOn(node);
            if (slots.length == 0) {
                idleHits++;
            }
            // The run's next scheduling pass comes at the end of this instant, after the node is down.
            host.failJobs(slots, now, p.requeue());
            ledger.down(node);
            cluster.allocate(ledger.unitsPerNode());
            if (stopped) {
                return; // that was the workload's last job
            }
            long away = p.exponentialRepair()
                    ? Math.max(1, SimTime.ofSeconds(random[i].nextExponentialWithMean(SimTime.toSeconds(p.repairTime()))))
                    : p.repairTime();
            back[node] = sim.schedule(now + away, backKind, node);
        }
        arm(i);
    }

    private void onBack(int node) {
        back[node] = -1;
        ledger.up(node);
        cluster.release(ledger.unitsPerNode());
        host.capacityReturned(sim.now());
    }
}
