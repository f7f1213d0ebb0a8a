package org.hpcsim.models.run;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.hpcsim.core.RandomStream;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.core.Simulation;
import org.hpcsim.core.Timer;
import org.hpcsim.models.cloud.BootDistribution;
import org.hpcsim.models.cloud.BootDraws;
import org.hpcsim.models.cloud.LaunchModel;
import org.hpcsim.models.cluster.HomogeneousCluster;
import org.hpcsim.models.cluster.NodePool;

/**
 * The dynamic nodes of a run, as AWS ParallelCluster runs them with Slurm power saving: which
 * nodes a starting job gets and when its last one is up, idle nodes powering down, boots paced by
 * a cap on nodes booting at once, and launches failing for lack of EC2 capacity.
 *
 * <p><b>Insufficient capacity</b> (ParallelCluster's fast insufficient-capacity fail-over, 3.2.0
 * and later). A job given powered-down nodes sends one launch request for them, all or nothing
 * (job-level scaling of exclusive jobs, 3.7 and later), which fails with the model's probability,
 * drawn from the stream {@link LaunchModel#STREAM}. The job then never ran: it goes back to the
 * queue at the end of the instant and its wait goes on; the up nodes it was given stay up and
 * idle, the powered-down ones are not booted. The compute resource is down for the down time:
 * every powered-down dynamic node, and every one that powers down meanwhile, leaves the capacity
 * the policy sees (it hears {@code capacityChanged}, as for a failed node) until the time is up.
 * Nodes that are up keep running jobs, as ParallelCluster leaves a down compute resource's running
 * nodes alone. A job given powered-down nodes while the resource is down (later in the pass that
 * met the error, before the capacity shrank) goes back the same way without a draw, since nothing
 * is launched for a down compute resource.
 *
 * <p><b>Launch cap.</b> At most {@code maxLaunches} nodes boot at once; further nodes wait, down
 * and unpaid, for the earliest boots to end (first come, first served), so a big job's nodes boot
 * in waves and its work begins when its last node is up. The cap paces a launch already granted:
 * the error is drawn once per job, at its start decision, not per wave.
 *
 * <p><b>Boot times.</b> Every node boots in the cluster's boot time, or, with a boot-time
 * distribution, in its own time drawn from the stream {@link BootDistribution#STREAM} when the job
 * that needs it starts (the job's nodes in the pool's order); the job's work begins when the
 * slowest of its nodes is up.
 */
final class Autoscaler {
    /** What the run does for the autoscaler. */
    interface Host {
        /** Undoes the start of the job in {@code slot}, whose launch failed, and queues it again. */
        void sendBack(int slot, long now);

        /** The capacity the policy sees changed: a scheduling pass is due. */
        void capacityReturned(long now);
    }

    private final Simulation sim;
    private final HomogeneousCluster cluster;
    private final NodePool pool;
    private final LaunchModel model;
    private final RandomStream random;
    private final RunObserver observer;
    private final Host host;
    private final BooleanSupplier over;
    private final BootSlots slots;
    private final BootDraws bootTimes;
    private final Timer powerDown;
    private final int launchKind;
    private final int launchOneKind;
    private final int sendBackKind;
    private final int backUpKind;
    private long downUntil = Long.MIN_VALUE;
    private long backUpHandle = -1;
    private int withdrawn;        // powered-down nodes out of the policy's capacity while the resource is down
    private int[] refused = new int[4];
    private int refusedCount;
    private long errors;
    private long sentBack;
    private long delayedBoots;
    private long bootWait;

