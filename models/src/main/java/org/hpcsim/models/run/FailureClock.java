package org.hpcsim.models.run;

import java.util.Arrays;
import java.util.List;
import org.hpcsim.core.RandomStream;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.cloud.FailureProcess;

/**
 * When the numbered nodes of a fleet fail and come back: each failure process is one Poisson
 * process of rate (nodes x rate per node) over its range, each event hitting a node of the range
 * chosen uniformly, drawn from the process's named stream; a hit node is away for its repair or
 * replacement time. What a failure does to jobs is the target's business, so the textbook run
 * loop and the Slurm model fail nodes the same way and draw the same failures from a seed.
 *
 * <p>A hit on a node already away is no event: that instance is not running. The draws are, in
 * order, the gap to a process's next event, the node it hits, and (for a node that was up and
 * with exponential repair) its repair time.
 *
 * <p>An interrupted Spot node's replacement is paid while it comes up: ParallelCluster replaces a
 * static node at once and EC2 bills an instance from its launch, so observers hear the replacement
 * time as a boot ({@link RunObserver#nodesBooting}). A node away for a hardware repair is no boot:
 * it stays paid and idle, as an owned node would.
 */
public final class FailureClock {
    /** What a failure does to the fleet. */
    public interface Target {
        /** Whether {@code node} is in service: only such a node can fail. */
        boolean isUp(int node);

        /**
         * {@code node} fails at {@code now} by {@code process}: its jobs fail and it leaves service.
         * Returns whether any job held it.
         */
        boolean fail(int node, long now, FailureProcess process);

        /** {@code node} is back in service at {@code now}. */
        void back(int node, long now);

        /**
         * Whether {@code node}, once failed, is replaced and comes back: not so a dynamic node,
         * whose reclaimed instance is simply gone.
         */
        default boolean replaced(int node) {
            return true;
        }
    }

    private final Simulation sim;
    private final List<FailureProcess> processes;
    private final RandomStream[] random;
    private final Target target;
    private final RunObserver observer;
    private final int failKind;
    private final int backKind;
    private final long[] nextFailure;   // pending failure event per process, -1 when none
    private final long[] back;          // pending return event per node, -1 when none
    private final long[] failures;      // failures so far per process
    private long idleHits;
    private boolean stopped;

    /**
     * The failures {@code processes} describe on a fleet of {@code nodes} nodes, drawn from
     * {@code streams}; {@code observer} hears Spot replacements boot.
     */
    public FailureClock(Simulation sim, List<FailureProcess> processes, int nodes, RandomStreams streams,
                        Target target, RunObserver observer) {
        this.sim = sim;
        this.processes = List.copyOf(processes);
        this.random = new RandomStream[processes.size()];
        for (int i = 0; i < random.length; i++) {
            FailureProcess p = processes.get(i);
            if (p.firstNode() + p.nodes() > nodes) {
                throw new IllegalArgumentException(p.kind() + " failures of nodes " + p.firstNode() + " to "
                        + (p.firstNode() + p.nodes() - 1) + " in a fleet of " + nodes);
            }
            random[i] = streams.stream(p.stream());
        }
        this.target = target;
        this.observer = observer;
        this.failKind = sim.registerHandler("node failure", payload -> onFailure((int) payload));
        this.backKind = sim.registerHandler("node back", payload -> onBack((int) payload));
        this.nextFailure = new long[processes.size()];
        this.back = new long[nodes];
        this.failures = new long[processes.size()];
        Arrays.fill(nextFailure, -1);
        Arrays.fill(back, -1);
    }

    /** Starts the failures, from now. */
    public void start() {
        for (int i = 0; i < processes.size(); i++) {
            arm(i);
        }
    }

    /**
     * The workload is over: no more failures, and nodes still away need not return (nothing is
     * left to run on them), so the run ends with its last job.
     */
    public void stop() {
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

    /** Failures so far of the processes of {@code kind}. */
    public long failures(String kind) {
        long n = 0;
        for (int i = 0; i < processes.size(); i++) {
            if (processes.get(i).kind().equals(kind)) {
                n += failures[i];
            }
        }
        return n;
    }

    /** Failures of nodes that ran no job. */
    public long idleHits() {
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
        if (target.isUp(node)) {
            failures[i]++;
            if (!target.fail(node, now, p)) {
                idleHits++;
            }
            if (stopped) {
                return; // that was the workload's last job
            }
            if (!target.replaced(node)) {
                arm(i);
                return;
            }
            long away = p.exponentialRepair()
                    ? Math.max(1, SimTime.ofSeconds(random[i].nextExponentialWithMean(SimTime.toSeconds(p.repairTime()))))
                    : p.repairTime();
            back[node] = sim.schedule(now + away, backKind, node);
            if (FailureProcess.SPOT.equals(p.kind())) {
                observer.nodesBooting(now, 1, now + away);
            }
        }
        arm(i);
    }

    private void onBack(int node) {
        back[node] = -1;
        target.back(node, sim.now());
    }
}
