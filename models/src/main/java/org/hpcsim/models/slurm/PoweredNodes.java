package org.hpcsim.models.slurm;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.core.Simulation;
import org.hpcsim.core.Timer;
import org.hpcsim.models.cloud.BootDistribution;
import org.hpcsim.models.cloud.BootDraws;
import org.hpcsim.models.cloud.LaunchModel;
import org.hpcsim.models.run.LaunchStats;
import org.hpcsim.models.run.RunObserver;

/**
 * The power state of a Slurm cluster's cloud nodes during a run (see {@link PowerSaving}).
 *
 * <ul>
 *   <li><b>Resume.</b> A job given powered-down nodes boots them (power_save.c sets them
 *   POWERING_UP on its next scan, within a second of the allocation); the job is CONFIGURING
 *   until its last node is up, then slurmctld resets its start time to that instant and its time
 *   limit runs from there (job_mgr.c, job_config_fini). A job given a node another job is
 *   booting waits for that boot too. Each node boots in the fixed boot time, or in its own time
 *   drawn from the stream {@link BootDistribution#STREAM} when its job is given it (node order).</li>
 *   <li><b>ResumeRate.</b> With a rate, nodes beyond the tokens power_save.c has stay powered
 *   down (and unpaid) while their job stays CONFIGURING, and are resumed at later power-save
 *   scans as {@link ResumePacer} says; the job's start is its slowest node's.</li>
 *   <li><b>Node choice.</b> Nodes that are up come first, then powering-up ones, then powered-down
 *   ones (node_scheduler.c's sched_weight; see {@link NodeSelector#powerStates}).</li>
 *   <li><b>Suspend.</b> A cloud node idle for SuspendTime powers down: its instance is terminated
 *   (cost stops) and it cannot be allocated for SuspendTimeout, after which it is powered down and
 *   available again. Slurm acts on its next power-save scan (power_save_interval 10 s,
 *   power_save_min_interval 30 s under ParallelCluster); the model acts at the exact instant.</li>
 *   <li><b>Insufficient capacity.</b> One launch request per job that boots nodes fails with the
 *   launch model's probability, drawn from the stream {@link LaunchModel#STREAM}. ParallelCluster
 *   then sets the nodes DOWN, so slurmctld requeues the job (NODE_FAIL, begin time
 *   cred_expire + 1 s later), and keeps the compute resource's powered-down nodes out of service
 *   for its insufficient-capacity timeout (600 s by default). A job that never ran is not
 *   reported as a run.</li>
 *   <li><b>Spot.</b> A reclaimed cloud node's jobs fail (see {@link NodeOutages}) and the node
 *   powers down, to be launched afresh for a later job; only running instances are reclaimed.</li>
 * </ul>
 */
final class PoweredNodes {
    /** What the controller does for the power-saving model. */
    interface Host {
        /** Job {@code job}'s launch failed: it goes off its nodes and back to the queue at its begin time. */
        void launchFailed(SlurmJob job);

        /** Nodes became allocatable again: a scheduling pass is due. */
        void capacityReturned();

        /** Whether the workload is over: nothing running, queued, held or to come. */
        boolean over();
    }

    private final Simulation sim;
    private final SlurmCluster cluster;
    private final PowerSaving config;
    private final RunObserver observer;
    private final Host host;
    private final BootDraws bootTimes;
    /** Paces resumes under a ResumeRate, or null for none. */
    private final ResumePacer pacer;
    private final BitSet cloud;
    private final BitSet poweredDown;
    /** The cloud nodes observers last heard were up (paid for). */
    private final BitSet reportedUp = new BitSet();
    private final BitSet poweringUp = new BitSet();
    private final BitSet poweringDown = new BitSet();
    /** Powered-down nodes given to jobs that wait for a resume token; readyAt holds their planned ready time. */
    private final BitSet awaiting = new BitSet();
    private final long[] readyAt;
    private final long[] idleSince;
    /** Cloud nodes that became idle, oldest first, as (node, idle since). */
    private final ArrayDeque<long[]> idle = new ArrayDeque<>();
    private final int readyKind;
    private final int resumeKind;
    private final Timer suspend;
    private final int suspendedKind;
    private final int failedKind;
    private final CapacityOutage outage;
    private final ArrayDeque<SlurmJob> failed = new ArrayDeque<>();
    private long sentBack;
    private long delayedBoots;
    private long bootWait;
    private long[] resumeAt = new long[8];