    /**
     * The dynamic nodes of {@code cluster}, launched as {@code model} says, errors drawn from
     * {@code streams}; {@code over} tells whether the workload is over (no timers are kept then).
     */
    Autoscaler(Simulation sim, HomogeneousCluster cluster, LaunchModel model, RandomStreams streams,
               RunObserver observer, Host host, BooleanSupplier over) {
        this.sim = sim;
        this.cluster = cluster;
        this.pool = new NodePool(cluster);
        this.model = model;
        this.random = model.insufficientProbability() > 0 ? streams.stream(LaunchModel.STREAM) : null;
        this.observer = observer;
        this.host = host;
        this.over = over;
        this.slots = model.maxLaunches() > 0
                ? new BootSlots(Math.min(model.maxLaunches(), cluster.dynamicNodes())) : null;
        this.bootTimes = BootDraws.of(cluster.bootTime(), model.bootTimes(), streams);
        this.powerDown = new Timer(sim, "power down", this::onPowerDown);
        this.launchKind = sim.registerHandler("launch", payload -> onLaunch((int) payload));
        this.launchOneKind = sim.registerHandler("launch one", this::onLaunchOne);
        this.sendBackKind = sim.registerHandler("launch failed", payload -> onSendBack());
        this.backUpKind = sim.registerHandler("compute resource up", payload -> onBackUp());
    }

    /**
     * Gives the job starting in {@code slot} its {@code units} nodes and returns when its work
     * begins (its last node up), or -1 when its launch failed: it is then sent back at the end of
     * this instant and holds only its units until then.
     */
    long start(int slot, int units, long now) {
        int boots = pool.bootsFor(units);
        if (boots > 0 && refused(now)) {
            if (refusedCount == 0) {
                sim.schedule(now, sendBackKind, 0);
            }
            if (refusedCount == refused.length) {
                refused = Arrays.copyOf(refused, refusedCount * 2);
            }
            refused[refusedCount++] = slot;
            return -1;
        }
        pool.take(units);
        long begin = boots == 0 ? now : launch(boots, now);
        armPowerDown();
        return begin;
    }

    /** Dynamic nodes (idle, booting or waiting to) the last successful {@link #start} gave. */
    int lastDynamic() {
        return pool.lastDynamic();
    }

    /** A job gave back {@code staticN} static and {@code dynamicN} dynamic nodes. */
    void released(int staticN, int dynamicN, long now) {
        pool.release(staticN, dynamicN, now);
        armPowerDown();
    }

    /** Whether a cap paces boots (then some nodes given to jobs wait, down, for their launch). */
    boolean paced() {
        return slots != null;
    }

    /** Dynamic nodes up and idle. */
    int idleDynamic() {
        return pool.idleDynamic();
    }

    /** A static node failed: see {@link NodePool#staticDown}. */
    void staticDown() {
        pool.staticDown();
    }

    /** A static node that failed is back. */
    void staticBack() {
        pool.staticBack();
    }

    /** {@code n} dynamic nodes jobs held (their units freed) were terminated at {@code now}. */
    void terminated(int n, long now) {
        pool.terminated(n);
        gone(n, now);
    }

    /** The idle dynamic node at place {@code k} (0: idle longest) was terminated at {@code now}. */
    void terminateIdle(int k, long now) {
        pool.terminateIdle(k);
        gone(1, now);
        armPowerDown();
    }

    // Terminated nodes stop being paid now; while the compute resource is down they leave the
    // capacity, as a node that powers down then does.
    private void gone(int n, long now) {
        if (backUpHandle >= 0) {
            withdraw(n);
            host.capacityReturned(now);
        }
        observer.nodesUp(now, pool.up());
    }

    /** The workload is over: the compute resource need not come back, so the run ends with its last job. */
    void stop() {
        if (backUpHandle >= 0) {
            sim.cancel(backUpHandle);
            backUpHandle = -1;
        }
    }

    /** What launches did, or null when the model changes nothing. */
    LaunchStats stats() {
        return model.any()
                ? new LaunchStats(errors, sentBack, delayedBoots, SimTime.toSeconds(bootWait), bootTimes.stats()) : null;
    }

    private boolean refused(long now) {
        if (now < downUntil) {
            return true;
        }
        if (random != null && random.nextDouble() < model.insufficientProbability()) {
            errors++;
            downUntil = now + model.downTime();
            return true;
        }
        return false;
    }

