package org.hpcsim.models.run;

import org.hpcsim.core.RandomStream;
import org.hpcsim.core.SimTime;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.cloud.SpotInterruptions;
import org.hpcsim.models.cluster.HomogeneousCluster;

/**
 * The Spot part of a static fleet: interrupts Spot nodes at random, has the run fail the jobs on
 * an interrupted node, keeps the node out of service until its replacement is up, and counts
 * what was lost. Nodes are numbered On-Demand first, then Spot, and jobs are placed first fit in
 * that order, so a mixed fleet fills its On-Demand nodes before its Spot ones (as a Slurm node
 * Weight ranking the On-Demand compute resource first would).
 *
 * <p>Interruptions of the fleet form one Poisson process of rate (Spot nodes x rate per node),
 * each hitting a Spot node chosen uniformly, drawn from the named stream {@code spot.interruptions}.
 * A hit on a node still being replaced is no event: that instance is not running. The 2-minute
 * notice a Spot instance gets does not change what the scheduler does (ParallelCluster does not
 * drain a node on the notice), so the process is of the interruptions themselves.
 */
final class SpotFleet {
    /** What the run does for the fleet. */
    interface Host {
        /** Fails the jobs of {@code slots}, which hold units of a node that just failed. */
        void failJobs(int[] slots, long now);

        /** Capacity came back: a scheduling pass is due. */
        void capacityReturned(long now);
    }

    private final Simulation sim;
    private final HomogeneousCluster cluster;
    private final SpotInterruptions settings;
    private final RandomStream random;
    private final Host host;
    private final NodeLedger ledger;
    private final int firstSpot;
    private final int interruptKind;
    private final int replacedKind;
    private final long[] replacement;   // pending replacement event per node, -1 when none
    private long nextInterruption = -1;
    private boolean stopped;
    private long interruptions;
    private long idleHits;

    SpotFleet(Simulation sim, HomogeneousCluster cluster, SpotInterruptions settings, RandomStream random, Host host) {
        if (cluster.dynamicNodes() > 0) {
            throw new IllegalArgumentException("Spot interruptions are modelled on static nodes only");
        }
        if (settings.spotNodes() > cluster.staticNodes()) {
            throw new IllegalArgumentException(settings.spotNodes() + " Spot nodes in a fleet of " + cluster.staticNodes());
        }
        this.sim = sim;
        this.cluster = cluster;
        this.settings = settings;
        this.random = random;
        this.host = host;
        this.ledger = new NodeLedger(cluster.staticNodes(), cluster.totalUnits() / cluster.staticNodes());
        this.firstSpot = cluster.staticNodes() - settings.spotNodes();
        this.replacement = new long[cluster.staticNodes()];
        java.util.Arrays.fill(replacement, -1);
        this.interruptKind = sim.registerHandler("spot interruption", payload -> onInterruption());
        this.replacedKind = sim.registerHandler("node replaced", payload -> onReplaced((int) payload));
    }

    /** Starts the interruptions, from now. */
    void start() {
        arm();
    }

    /**
     * The workload is over: no more interruptions, and replacements still pending need not finish
     * (nothing is left to run on them), so the run ends with its last job.
     */
    void stop() {
        stopped = true;
        if (nextInterruption >= 0) {
            sim.cancel(nextInterruption);
            nextInterruption = -1;
        }
        for (int node = 0; node < replacement.length; node++) {
            if (replacement[node] >= 0) {
                sim.cancel(replacement[node]);
                replacement[node] = -1;
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

    /** Interruptions so far. */
    long interruptions() {
        return interruptions;
    }

    /** Interruptions of nodes that ran no job. */
    long idleHits() {
        return idleHits;
    }

    private void arm() {
        double rate = settings.ratePerSecond() * settings.spotNodes();
        if (rate <= 0) {
            nextInterruption = -1;
            return;
        }
        long gap = Math.max(1, SimTime.ofSeconds(random.nextExponentialWithMean(1 / rate)));
        nextInterruption = sim.schedule(sim.now() + gap, interruptKind, 0);
    }

    private void onInterruption() {
        nextInterruption = -1;
        long now = sim.now();
        int node = firstSpot + random.nextInt(settings.spotNodes());
        if (ledger.isUp(node)) {
            interruptions++;
            int[] slots = ledger.slotsOn(node);
            if (slots.length == 0) {
                idleHits++;
            }
            // The run's next scheduling pass comes at the end of this instant, after the node is down.
            host.failJobs(slots, now);
            ledger.down(node);
            cluster.allocate(ledger.unitsPerNode());
            if (stopped) {
                return; // that was the workload's last job
            }
            replacement[node] = sim.schedule(now + settings.replacementTime(), replacedKind, node);
        }
        arm();
    }

    private void onReplaced(int node) {
        replacement[node] = -1;
        ledger.up(node);
        cluster.release(ledger.unitsPerNode());
        host.capacityReturned(sim.now());
    }
}
