package org.hpcsim.models.kube;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.hpcsim.core.RandomStreams;
import org.hpcsim.core.SimTime;
import org.hpcsim.core.Simulation;
import org.hpcsim.core.Timer;
import org.hpcsim.models.cloud.BootDraws;
import org.hpcsim.models.run.InterruptionStats;
import org.hpcsim.models.run.LaunchStats;
import org.hpcsim.models.run.RunObserver;

/**
 * The Kubernetes Cluster Autoscaler over the node table's pools (kubernetes/autoscaler
 * cluster-autoscaler, FAQ.md "How does scale-up work?" and "How does scale-down work?").
 *
 * <p>Every node a group may ever have is in the table, absent until launched. CA looks at the
 * cluster every scan interval, on multiples of it from the start of the run (it only wakes where a
 * look could change something: pods the scheduler could not place, nodes to remove or to check).
 * <b>Scale-up:</b> the pods the scheduler tried and could not place, less those that fit on nodes
 * up or still booting, are offered to each group that may grow (maxSize, max-nodes-total); the
 * {@link ScaleUpEstimator} says how many new nodes each would need, the expander picks one group,
 * and that many of its nodes boot; they join the table Ready after the boot time, and the parked
 * pods are retried (the scheduler's NodeAdd event). One group grows per scan.
 * <b>Scale-down:</b> a node empty at a scan is unneeded from then (or from when it became
 * unneeded with pods, if it stayed so), and is removed at the first scan at least
 * scale-down-unneeded-time later, no sooner than scale-down-delay-after-add after the last
 * scale-up, at most {@link AutoscalerConfig#MAX_EMPTY_BULK_DELETE} per scan, never below minSize.
 * Non-empty nodes under the utilization threshold whose pods can all move are unneeded too, and
 * are drained after the same times, at most max-drain-parallelism per scan ({@link NodeDrains}).
 * <b>Spot:</b> nodes are cordoned and drained at EC2's two-minute notice ({@link SpotInterruptions});
 * the pods that then fit nowhere make CA scale up again: the replacement is an ordinary scale-up.
 */
final class ClusterAutoscaler implements SpotInterruptions.Host {
    private static final byte ABSENT = 0;
    private static final byte BOOTING = 1;
    private static final byte READY = 2;
    private static final byte WARNED = 3;  // a Spot node cordoned and drained at its notice, billed until gone

    /** What the controller does when the nodes change: retry the parked pods. */
    @FunctionalInterface
    interface CapacityChange {
        /** Nodes joined or left at {@code now}. */
        void changed(long now);
    }

    private final Simulation sim;
    private final NodeTable table;
    private final AutoscalerConfig config;
    private final RunObserver observer;
    private final Set<KubeJob> waiting;
    private final PodDeletions deletions;
    private final CapacityChange host;
    private final BooleanSupplier over;
    private final ScaleUpEstimator estimator;
    private final ExpanderChoice expander;
    private final List<String> poolNames;
    private final NodeGroup[] groupSpec;   // by group index; null for a pool of fixed size
    private final SpotInterruptions spot;
    private NodeDrains drains;             // null until the controller says who owns the pods
    private final int[] groupOf;
    private final int[] scalable;          // the nodes of autoscaled groups, in node order
    private final int[] size;              // nodes up or booting, by group
    private final byte[] state;
    private final long[] launchedAt;
    private final long[] emptySince;
    private final double[] upNanos;
    private final double[] bootNanos;
    private final BootDraws bootTimes;  // the boot time, or one drawn per node launched
    private final Timer scan;
    private final int readyKind;
    private boolean needScan;
    private long lastFailed = -1;
    private long lastScaleUp = Long.MIN_VALUE / 4;
    private int total;
    private int booting;
    private long scaleUps;
    private long nodesAdded;
    private long nodesRemoved;
    private int peak;

    /**
     * The autoscaler of {@code table}'s pools as {@code config} says: each group's first minSize
     * nodes up, the rest absent; pools not in {@code config} keep all their nodes.
     */
    ClusterAutoscaler(Simulation sim, NodeTable table, AutoscalerConfig config, RandomStreams streams,
                      RunObserver observer, Set<KubeJob> waiting, PodDeletions deletions, CapacityChange host,
                      BooleanSupplier over) {
        this.sim = sim;
        this.table = table;
        this.config = config;
        this.observer = observer;
        this.waiting = waiting;
        this.deletions = deletions;
        this.host = host;
        this.over = over;
        this.bootTimes = BootDraws.of(config.bootTime(), config.bootTimes(), streams);
        int n = table.size();
        PoolGroups pools = PoolGroups.of(table, config.groups());
        poolNames = pools.names();
        groupOf = pools.groupOf();
        groupSpec = pools.specs();
        int groups = groupSpec.length;
        size = new int[groups];
        upNanos = new double[groups];
        bootNanos = new double[groups];
        state = new byte[n];
        launchedAt = new long[n];
        emptySince = new long[n];
        this.scan = new Timer(sim, "cluster-autoscaler scan", this::onScan);
        this.readyKind = sim.registerHandler("node ready", payload -> onReady((int) payload));
        this.spot = new SpotInterruptions(sim, table, groupSpec, groupOf, streams, deletions, this);
        this.expander = new ExpanderChoice(config.expander(), groupSpec, streams.stream("cluster-autoscaler expander"));
        int[] members = new int[groups];
        for (int i = 0; i < n; i++) {
            int g = groupOf[i];
            boolean up = groupSpec[g] == null || members[g]++ < groupSpec[g].minSize();
            if (groupSpec[g] != null && members[g] > groupSpec[g].maxSize()) {
                throw new IllegalArgumentException("pool " + poolNames.get(g) + " has more nodes than maxSize");
            }
            table.setPresent(i, up);
            if (up) {
                state[i] = READY;
                size[g]++;
                total++;
                emptySince[i] = 0;
                spot.arm(i, 0);
            }
        }
        peak = total;
        scalable = java.util.stream.IntStream.range(0, n).filter(i -> groupSpec[groupOf[i]] != null).toArray();
        this.estimator = new ScaleUpEstimator(table, groupOf, pools.firstNodes());
    }

