package org.hpcsim.models.run;

import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.Simulation;
import org.hpcsim.core.Timer;
import org.hpcsim.models.cloud.Checkpointing;
import org.hpcsim.models.cloud.FailureProcess;
import org.hpcsim.models.cloud.LaunchModel;
import org.hpcsim.models.cluster.AllocationUnit;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.platform.Platform;
import org.hpcsim.models.platform.PlatformRun;
import org.hpcsim.models.scheduling.SchedulingContext;
import org.hpcsim.models.scheduling.SchedulingPolicy;
import org.hpcsim.models.workload.Job;
import org.hpcsim.models.workload.JobSource;

/**
 * Replays a stream of jobs through a scheduling policy on a cluster: the event loop of a batch
 * system. Arrivals are pulled from the source one at a time (all jobs submitted at the same
 * instant together); each arrival or end asks for a scheduling pass at the end of the instant,
 * so simultaneous ends and arrivals are seen together by one pass.
 */
public final class ClusterRun implements SchedulingContext, FailingNodes.Host, Autoscaler.Host {
    private final Simulation sim = new Simulation();
    private final HomogeneousCluster cluster;
    private final SchedulingPolicy policy;
    private final boolean killAtLimit;
    private final RunObserver observer;
    private final Arrivals arrivals;
    private final int endKind;
    private final int passHook;
    private final DependentSubmissions dependencies;
    private final Timer wake;
    private final Autoscaler autoscaler; // null for a static cluster, whose hot path stays as it was
    private boolean firstSubmission = true;
    // Node failures (null without them, and the hot path stays as it was).
    private final NodeFaults fleet;
    private final ResumableWork work;
    private long requeuedRuns;
    /** Nodes, network and application profiles, or null: then jobs are counted units running their recorded runtimes. */
    private final PlatformRun platform;
    private long failedJobs;

    /** Observers hear a heartbeat every 4,096 scheduling passes. */
    private static final int HEARTBEAT_MASK = 4095;

    private long passes;

    private final RunSlots slots = new RunSlots();
    private int running;

    /**
     * A run of {@code source} on {@code cluster} under {@code policy}; with {@code killAtLimit}
     * a job is stopped when it reaches its requested time.
     */
    public ClusterRun(HomogeneousCluster cluster, SchedulingPolicy policy, JobSource source,
                      boolean killAtLimit, RunObserver observer) {
        this(cluster, policy, source, killAtLimit, false, observer);
    }

    /**
     * As above; with {@code dependencies}, a job that names a preceding job is submitted only
     * after that job has ended plus its think time (see {@link DependentSubmissions}).
     */
    public ClusterRun(HomogeneousCluster cluster, SchedulingPolicy policy, JobSource source,
                      boolean killAtLimit, boolean dependencies, RunObserver observer) {
        this(cluster, policy, source, killAtLimit, dependencies, observer, null, null);
    }

    /**
     * As above, on nodes that fail as {@code failures} says, drawn from the named streams of
     * {@code streams}; null {@code failures}: none. Static nodes may have Spot interruptions and
     * hardware failures; an autoscaling cluster only Spot interruptions of all its nodes (see
     * {@link SpotPool}).
     */
    public ClusterRun(HomogeneousCluster cluster, SchedulingPolicy policy, JobSource source,
                      boolean killAtLimit, boolean dependencies, RunObserver observer, NodeFailures failures,
                      RandomStreams streams) {
        this(cluster, policy, source, killAtLimit, dependencies, observer, failures, streams, LaunchModel.UNLIMITED);
    }

    /**
     * As above, with the dynamic nodes' launches as {@code launches} says (insufficient-capacity
     * errors drawn from {@code streams}, a cap on nodes booting at once); see {@link Autoscaler}.
     */
    public ClusterRun(HomogeneousCluster cluster, SchedulingPolicy policy, JobSource source,
                      boolean killAtLimit, boolean dependencies, RunObserver observer, NodeFailures failures,
                      RandomStreams streams, LaunchModel launches) {
        this(cluster, policy, source, killAtLimit, dependencies, observer, failures, streams, launches, null);
    }

