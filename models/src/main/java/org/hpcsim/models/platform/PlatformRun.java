package org.hpcsim.models.platform;

import java.util.Arrays;
import java.util.List;
import org.hpcsim.core.SimTime;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.perf.AppProfile;
import org.hpcsim.models.perf.Channel;
import org.hpcsim.models.perf.JobShape;
import org.hpcsim.models.perf.Phase;
import org.hpcsim.models.perf.PhasePlanner;
import org.hpcsim.models.perf.RigidProfile;
import org.hpcsim.models.perf.Traffic;
import org.hpcsim.models.workload.Job;

/**
 * The hardware side of a run: places each started job on nodes of the topology and, for a job
 * with an application profile, decides when it ends from its phases and the bandwidth it shares
 * with the other running jobs. A rigid job only holds its nodes; the run loop ends it at its
 * recorded runtime as before.
 */
public final class PlatformRun {
    /** Told when a profiled job has finished its work, or reached its time limit first. */
    public interface Host {
        /** Job {@code slot} is done now; {@code killed} when its time limit stopped it. */
        void workDone(int slot, boolean killed);
    }

    private final Simulation sim;
    private final Platform platform;
    private final Host host;
    /** Picks the nodes of each job, or null when the scheduler picks them (Slurm's node selection). */
    private final NodePlacement placement;
    private final UplinkLoads uplinks;
    private final ProgressTracker progress;
    private final int limitKind;
    private int[][] nodesOf = new int[64][];
    private long[] limitHandle = new long[64];
    // A job whose nodes are still booting: what it runs once they are up.
    private final int beginKind;
    private long[] beginHandle = new long[64];
    private Job[] pendingJob = new Job[64];
    private long[] pendingLimit = new long[64];
    private long profiledJobs;

    /** The platform's hardware under a run on {@code sim}, placing jobs itself; {@code host} ends profiled jobs. */
    public PlatformRun(Simulation sim, Platform platform, Host host) {
        this(sim, platform, host, true);
    }

    /**
     * As above; without {@code places}, the scheduler picks each job's nodes and passes them to
     * {@link #startOn} (the platform's placement policy is then not used).
     */
    public PlatformRun(Simulation sim, Platform platform, Host host, boolean places) {
        this.sim = sim;
        this.platform = platform;
        this.host = host;
        this.placement = places ? new NodePlacement(platform.topology(), platform.placement()) : null;
        this.uplinks = new UplinkLoads(platform.topology());
        double[] links = uplinks.capacities();
        int fileSystemLink = -1;
        if (platform.fileSystemBandwidth() > 0) {
            fileSystemLink = links.length;
            links = Arrays.copyOf(links, links.length + 1);
            links[fileSystemLink] = platform.fileSystemBandwidth();
        }
        this.progress = new ProgressTracker(sim, links, fileSystemLink, this::phasesDone);
        this.limitKind = sim.registerHandler("time limit", payload -> onLimit((int) payload));
        this.beginKind = sim.registerHandler("work begins", payload -> onBegin((int) payload));
        Arrays.fill(limitHandle, -1);
        Arrays.fill(beginHandle, -1);
    }

    /**
     * Places job {@code slot} on {@code nodes} free nodes now. Returns true when its profile runs it
     * (its end will come through the host, at {@code limit} ns from now at the latest), false for a
     * rigid job, whose end the caller schedules.
     */
    public boolean start(int slot, Job job, int nodes, long limit) {
        return startOn(slot, job, placement.take(nodes), limit);
    }

    /**
     * Places job {@code slot} on {@code nodes} free nodes now, its work to begin at {@code begin}
     * (when the last of its nodes has booted); returns as {@link #start} does, its limit counted
     * from {@code begin}.
     */
    public boolean startAt(int slot, Job job, int nodes, long limit, long begin) {
        if (begin == sim.now()) {
            return start(slot, job, nodes, limit);
        }
        return startOnAt(slot, job, placement.take(nodes), limit, begin);
    }

    /**
     * Job {@code slot} holds {@code placed} (node indices in rank order, which the caller picked)
     * from now, its work to begin at {@code begin}; returns as {@link #startAt} does.
     */
    public boolean startOnAt(int slot, Job job, int[] placed, long limit, long begin) {
        if (begin == sim.now()) {
            return startOn(slot, job, placed, limit);
        }
        if (hold(slot, job, placed) == null) {
            return false;
        }
        pendingJob[slot] = job;
        pendingLimit[slot] = limit;
        beginHandle[slot] = sim.schedule(begin, beginKind, slot);
        return true;
    }

