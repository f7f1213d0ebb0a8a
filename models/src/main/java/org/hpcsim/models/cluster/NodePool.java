package org.hpcsim.models.cluster;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * Which nodes of an autoscaling cluster are idle, busy or powered down, as Slurm's power saving
 * sees them in AWS ParallelCluster: static nodes are always up; dynamic nodes boot when a job is
 * given them and power down after staying idle for the scale-down idle time.
 *
 * <p>Idle dynamic nodes are kept as runs of (idle since, count), oldest first: a job takes the most
 * recently idled ones (warmest, and the oldest keep their place in line to power down), and only
 * the oldest run can be next to power down, so one timer suffices.
 */
public final class NodePool {
    private final int staticNodes;
    private final int dynamicNodes;
    private final long scaledownIdleTime;
    private int staticIdle;
    private int idleDynamicNodes;
    private int poweredDown;
    private int awaitingLaunch; // taken from the powered-down ones, not yet booting (a launch cap holds them back)
    private final ArrayDeque<long[]> idleDynamic = new ArrayDeque<>(); // {idle since, count}, oldest first
    private int lastStatic;
    private int lastDynamic;
    private int lastBooted;

    /** A pool of {@code cluster}'s nodes, static ones idle and dynamic ones powered down. */
    public NodePool(HomogeneousCluster cluster) {
        this.staticNodes = cluster.staticNodes();
        this.dynamicNodes = cluster.dynamicNodes();
        this.scaledownIdleTime = cluster.scaledownIdleTime();
        this.staticIdle = staticNodes;
        this.poweredDown = dynamicNodes;
    }

    /**
     * Gives a job {@code n} nodes: idle static ones first, then idle dynamic ones
     * (most recently idled first), then powered-down ones, which boot. The caller has checked the
     * nodes are free; {@link #lastStatic()}, {@link #lastDynamic()} and {@link #lastBooted()} tell
     * how they were found.
     */
    public void take(int n) {
        int s = Math.min(n, staticIdle);
        staticIdle -= s;
        int left = n - s;
        while (left > 0 && !idleDynamic.isEmpty()) {
            long[] run = idleDynamic.peekLast();
            int k = (int) Math.min(left, run[1]);
            run[1] -= k;
            left -= k;
            idleDynamicNodes -= k;
            if (run[1] == 0) {
                idleDynamic.pollLast();
            }
        }
        if (left > poweredDown) {
            throw new IllegalStateException("taking " + n + " nodes with too few free");
        }
        poweredDown -= left;
        lastStatic = s;
        lastDynamic = n - s;
        lastBooted = left;
    }

    /** Powered-down nodes a job of {@code n} nodes would boot if it started now. */
    public int bootsFor(int n) {
        return Math.max(0, n - staticIdle - idleDynamicNodes);
    }

    /** Static nodes the last {@link #take} gave. */
    public int lastStatic() {
        return lastStatic;
    }

    /** Dynamic nodes (idle or booting) the last {@link #take} gave. */
    public int lastDynamic() {
        return lastDynamic;
    }

    /** Powered-down nodes the last {@link #take} booted. */
    public int lastBooted() {
        return lastBooted;
    }

    /** A job gives back {@code staticN} static and {@code dynamicN} dynamic nodes at {@code now}. */
    public void release(int staticN, int dynamicN, long now) {
        staticIdle += staticN;
        idleDynamicNodes += dynamicN;
        if (dynamicN > 0) {
            long[] last = idleDynamic.peekLast();
            if (last != null && last[0] == now) {
                last[1] += dynamicN;
            } else {
                idleDynamic.addLast(new long[] {now, dynamicN});
            }
        }
    }

    /** When the oldest idle dynamic nodes power down, or Long.MAX_VALUE when none is idle. */
    public long nextPowerDown() {
        long[] first = idleDynamic.peekFirst();
        return first == null ? Long.MAX_VALUE : first[0] + scaledownIdleTime;
    }

    /** Powers down every dynamic node idle for the scale-down time at {@code now}; returns how many. */
    public int powerDown(long now) {
        int n = 0;
        while (!idleDynamic.isEmpty() && idleDynamic.peekFirst()[0] + scaledownIdleTime <= now) {
            n += (int) idleDynamic.pollFirst()[1];
        }
        poweredDown += n;
        idleDynamicNodes -= n;
        return n;
    }

    /** Dynamic nodes up and idle. */
    public int idleDynamic() {
        return idleDynamicNodes;
    }

    /** A static node failed, its jobs gone: it is out of the idle ones until {@link #staticBack}. */
    public void staticDown() {
        if (staticIdle == 0) {
            throw new IllegalStateException("no idle static node to take down");
        }
        staticIdle--;
    }

    /** A static node that failed is back, idle. */
    public void staticBack() {
        staticIdle++;
    }

    /**
     * {@code n} dynamic nodes held by jobs were terminated (Spot reclaimed them): like a node that
     * powers down, each can boot again for a later job.
     */
    public void terminated(int n) {
        poweredDown += n;
    }

    /** The idle dynamic node at place {@code k} (0: the one idle longest) was terminated: it is powered down. */
    public void terminateIdle(int k) {
        for (Iterator<long[]> it = idleDynamic.iterator(); it.hasNext(); ) {
            long[] run = it.next();
            if (k < run[1]) {
                if (--run[1] == 0) {
                    it.remove();
                }
                idleDynamicNodes--;
                poweredDown++;
                return;
            }
            k -= (int) run[1];
        }
        throw new IllegalArgumentException("no idle dynamic node at " + k);
    }

    /** Dynamic nodes powered down and given to no job. */
    public int poweredDown() {
        return poweredDown;
    }

    /** {@code n} nodes of the last {@link #take} wait to be launched: they count as down until {@link #launched}. */
    public void awaitLaunch(int n) {
        awaitingLaunch += n;
    }

    /** {@code n} nodes that waited to be launched begin to boot. */
    public void launched(int n) {
        awaitingLaunch -= n;
    }

    /** Nodes powered up: booting, idle or busy (a node given to a job but not yet launched is down). */
    public int up() {
        return staticNodes + dynamicNodes - poweredDown - awaitingLaunch;
    }
}