    /**
     * As above, on the hardware {@code platform} describes: each job is placed on nodes of its
     * topology and a job with an application profile runs as long as its profile, placement and
     * the bandwidth it shares say (see {@link PlatformRun}); null for none. A platform needs
     * whole-node allocation without failures; on dynamic nodes a job's work begins once they have booted.
     */
    public ClusterRun(HomogeneousCluster cluster, SchedulingPolicy policy, JobSource source,
                      boolean killAtLimit, boolean dependencies, RunObserver observer, NodeFailures failures,
                      RandomStreams streams, LaunchModel launches, Platform platform) {
        if (platform != null && (cluster.unit() != AllocationUnit.NODE || failures != null
                || platform.topology().nodes() != cluster.nodes())) {
            throw new IllegalArgumentException("a hardware platform needs whole-node allocation without failures,"
                    + " with as many nodes, static and dynamic, as its topology");
        }
        if (launches.any() && cluster.dynamicNodes() == 0) {
            throw new IllegalArgumentException("a launch model needs dynamic nodes (only they are launched)");
        }
        if (launches.insufficientProbability() > 0 && streams == null) {
            throw new IllegalArgumentException("insufficient-capacity errors need random streams to be drawn from");
        }
        this.cluster = cluster;
        this.policy = policy;
        this.killAtLimit = killAtLimit;
        this.observer = observer;
        this.arrivals = new Arrivals(sim, source, this::arrive);
        this.endKind = sim.registerHandler("job end", payload -> onEnd((int) payload));
        this.passHook = sim.registerInstantHook("scheduling pass", now -> onPass());
        this.dependencies = dependencies ? new DependentSubmissions(sim, this::submit) : null;
        this.wake = new Timer(sim, "reservation due", this::requestPass);
        this.autoscaler = cluster.dynamicNodes() > 0
                ? new Autoscaler(sim, cluster, launches, streams, observer, this, this::over) : null;
        this.work = new ResumableWork(failures == null ? Checkpointing.NONE : failures.checkpointing());
        this.fleet = failures == null ? null : autoscaler == null
                ? new FailingNodes(sim, cluster, failures.processes(), streams, this, observer)
                : new SpotPool(sim, cluster, autoscaler, failures.processes(), streams, this, observer);
        this.platform = platform == null ? null : new PlatformRun(sim, platform, this::workDone);
    }

    /** Runs to the end of the workload and returns the engine's counters. */
    public RunStats run() {
        arrivals.start();
        sim.run();
        if (policy.queueLength() > 0 || running > 0 || (dependencies != null && dependencies.held() > 0)) {
            throw new IllegalStateException(policy.queueLength() + " jobs still queued and " + running
                    + " running after the last event: the policy stalled");
        }
        observer.runFinished(sim.now());
        return new RunStats(sim.eventsProcessed(), sim.hooksRun(), sim.now(), PreemptionStats.NONE,
                fleet == null ? null : new InterruptionStats(fleet.failures(FailureProcess.SPOT),
                        fleet.failures(FailureProcess.HARDWARE), fleet.idleHits(), requeuedRuns, failedJobs,
                        work.lostCpuSeconds()), autoscaler == null ? null : autoscaler.stats(),
                platform == null ? null : platform.stats());
    }

    private void arrive(Job job) {
        if (dependencies == null) {
            submit(job);
        } else {
            dependencies.arrived(job);
        }
    }

    private void submit(Job job) {
        long now = sim.now();
        int units = cluster.unitsFor(job);
        if (units > cluster.totalUnits()) {
            throw new IllegalArgumentException("job " + job.id() + " needs " + units
                    + " allocation units but the cluster has " + cluster.totalUnits());
        }
        if (firstSubmission) {
            firstSubmission = false;
            observer.nodesUp(now, cluster.staticNodes());
            if (fleet != null) {
                fleet.start();
            }
        }
        policy.submit(job, units, now);
        observer.jobSubmitted(job, now);
        requestPass();
    }

    private void onEnd(int slot) {
        long now = sim.now();
        Job job = slots.job[slot];
        int units = slots.units[slot];
        cluster.release(units);
        if (fleet != null) {
            fleet.released(slot);
            work.ended(job);
        }
        if (platform != null) {
            platform.released(slot);
        }
        policy.jobEnded(slot, now);
        observer.jobFinished(new JobOutcome(job, slots.start[slot], now, cluster.coresOf(units), units,
                slots.killed[slot]));
        slots.release(slot);
        running--;
        if (autoscaler != null) {
            autoscaler.released(units - slots.dynamic[slot], slots.dynamic[slot], now);
        }
        requestPass();
        if (dependencies != null) {
            dependencies.ended(job);
        }
        if ((fleet != null || autoscaler != null) && over()) {
            stopTimers();
        }
    }

    // The workload is over: nothing need fail or come back any more.
    private void stopTimers() {
        if (fleet != null) {
            fleet.stop();
        }
        if (autoscaler != null) {
            autoscaler.stop();
        }
    }

    /** Nothing is running, queued or still to come. */
    private boolean over() {
        return running == 0 && policy.queueLength() == 0 && arrivals.exhausted()
                && (dependencies == null || !dependencies.pending());
    }