    /**
     * Starts job {@code slot} now on {@code placed} (node indices in rank order), which the caller
     * picked; returns as {@link #start} does.
     */
    public boolean startOn(int slot, Job job, int[] placed, long limit) {
        AppProfile profile = hold(slot, job, placed);
        if (profile == null) {
            return false;
        }
        begin(slot, job, profile, limit);
        return true;
    }

    /** Job {@code slot} holds {@code placed}; returns its profile, or null when it is rigid. */
    private AppProfile hold(int slot, Job job, int[] placed) {
        grow(slot);
        nodesOf[slot] = placed;
        AppProfile profile = platform.profileFor(job);
        return profile instanceof RigidProfile ? null : profile;
    }

    private void onBegin(int slot) {
        beginHandle[slot] = -1;
        Job job = pendingJob[slot];
        pendingJob[slot] = null;
        begin(slot, job, platform.profileFor(job), pendingLimit[slot]);
    }

    /** Job {@code slot}'s work begins now on the nodes it holds. */
    private void begin(int slot, Job job, AppProfile profile, long limit) {
        int[] placed = nodesOf[slot];
        int nodes = placed.length;
        profiledJobs++;
        var machine = platform.machine();
        var topology = platform.topology();
        int switches = 0;
        for (int k = 1; k < placed.length; k++) {
            // Switch counts of a tree are ultrametric: the farthest node from the first is as far as any pair.
            switches = Math.max(switches, topology.switchesBetween(placed[0], placed[k]));
        }
        int reference = nodes == 1 ? 0 : topology.switchesBetween(0, nodes - 1);
        JobShape shape = new JobShape(nodes, job.processors(), job.gpus(), switches, reference,
                SimTime.toSeconds(job.runTime()));
        List<Phase> phases = PhasePlanner.plan(profile, shape, machine);
        UplinkLoads.Loads loads = uplinks.of(placed, trafficOf(phases));
        double nic = machine.nicBandwidth();
        progress.start(slot, phases.toArray(new Phase[0]), loads, nic, nic * nodes);
        if (limit != Long.MAX_VALUE) {
            limitHandle[slot] = sim.schedule(sim.now() + limit, limitKind, slot);
        }
    }

    /** Job {@code slot} has ended (any way): its nodes are free and its work is no longer tracked. */
    public void released(int slot) {
        progress.stop(slot);
        if (beginHandle[slot] >= 0) {
            sim.cancel(beginHandle[slot]);
            beginHandle[slot] = -1;
            pendingJob[slot] = null;
        }
        if (limitHandle[slot] >= 0) {
            sim.cancel(limitHandle[slot]);
            limitHandle[slot] = -1;
        }
        if (placement != null) {
            placement.give(nodesOf[slot]);
        }
        nodesOf[slot] = null;
    }

    /** What the hardware model did so far. */
    public PlatformStats stats() {
        return new PlatformStats(profiledJobs, progress.phasesBegun(), progress.rateUpdates(),
                progress.flowsRecomputed(), progress.solverCalls());
    }

    private static Traffic trafficOf(List<Phase> phases) {
        for (Phase p : phases) {
            if (p.channel() == Channel.NETWORK) {
                return p.traffic();
            }
        }
        return Traffic.NONE;
    }

    private void phasesDone(int slot) {
        if (limitHandle[slot] >= 0) {
            sim.cancel(limitHandle[slot]);
            limitHandle[slot] = -1;
        }
        host.workDone(slot, false);
    }

    private void onLimit(int slot) {
        limitHandle[slot] = -1;
        progress.stop(slot);
        host.workDone(slot, true);
    }

    private void grow(int slot) {
        if (slot < nodesOf.length) {
            return;
        }
        int old = nodesOf.length;
        int cap = Math.max(slot + 1, old * 2);
        nodesOf = Arrays.copyOf(nodesOf, cap);
        limitHandle = Arrays.copyOf(limitHandle, cap);
        Arrays.fill(limitHandle, old, cap, -1);
        beginHandle = Arrays.copyOf(beginHandle, cap);
        Arrays.fill(beginHandle, old, cap, -1);
        pendingJob = Arrays.copyOf(pendingJob, cap);
        pendingLimit = Arrays.copyOf(pendingLimit, cap);
    }
}