    /**
     * Lets CA drain non-empty nodes: the pods of {@code running} and {@code waiting} jobs may be
     * evicted when {@code movable} (their owner is a built-in controller, or custom ones are not
     * skipped); {@code gpu} is nvidia.com/gpu's index, -1 when none.
     */
    void drainWith(JobSlots running, boolean movable, int gpu) {
        drains = new NodeDrains(table, groupOf, groupSpec, scalable, estimator, config.scaleDown(), running, waiting,
                deletions, movable, gpu);
    }

    /** Nodes up, booting or Ready. */
    int nodesUp() {
        return total;
    }

    /**
     * A scheduling pass ended at {@code now}, the scheduler having failed {@code failedSoFar}
     * attempts in the run: notes which nodes are empty, and wakes CA if new pods failed.
     */
    void passFinished(long now, long failedSoFar) {
        for (int i : scalable) {
            if (state[i] == READY) {
                if (table.pods(i) > 0) {
                    emptySince[i] = -1;
                } else if (emptySince[i] < 0) {
                    emptySince[i] = now;
                }
            }
        }
        if (drains != null) {
            drains.changed(this::ready);
        }
        if (failedSoFar != lastFailed) {
            lastFailed = failedSoFar;
            needScan = true;
        }
        arm(now);
    }

    /**
     * Whether CA can do nothing for the pods the scheduler could not place: no node boots and no
     * group would grow for them. When it could, a scan is made due.
     */
    boolean cannotHelp(long now) {
        if (booting == 0 && options().isEmpty()) {
            return true;
        }
        needScan = true;
        arm(now);
        return false;
    }

    /** The run is over or stuck: no more scans or interruptions. */
    void stop() {
        scan.disarm();
        spot.stop();
    }

    private void onScan() {
        long now = sim.now();
        needScan = false;
        List<ScaleUpEstimator.Option> options = options();
        if (!options.isEmpty()) {
            ScaleUpEstimator.Option o = expander.pick(options);
            launch(o.group(), o.nodes(), now);
            needScan = true; // pods the chosen group did not take get their turn at the next scan
        }
        scaleDown(now);
        arm(now);
    }

    /** The scale-ups that would help the pods the scheduler could not place. */
    private List<ScaleUpEstimator.Option> options() {
        boolean[] up = new boolean[state.length];
        boolean[] boot = new boolean[state.length];
        for (int i = 0; i < state.length; i++) {
            up[i] = state[i] == READY;
            boot[i] = state[i] == BOOTING;
        }
        return estimator.options(waiting, up, boot, groupSpec, size, total, config.maxNodesTotal());
    }

    private void launch(int g, int count, long now) {
        int launched = 0;
        for (int i = 0; i < state.length && launched < count; i++) {
            if (groupOf[i] == g && state[i] == ABSENT) {
                state[i] = BOOTING;
                launchedAt[i] = now;
                long ready = now + bootTimes.next();
                sim.schedule(ready, readyKind, i);
                if (bootTimes.drawn()) {
                    observer.nodesBooting(now, 1, ready);
                }
                launched++;
            }
        }
        size[g] += launched;
        total += launched;
        booting += launched;
        peak = Math.max(peak, total);
        scaleUps++;
        nodesAdded += launched;
        lastScaleUp = now;
        observer.nodesUp(now, total);
        if (!bootTimes.drawn()) {
            observer.nodesBooting(now, launched, now + config.bootTime());
        }
    }

    private void onReady(int n) {
        long now = sim.now();
        state[n] = READY;
        booting--;
        bootNanos[groupOf[n]] += now - launchedAt[n];
        emptySince[n] = now;
        table.setPresent(n, true);
        spot.arm(n, now);
        host.changed(now);
    }

    /** Spot node {@code n}'s pods were evicted at its notice: it is cordoned, out of the table, until it goes. */
    @Override
    public void warned(int n, long now) {
        state[n] = WARNED;
        table.setPresent(n, false);
        host.changed(now);
        needScan = true;
        arm(now);
    }