    /** Boots {@code boots} powered-down nodes just taken, paced by the cap; returns when the last is up. */
    private long launch(int boots, long now) {
        if (slots == null) {
            observer.nodesUp(now, pool.up());
            if (!bootTimes.drawn()) {
                long ready = now + bootTimes.next();
                observer.nodesBooting(now, boots, ready);
                return ready;
            }
            long last = now;
            for (int i = 0; i < boots; i++) {
                long ready = now + bootTimes.next();
                observer.nodesBooting(now, 1, ready);
                last = Math.max(last, ready);
            }
            return last;
        }
        int waiting = 0;
        long groupAt = now;
        int group = 0;
        long last = now;
        long[] nowBooting = bootTimes.drawn() ? new long[boots] : null;
        for (int i = 0; i < boots; i++) {
            long bootTime = bootTimes.next();
            long begin = slots.book(now, bootTime);
            if (begin > now) {
                waiting++;
                delayedBoots++;
                bootWait += begin - now;
                if (nowBooting != null) {
                    sim.schedule(begin, launchOneKind, bootTime);
                } else {
                    // Boots begin in time order, so one job's waiting nodes form runs of equal begin times.
                    if (begin != groupAt && group > 0) {
                        sim.schedule(groupAt, launchKind, group);
                        group = 0;
                    }
                    groupAt = begin;
                    group++;
                }
            } else if (nowBooting != null) {
                nowBooting[i - waiting] = bootTime;
            }
            last = Math.max(last, begin + bootTime);
        }
        if (group > 0) {
            sim.schedule(groupAt, launchKind, group);
        }
        pool.awaitLaunch(waiting);
        if (waiting < boots) {
            observer.nodesUp(now, pool.up());
            if (nowBooting == null) {
                observer.nodesBooting(now, boots - waiting, now + bootTimes.next());
            } else {
                for (int i = 0; i < boots - waiting; i++) {
                    observer.nodesBooting(now, 1, now + nowBooting[i]);
                }
            }
        }
        return last;
    }

    // Waiting nodes got their launch slots (fixed boot times only, so next() is that time).
    private void onLaunch(int nodes) {
        pool.launched(nodes);
        observer.nodesUp(sim.now(), pool.up());
        observer.nodesBooting(sim.now(), nodes, sim.now() + bootTimes.next());
    }

    // A node whose boot time was drawn got its launch slot: it boots for that time.
    private void onLaunchOne(long bootTime) {
        pool.launched(1);
        observer.nodesUp(sim.now(), pool.up());
        observer.nodesBooting(sim.now(), 1, sim.now() + bootTime);
    }

    // The launches failed at this instant: the jobs go back, and the powered-down nodes leave the capacity.
    private void onSendBack() {
        long now = sim.now();
        for (int i = 0; i < refusedCount; i++) {
            host.sendBack(refused[i], now);
            sentBack++;
        }
        refusedCount = 0;
        if (now < downUntil) {
            withdraw(pool.poweredDown() - withdrawn);
            if (backUpHandle < 0) {
                backUpHandle = sim.schedule(downUntil, backUpKind, 0);
            }
        }
        host.capacityReturned(now);
    }

    private void withdraw(int nodes) {
        if (nodes > 0) {
            cluster.allocate(nodes);
            withdrawn += nodes;
        }
    }

    private void onBackUp() {
        backUpHandle = -1;
        cluster.release(withdrawn);
        withdrawn = 0;
        host.capacityReturned(sim.now());
    }

    // Idle dynamic nodes may have timed out: power them down and arm the timer for the next ones.
    private void onPowerDown() {
        long now = sim.now();
        int n = pool.powerDown(now);
        if (n > 0) {
            if (backUpHandle >= 0) {
                // The compute resource is down: a node that powers down cannot be launched again until it is up.
                withdraw(n);
                host.capacityReturned(now);
            }
            observer.nodesUp(now, pool.up());
        }
        armPowerDown();
    }

    /**
     * Keeps one timer at the time the oldest idle dynamic nodes power down. Once the workload is
     * over (nothing running, queued or still to arrive) no timer is kept: the accounting window
     * ends at the last job's end, as it does for static nodes.
     */
    private void armPowerDown() {
        powerDown.armAt(over.getAsBoolean() ? Long.MAX_VALUE : pool.nextPowerDown());
    }
}