    PoweredNodes(Simulation sim, SlurmCluster cluster, PowerSaving config, RandomStreams streams, RunObserver observer,
                 Host host) {
        int n = cluster.nodes.size();
        if (config.cloud().length() > n) {
            throw new IllegalArgumentException("power saving names a cloud node past the last of " + n);
        }
        this.sim = sim;
        this.cluster = cluster;
        this.config = config;
        this.observer = observer;
        this.host = host;
        this.bootTimes = BootDraws.of(config.bootTime(), config.launch().bootTimes(), streams);
        this.pacer = config.resumeRate().limited() ? new ResumePacer(config.resumeRate()) : null;
        this.cloud = config.cloud();
        this.poweredDown = config.cloud();
        this.readyAt = new long[n];
        this.idleSince = new long[n];
        this.readyKind = sim.registerHandler("cloud node up", payload -> onReady((int) payload));
        this.resumeKind = sim.registerHandler("cloud node resumed", payload -> onResumed((int) payload));
        this.suspend = new Timer(sim, "power save scan", this::onSuspendDue);
        this.suspendedKind = sim.registerHandler("cloud node powered down", payload -> onSuspended((int) payload));
        this.failedKind = sim.registerHandler("launch failed", payload -> onFailed());
        this.outage = new CapacityOutage(sim, cluster.up, config.launch(), streams, host::capacityReturned);
        cluster.selector.powerStates(poweringUp, poweredDown);
    }

    /** Whether {@code node} is a cloud node. */
    boolean isCloud(int node) {
        return cloud.get(node);
    }

    /** Whether {@code node}'s instance runs (booting, idle or busy): a static node always does. */
    boolean running(int node) {
        return !poweredDown.get(node) && !poweringDown.get(node);
    }

    /**
     * Cloud node {@code node}'s instance was reclaimed at {@code now} (its jobs are already off it,
     * and it is out of service): ParallelCluster powers it down, so after SuspendTimeout it is a
     * powered-down node again, a fresh instance to launch when a job needs it.
     */
    void interrupted(int node, long now) {
        poweringUp.clear(node);
        poweringDown.set(node);
        idleSince[node] = -1;
        cluster.up.clear(node);
        sim.schedule(now + config.suspendTimeout(), suspendedKind, node);
        cluster.selector.powerStates(poweringUp, poweredDown);
        reportUp(now);
    }

    /** Nodes paid for now: all but the powered-down and powering-down ones. */
    int up() {
        return cluster.nodes.size() - poweredDown.cardinality() - poweringDown.cardinality();
    }

    /** Tells observers the nodes up at {@code now}, and each cloud node that went up or down. */
    void reportUp(long now) {
        observer.nodesUp(now, up());
        reportNodes(now);
    }

    // Tells observers each cloud node that went up or down since they last heard.
    private void reportNodes(long now) {
        BitSet upNow = (BitSet) cloud.clone();
        upNow.andNot(poweredDown);
        upNow.andNot(poweringDown);
        BitSet changed = (BitSet) upNow.clone();
        changed.xor(reportedUp);
        for (int node = changed.nextSetBit(0); node >= 0; node = changed.nextSetBit(node + 1)) {
            boolean up = upNow.get(node);
            observer.nodePowered(now, node, up, up && poweringUp.get(node) ? readyAt[node] : now);
        }
        reportedUp.clear();
        reportedUp.or(upNow);
    }

    /**
     * Job {@code job} was just given its allocation at {@code now}: boots the powered-down nodes in
     * it and returns when its last node is up (now when none boots), or -1 when its launch failed;
     * the job then holds its allocation until the controller hears {@link Host#launchFailed} at the
     * end of this instant.
     */
    long resume(SlurmJob job, long now) {
        Allocation a = job.allocation;
        long begin = now;
        int boots = 0;
        for (int k = 0; k < a.nodeCount(); k++) {
            int node = a.node(k);
            if (poweredDown.get(node) && !awaiting.get(node)) {
                boots++;
            } else if (poweringUp.get(node) || awaiting.get(node)) {
                begin = Math.max(begin, readyAt[node]);
            }
        }
        if (boots > 0 && outage.launchFails(now, poweredDown)) {
            if (failed.isEmpty()) {
                sim.schedule(now, failedKind, 0);
            }
            failed.addLast(job);
            return -1;
        }
        if (boots == 0) {
            return begin;
        }
        if (pacer == null && !bootTimes.drawn()) {
            long ready = now + bootTimes.next();
            for (int k = 0; k < a.nodeCount(); k++) {
                int node = a.node(k);
                if (poweredDown.get(node)) {
                    boot(node, ready);
                }
            }
            cluster.selector.powerStates(poweringUp, poweredDown);
            reportUp(now);
            observer.nodesBooting(now, boots, ready);
            return Math.max(begin, ready);
        }
        return Math.max(begin, resumeEach(a, boots, now));
    }