    @Override
    public void interrupted(int n, long now) {
        remove(n, now);
        needScan = true;
        arm(now);
    }

    private boolean ready(int n) {
        return state[n] == READY;
    }

    private void scaleDown(long now) {
        if (drains != null) {
            // CA finds the unneeded nodes in its cooldown too (calculateUnneededOnly), so they can go when it ends.
            drains.check(now, this::ready, this::removable, size);
        }
        if (now < lastScaleUp + config.delayAfterAdd()) {
            return;
        }
        int removed = 0;
        for (int k = 0; k < scalable.length && removed < AutoscalerConfig.MAX_EMPTY_BULK_DELETE; k++) {
            int i = scalable[k];
            if (removable(i) && unneededFrom(i) + config.unneededTime() <= now) {
                remove(i, now);
                nodesRemoved++;
                removed++;
            }
        }
        int budget = Math.min(config.scaleDown().maxDrainParallelism(), AutoscalerConfig.MAX_EMPTY_BULK_DELETE - removed);
        if (drains != null && drains.drainDue(now, config.unneededTime(), budget, this::drainable, i -> {
            remove(i, now);
            nodesRemoved++;
        }) > 0) {
            host.changed(now);
        }
    }

    /** Whether node {@code n} is one a drain could remove: Ready, holding pods, its group above minSize. */
    private boolean drainable(int n) {
        return drains != null && ready(n) && table.pods(n) > 0 && size[groupOf[n]] > groupSpec[groupOf[n]].minSize();
    }

    /** The scan from which empty node {@code n} has been unneeded: the first after it emptied, or earlier with pods. */
    private long unneededFrom(int n) {
        long empty = nextTick(emptySince[n]);
        long withPods = drains == null ? -1 : drains.unneededSince(n);
        return withPods >= 0 ? Math.min(withPods, empty) : empty;
    }

    private boolean removable(int n) {
        NodeGroup spec = groupSpec[groupOf[n]];
        return state[n] == READY && spec != null && table.pods(n) == 0 && emptySince[n] >= 0
                && size[groupOf[n]] > spec.minSize() && config.scaleDown().utilizationThreshold() > 0;
    }

    private void remove(int n, long now) {
        int g = groupOf[n];
        state[n] = ABSENT;
        table.setPresent(n, false);
        spot.cancel(n);
        upNanos[g] += now - launchedAt[n];
        size[g]--;
        total--;
        observer.nodesUp(now, total);
    }

    /** Keeps one scan at the first tick where a look could change something; none once the workload is over. */
    private void arm(long now) {
        if (over.getAsBoolean()) {
            stop();
            return;
        }
        long at = needScan ? nextTick(now) : Long.MAX_VALUE;
        for (int i : scalable) {
            long since = removable(i) ? unneededFrom(i) : drainable(i) ? drains.unneededSince(i) : -1;
            if (since >= 0) {
                long due = Math.max(since + config.unneededTime(), lastScaleUp + config.delayAfterAdd());
                at = Math.min(at, Math.max(ceilTick(due), nextTick(now)));
            }
        }
        if (drains != null && drains.wantsCheck(this::ready)) {
            at = Math.min(at, nextTick(now));
        }
        scan.armAt(at);
    }

    private long nextTick(long t) {
        return (Math.floorDiv(t, config.scanInterval()) + 1) * config.scanInterval();
    }

    private long ceilTick(long t) {
        return -Math.floorDiv(-t, config.scanInterval()) * config.scanInterval();
    }

    /** What Spot interruptions did, or null when no group is interrupted. */
    InterruptionStats interruptionStats() {
        return spot.stats();
    }

    /** The boot times drawn, as launch statistics, or null when boot times are fixed. */
    LaunchStats launchStats() {
        return bootTimes.drawn() ? new LaunchStats(0, 0, 0, 0, bootTimes.stats()) : null;
    }

    /** What CA did, with node-hours counted up to {@code end}. */
    AutoscalerStats stats(long end) {
        List<AutoscalerStats.GroupUsage> usage = new ArrayList<>();
        for (int g = 0; g < groupSpec.length; g++) {
            if (groupSpec[g] == null) {
                continue;
            }
            double up = upNanos[g];
            double boot = bootNanos[g];
            for (int i = 0; i < state.length; i++) {
                if (groupOf[i] == g && state[i] != ABSENT) {
                    up += Math.max(0, end - launchedAt[i]);
                    boot += state[i] == BOOTING ? Math.max(0, end - launchedAt[i]) : 0;
                }
            }
            double hours = up / SimTime.HOUR;
            usage.add(new AutoscalerStats.GroupUsage(poolNames.get(g), hours, boot / SimTime.HOUR,
                    hours * groupSpec[g].pricePerHour()));
        }
        return new AutoscalerStats(scaleUps, nodesAdded, nodesRemoved, spot.interruptions(), peak, usage,
                drains == null ? AutoscalerStats.Drains.NONE : drains.stats());
    }
}
