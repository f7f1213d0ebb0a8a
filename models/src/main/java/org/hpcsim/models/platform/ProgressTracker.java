package org.hpcsim.models.platform;

import java.util.Arrays;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.flow.MaxMinSharing;
import org.hpcsim.models.perf.Channel;
import org.hpcsim.models.perf.Phase;

/**
 * Runs jobs through their phases at the rates the shared links give them. A phase whose bytes go
 * over shared links is a flow of the max-min sharing; whenever a flow starts or stops, every job
 * whose rate changed has its progress so far banked (iterations done at the old rate) and its
 * phase's end moved to when its remaining iterations finish at the new rate.
 */
final class ProgressTracker {
    /** Told when a job has run all its phases. */
    interface Done {
        void phasesDone(int slot);
    }

    private static final double NANOS = 1e9;
    /** Longest phase end scheduled, ns (about 127 years): beyond it a job is taken never to end. */
    private static final double LONGEST = 4e18;

    private final Simulation sim;
    private final MaxMinSharing sharing;
    private final int fileSystemLink;
    private final Done done;
    private final int endKind;

    private Phase[][] phases = new Phase[64][];
    private int[] phaseIndex = new int[64];
    private double[] remaining = new double[64];
    private double[] iterationSeconds = new double[64];
    private long[] since = new long[64];
    private long[] endHandle = new long[64];
    private int[] flow = new int[64];
    private boolean[] active = new boolean[64];
    private UplinkLoads.Loads[] network = new UplinkLoads.Loads[64];
    private double[] networkBound = new double[64];
    private double[] fileSystemBound = new double[64];
    private int[] slotOfFlow = new int[64];

    private long phasesBegun;
    private long rateUpdates;
    private long solverCalls;

    /** Over links of {@code capacities}, the file system (if any) being link {@code fileSystemLink} (else -1). */
    ProgressTracker(Simulation sim, double[] capacities, int fileSystemLink, Done done) {
        this.sim = sim;
        this.sharing = new MaxMinSharing(capacities);
        this.fileSystemLink = fileSystemLink;
        this.done = done;
        this.endKind = sim.registerHandler("phase end", payload -> onPhaseEnd((int) payload));
    }

    /**
     * Begins job {@code slot}'s phases now: network bytes load {@code loads} at up to
     * {@code networkBound} bytes per second per node, file system bytes go at up to
     * {@code fileSystemBound} for the whole job.
     */
    void start(int slot, Phase[] jobPhases, UplinkLoads.Loads loads, double networkBound, double fileSystemBound) {
        grow(slot);
        phases[slot] = jobPhases;
        phaseIndex[slot] = -1;
        network[slot] = loads;
        this.networkBound[slot] = networkBound;
        this.fileSystemBound[slot] = fileSystemBound;
        flow[slot] = -1;
        active[slot] = true;
        nextPhase(slot);
    }

    /** Stops job {@code slot} where it is (killed, or ended by other means); nothing if it is not running. */
    void stop(int slot) {
        if (slot >= active.length || !active[slot]) {
            return;
        }
        active[slot] = false;
        sim.cancel(endHandle[slot]);
        releaseFlow(slot);
        phases[slot] = null;
        network[slot] = null;
    }

    private void nextPhase(int slot) {
        int next = ++phaseIndex[slot];
        Phase[] all = phases[slot];
        if (next == all.length) {
            active[slot] = false;
            phases[slot] = null;
            network[slot] = null;
            done.phasesDone(slot);
            return;
        }
        phasesBegun++;
        Phase p = all[next];
        long now = sim.now();
        remaining[slot] = p.iterations();
        since[slot] = now;
        if (!p.shared()) {
            iterationSeconds[slot] = p.fixedSeconds();
            endHandle[slot] = sim.schedule(now + nanos(p.iterations() * p.fixedSeconds()), endKind, slot);
            return;
        }
        int f = p.channel() == Channel.NETWORK
                ? sharing.add(networkBound[slot], network[slot].links(), network[slot].weights())
                : sharing.add(fileSystemBound[slot], new int[] {fileSystemLink}, new double[] {1});
        solverCalls++;
        if (f >= slotOfFlow.length) {
            slotOfFlow = Arrays.copyOf(slotOfFlow, Math.max(f + 1, slotOfFlow.length * 2));
        }
        slotOfFlow[f] = slot;
        flow[slot] = f;
        iterationSeconds[slot] = p.iterationSeconds(sharing.rate(f));
        endHandle[slot] = sim.schedule(now + nanos(remaining[slot] * iterationSeconds[slot]), endKind, slot);
        ratesMoved();
    }

    private void onPhaseEnd(int slot) {
        releaseFlow(slot);
        nextPhase(slot);
    }

    private void releaseFlow(int slot) {
        int f = flow[slot];
        if (f < 0) {
            return;
        }
        flow[slot] = -1;
        sharing.remove(f);
        solverCalls++;
        ratesMoved();
    }

    /** Banks the progress of every job whose rate the last change moved, and moves its end. */
    private void ratesMoved() {
        int n = sharing.changedCount();
        long now = sim.now();
        for (int i = 0; i < n; i++) {
            int slot = slotOfFlow[sharing.changed(i)];
            double elapsed = (now - since[slot]) / NANOS;
            remaining[slot] = Math.max(0, remaining[slot] - elapsed / iterationSeconds[slot]);
            since[slot] = now;
            iterationSeconds[slot] = phases[slot][phaseIndex[slot]].iterationSeconds(sharing.rate(flow[slot]));
            sim.cancel(endHandle[slot]);
            endHandle[slot] = sim.schedule(now + nanos(remaining[slot] * iterationSeconds[slot]), endKind, slot);
            rateUpdates++;
        }
    }

    private static long nanos(double seconds) {
        return (long) Math.ceil(Math.min(seconds * NANOS, LONGEST));
    }

    private void grow(int slot) {
        if (slot < active.length) {
            return;
        }
        int cap = Math.max(slot + 1, active.length * 2);
        phases = Arrays.copyOf(phases, cap);
        phaseIndex = Arrays.copyOf(phaseIndex, cap);
        remaining = Arrays.copyOf(remaining, cap);
        iterationSeconds = Arrays.copyOf(iterationSeconds, cap);
        since = Arrays.copyOf(since, cap);
        endHandle = Arrays.copyOf(endHandle, cap);
        flow = Arrays.copyOf(flow, cap);
        active = Arrays.copyOf(active, cap);
        network = Arrays.copyOf(network, cap);
        networkBound = Arrays.copyOf(networkBound, cap);
        fileSystemBound = Arrays.copyOf(fileSystemBound, cap);
    }

    long phasesBegun() {
        return phasesBegun;
    }

    long rateUpdates() {
        return rateUpdates;
    }

    long solverCalls() {
        return solverCalls;
    }

    long flowsRecomputed() {
        return sharing.flowsRecomputed();
    }
}