    /** Resumes the {@code boots} powered-down nodes of {@code a}, each with its own boot time; returns the last ready. */
    private long resumeEach(Allocation a, int boots, long now) {
        if (resumeAt.length < boots) {
            resumeAt = new long[Math.max(boots, resumeAt.length * 2)];
        }
        if (pacer != null) {
            pacer.plan(now, resumeAt, boots);
        } else {
            Arrays.fill(resumeAt, 0, boots, now);
        }
        long last = now;
        int i = 0;
        int bootingNow = 0;
        for (int k = 0; k < a.nodeCount(); k++) {
            int node = a.node(k);
            if (poweredDown.get(node) && !awaiting.get(node)) {
                long at = resumeAt[i++];
                long ready = at + bootTimes.next();
                last = Math.max(last, ready);
                if (at == now) {
                    boot(node, ready);
                    resumeAt[bootingNow++] = ready; // an entry already read: it now holds a boot to report
                } else {
                    awaiting.set(node);
                    readyAt[node] = ready;
                    sim.schedule(at, resumeKind, node);
                    delayedBoots++;
                    bootWait += at - now;
                }
            }
        }
        cluster.selector.powerStates(poweringUp, poweredDown);
        reportUp(now);
        if (!bootTimes.drawn() && bootingNow > 0) {
            observer.nodesBooting(now, bootingNow, resumeAt[0]); // one boot time: one report, as without a rate
        }
        for (int m = 0; bootTimes.drawn() && m < bootingNow; m++) {
            observer.nodesBooting(now, 1, resumeAt[m]);
        }
        return last;
    }

    // Powers node up now, to be ready at ready.
    private void boot(int node, long ready) {
        poweredDown.clear(node);
        poweringUp.set(node);
        readyAt[node] = ready;
        sim.schedule(ready, readyKind, node);
    }

    // A node that waited for ResumeRate gets its token: it boots until its planned ready time.
    private void onResumed(int node) {
        long now = sim.now();
        awaiting.clear(node);
        boot(node, readyAt[node]);
        cluster.selector.powerStates(poweringUp, poweredDown);
        reportUp(now);
        observer.nodesBooting(now, 1, readyAt[node]);
    }
    /** Job {@code job} left its nodes at {@code now}: cloud nodes it leaves idle start their SuspendTime. */
    void released(Allocation a, long now) {
        for (int k = 0; k < a.nodeCount(); k++) {
            int node = a.node(k);
            if (cloud.get(node) && !poweredDown.get(node) && cluster.free.idle(node)) {
                becameIdle(node, now);
            }
        }
        armSuspend();
    }

    private void becameIdle(int node, long now) {
        idleSince[node] = now;
        idle.addLast(new long[] {node, now});
    }

    /** The workload is over: no timer is kept, so the run ends with its last job. */
    void stop() {
        suspend.disarm();
        outage.stop();
    }

    /**
     * What launches did, or null when no launch can fail, boot times are fixed and ResumeRate
     * delayed no boot (slurm.conf's default rate of 300 a minute seldom does).
     */
    LaunchStats stats() {
        return !outage.draws() && delayedBoots == 0 && !bootTimes.drawn() ? null
                : new LaunchStats(outage.errors(), sentBack, delayedBoots, SimTime.toSeconds(bootWait),
                        bootTimes.stats());
    }

    private void onFailed() {
        while (!failed.isEmpty()) {
            sentBack++;
            host.launchFailed(failed.removeFirst());
        }
    }

    private void onReady(int node) {
        if (poweringUp.get(node) && readyAt[node] == sim.now()) {
            poweringUp.clear(node);
            cluster.selector.powerStates(poweringUp, poweredDown);
            if (cluster.free.idle(node)) {
                // The job it booted for left before it was up: its idle time starts now.
                becameIdle(node, sim.now());
                if (!host.over()) {
                    armSuspend();
                }
            }
        }
    }

    // The oldest idle cloud nodes have timed out: power them down, and look again at the next.
    private void onSuspendDue() {
        long now = sim.now();
        boolean any = false;
        while (!idle.isEmpty() && idle.peekFirst()[1] + config.suspendTime() <= now) {
            long[] e = idle.removeFirst();
            int node = (int) e[0];
            // Still idle since then, and not already on its way down.
            if (idleSince[node] == e[1] && cluster.free.idle(node) && cluster.up.get(node)
                    && !poweringUp.get(node) && running(node)) {
                cluster.up.clear(node);
                poweringDown.set(node);
                sim.schedule(now + config.suspendTimeout(), suspendedKind, node);
                any = true;
            }
        }
        if (any) {
            reportUp(now);
        }
        armSuspend();
    }

    private void onSuspended(int node) {
        poweringDown.clear(node);
        poweredDown.set(node);
        outage.poweredDown(node);
        cluster.selector.powerStates(poweringUp, poweredDown);
        host.capacityReturned();
    }

    /**
     * Keeps one timer at the instant the oldest idle node times out (or now, for one whose time
     * passed while no timer was kept).
     */
    private void armSuspend() {
        suspend.armAt(idle.isEmpty() ? Long.MAX_VALUE
                : Math.max(sim.now(), idle.peekFirst()[1] + config.suspendTime()));
    }
}
