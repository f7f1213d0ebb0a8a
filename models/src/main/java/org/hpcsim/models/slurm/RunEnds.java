package org.hpcsim.models.slurm;

import java.util.function.IntConsumer;
import org.hpcsim.core.Simulation;
import org.hpcsim.models.platform.Platform;
import org.hpcsim.models.platform.PlatformRun;
import org.hpcsim.models.platform.PlatformStats;

/**
 * When each running job's run ends: at its run time (the recorded one, or what failures left),
 * killed at its limit, or, on a hardware platform, when its application profile's work is done
 * on the nodes Slurm gave it at the bandwidth it shares. Either way the controller hears of it
 * through {@code ended} with the job's slot.
 */
final class RunEnds {
    private final Simulation sim;
    private final RunningJobs running;
    private final boolean killAtLimit;
    private final int endKind;
    /** The hardware, or null: then a run's length is known when it starts. */
    private final PlatformRun platform;

    RunEnds(Simulation sim, RunningJobs running, boolean killAtLimit, SlurmConfig config, Platform platform,
            boolean failures, IntConsumer ended) {
        if (platform != null && (config.select() != SelectType.LINEAR || failures
                || platform.topology().nodes() != config.nodes().size())) {
            throw new IllegalArgumentException("a hardware platform under Slurm needs select/linear, no node failures"
                    + " and as many nodes as its topology");
        }
        this.sim = sim;
        this.running = running;
        this.killAtLimit = killAtLimit;
        this.endKind = sim.registerHandler("job end", payload -> ended.accept((int) payload));
        this.platform = platform == null ? null : new PlatformRun(sim, platform, (slot, killed) -> {
            running.get(slot).killedAtLimit = killed;
            ended.accept(slot);
        }, false);
    }

    /**
     * Job {@code job}, just put in {@code slot}, holds its nodes from now and its run begins at
     * {@code begin} (later than now while its nodes boot): it ends after {@code runFor}, or at
     * {@code allowed} (how long it may run: to the first time-limit test past its limit plus
     * OverTimeLimit, see {@link SchedulerParams#killedAt}; Long.MAX_VALUE for none) when killed at limits,
     * and at {@code allowed} whatever its run time where {@code ranToLimit} (its trace says it was);
     * a profiled job on the platform ends when its work is done instead.
     */
    void begin(SlurmJob job, int slot, long runFor, long allowed, boolean ranToLimit, long begin) {
        long limit = killAtLimit ? allowed : Long.MAX_VALUE;
        if (platform != null && platform.startOnAt(slot, job.job, job.allocation.nodeIndices(), limit, begin)) {
            job.killedAtLimit = false; // until its work or its limit ends it
            job.endEvent = -1;
            return;
        }
        job.killedAtLimit = killAtLimit && (runFor > allowed || ranToLimit);
        job.endEvent = sim.schedule(begin + (job.killedAtLimit ? allowed : runFor), endKind, slot);
    }

    /** The job in {@code slot} left its nodes (ended, preempted, failed): its run is no longer followed. */
    void stopped(int slot) {
        if (platform != null) {
            platform.released(slot);
        }
    }

    /** What the hardware model did, or null without one. */
    PlatformStats platformStats() {
        return platform == null ? null : platform.stats();
    }
}