    @Override
    public void failJobs(int[] failed, long now, boolean requeue) {
        for (int slot : failed) {
            Job job = slots.job[slot];
            int units = slots.units[slot];
            long start = Math.min(slots.start[slot], now); // a job whose nodes still boot has done no work
            long elapsed = now - start;
            sim.cancel(slots.endHandle[slot]);
            fleet.failed(slot, units, now);
            policy.jobEnded(slot, now);
            JobOutcome run = new JobOutcome(job, start, now, cluster.coresOf(units), units, false, "",
                    JobEndState.NODE_FAIL);
            work.failed(job, slots.work[slot], elapsed, cluster.coresOf(units), requeue);
            slots.release(slot);
            running--;
            if (requeue) {
                requeuedRuns++;
                observer.jobRequeued(run);
                policy.submit(job, units, now);
            } else {
                failedJobs++;
                observer.jobFinished(run);
                if (dependencies != null) {
                    dependencies.ended(job);
                }
            }
        }
        policy.capacityChanged();
        requestPass();
        if (over()) {
            stopTimers();
        }
    }

    @Override
    public void sendBack(int slot, long now) {
        Job job = slots.job[slot];
        int units = slots.units[slot];
        cluster.release(units);
        policy.jobEnded(slot, now);
        slots.release(slot);
        running--;
        policy.submit(job, units, now);
    }

    @Override
    public void capacityReturned(long now) {
        policy.capacityChanged();
        requestPass();
    }

    private void onPass() {
        policy.schedule(sim.now(), this);
        observer.passFinished(sim.now(), policy.queueLength());
        if ((++passes & HEARTBEAT_MASK) == 0) {
            observer.heartbeat(sim.now(), sim.eventsProcessed());
        }
    }

    private void requestPass() {
        sim.requestAtInstantEnd(passHook);
    }

    @Override
    public void wakeAt(long time) {
        wake.armAt(time);
    }

    @Override
    public int freeUnits() {
        return cluster.freeUnits();
    }

    @Override
    public int start(Job job, int units) {
        long now = sim.now();
        cluster.allocate(units);
        int slot = slots.take();
        if (platform != null && autoscaler == null
                && platform.start(slot, job, units, killAtLimit ? job.requestedTime() : Long.MAX_VALUE)) {
            // Its profile decides when it ends: workDone() comes then.
            record(job, slot, units, false, now);
            return slot;
        }
        long duration = duration(job, slot);
        if (autoscaler != null) {
            return startOnPool(job, units, slot, duration, now);
        }
        record(job, slot, units, slots.killed[slot], now);
        long end = sim.schedule(now + duration, endKind, slot);
        if (fleet != null) {
            slots.endHandle[slot] = end;
            fleet.placed(slot, units, 0, now);
        }
        return slot;
    }

    /**
     * How long the job starting in {@code slot} runs, its limit noted in the slot. On nodes that
     * fail, its work is what its last failed run left (all of it without checkpoints), run with
     * checkpoints if it takes them; the time limit applies to each run afresh, as Slurm's does to
     * a requeued job.
     */
    private long duration(Job job, int slot) {
        long runFor = job.runTime();
        if (fleet != null) {
            slots.work[slot] = work.workOf(job);
            runFor = work.duration(slots.work[slot]);
        }
        boolean killed = killAtLimit && runFor > job.requestedTime();
        slots.killed[slot] = killed;
        return killed ? job.requestedTime() : runFor;
    }

    private void record(Job job, int slot, int units, boolean killed, long now) {
        slots.job[slot] = job;
        slots.start[slot] = now;
        slots.units[slot] = units;
        slots.killed[slot] = killed;
        running++;
        observer.jobStarted(job, now, cluster.coresOf(units));
    }

    private void workDone(int slot, boolean killed) {
        slots.killed[slot] = killed;
        onEnd(slot);
    }

    /**
     * Starts a job on an autoscaling cluster: it holds its nodes from now, but when some must boot
     * its work begins only once the last is up (Slurm's CONFIGURING state), so its start is the
     * boot end and its end is that plus its run. A job whose launch failed never started: it holds
     * its units until the autoscaler sends it back, at the end of this instant.
     */
    private int startOnPool(Job job, int units, int slot, long duration, long now) {
        slots.job[slot] = job;
        slots.units[slot] = units;
        running++;
        long begin = autoscaler.start(slot, units, now);
        if (begin < 0) {
            return slot;
        }
        slots.start[slot] = begin;
        slots.dynamic[slot] = autoscaler.lastDynamic();
        if (platform == null || !platform.startAt(slot, job, units,
                killAtLimit ? job.requestedTime() : Long.MAX_VALUE, begin)) {
            slots.endHandle[slot] = sim.schedule(begin + duration, endKind, slot);
        } else {
            slots.killed[slot] = false; // its profile, or its limit, ends it: workDone() says which
        }
        if (fleet != null) {
            fleet.placed(slot, units, slots.dynamic[slot], begin);
        }
        observer.jobStarted(job, now, cluster.coresOf(units));
        return slot;
    }
}
