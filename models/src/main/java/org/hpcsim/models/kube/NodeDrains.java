package org.hpcsim.models.kube;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import org.hpcsim.core.SimTime;

/**
 * The Cluster Autoscaler's scale-down of non-empty nodes (kubernetes/autoscaler
 * cluster-autoscaler/FAQ.md, "How does scale-down work?"): which Ready nodes of autoscaled groups
 * are unneeded, since when, and their drain.
 *
 * <p>A node is unneeded when it is under-used (see {@link ScaleDownRules}: the larger of its cpu
 * and memory requests over allocatable, or for a node with GPUs its GPU requests over allocatable,
 * under the threshold) and every pod on it can move: its owner lets it be evicted
 * ({@link ScaleDownRules#movable}; every pod hpcsim makes has a controller, so none is blocked for
 * lacking one) and it fits on another Ready node, by its requests on what that node has left and by
 * the scheduler's filters on a template node of that node's group (as the scale-up estimate
 * checks them). The check is CA's simulation: nodes in node order, each unneeded node taken out of
 * the simulated cluster with its pods placed where they went, so no two unneeded nodes count on the
 * same room; empty unneeded nodes are out from the start (CA prefers removing them), and a node
 * that took simulated pods is not removed in the same pass. Group sizes never go below minSize.
 *
 * <p>CA redoes this every scan interval; the cluster only changes at scheduling passes and node
 * changes, so the check is redone at the first scan after one (a node that stops being a candidate
 * at a pass loses its unneeded time at once). A drain is immediate: the pods are evicted, their
 * controllers recreate them (a Job pod starts again from zero: its work is lost, and the evicted
 * pod counts toward its Job's backoffLimit), and the node is deleted.
 */
final class NodeDrains {
    private final NodeTable table;
    private final int[] groupOf;
    private final NodeGroup[] groups;
    private final int[] scalable;
    private final ScaleUpEstimator estimator;
    private final ScaleDownRules rules;
    private final JobSlots running;
    private final Set<KubeJob> waiting;
    private final PodDeletions deletions;
    private final boolean movable;
    private final int gpu;
    private final long[] unneededSince;
    private final boolean[] tookPods;
    private final Map<Long, Integer> evictionsByJob = new HashMap<>(); // counts only, never iterated in order
    private boolean dirty;
    private long drained;
    private long podsEvicted;
    private long runsCut;
    private double lostPodNanos;
    private double lostCoreNanos;

    /**
     * Drains over {@code table}'s autoscaled nodes {@code scalable}, node {@code n} of group
     * {@code groupOf[n]} ({@code groups[g]}, null when fixed); the pods' owners are movable or not
     * as {@code movable}; {@code gpu} is nvidia.com/gpu's resource index, -1 when none.
     */
    NodeDrains(NodeTable table, int[] groupOf, NodeGroup[] groups, int[] scalable, ScaleUpEstimator estimator,
               ScaleDownRules rules, JobSlots running, Set<KubeJob> waiting, PodDeletions deletions, boolean movable,
               int gpu) {
        this.table = table;
        this.groupOf = groupOf;
        this.groups = groups;
        this.scalable = scalable;
        this.estimator = estimator;
        this.rules = rules;
        this.running = running;
        this.waiting = waiting;
        this.deletions = deletions;
        this.movable = movable && rules.maxDrainParallelism() > 0;
        this.gpu = gpu;
        this.unneededSince = new long[table.size()];
        this.tookPods = new boolean[table.size()];
        java.util.Arrays.fill(unneededSince, -1);
    }

    /**
     * Node {@code n}'s utilization as CA computes it: for a node with GPUs, its GPU requests over
     * allocatable (FAQ.md flags table, --scale-down-gpu-utilization-threshold: "cpu and memory
     * utilization will be ignored"); else the larger of cpu and memory requests over allocatable.
     */
    double utilization(int n) {
        if (gpu >= 0 && table.allocatable(gpu, n) > 0) {
            return share(gpu, n);
        }
        return Math.max(share(ResourceNames.CPU, n), share(ResourceNames.MEMORY, n));
    }

    /** Whether node {@code n} is under the threshold that applies to it. */
    boolean underused(int n) {
        boolean gpuNode = gpu >= 0 && table.allocatable(gpu, n) > 0;
        return utilization(n) < (gpuNode ? rules.gpuUtilizationThreshold() : rules.utilizationThreshold());
    }

    /**
     * The cluster changed (a scheduling pass ended, or nodes came or went): a node of
     * {@code ready} that holds pods and is no longer a candidate stops being unneeded, and the
     * next scan checks again.
     */
    void changed(IntPredicate ready) {
        if (!movable) {
            return;
        }
        for (int i : scalable) {
            if (!ready.test(i) || (table.pods(i) > 0 && !underused(i))) {
                unneededSince[i] = -1;
            }
        }
        dirty = true;
    }

    /** Whether a scan should check again: the cluster changed and a Ready node with pods is under-used. */
    boolean wantsCheck(IntPredicate ready) {
        if (!dirty) {
            return false;
        }
        for (int i : scalable) {
            if (ready.test(i) && table.pods(i) > 0 && underused(i)) {
                return true;
            }
        }
        dirty = false;
        return false;
    }

    /** Since when node {@code n} has been unneeded with pods on it, or -1. */
    long unneededSince(int n) {
        return unneededSince[n];
    }

    /**
     * CA's check at scan time {@code now}: which Ready nodes ({@code ready}) with pods are unneeded,
     * with the empty nodes of {@code goingEmpty} out of the simulated cluster and groups at the
     * sizes {@code size}.
     */
    void check(long now, IntPredicate ready, IntPredicate goingEmpty, int[] size) {
        if (!dirty) {
            return;
        }
        dirty = false;
        int n = table.size();
        int resources = table.resources();
        long[][] free = new long[n][];
        for (int m = 0; m < n; m++) {
            if (table.present(m) && ready.test(m) && !goingEmpty.test(m)) {
                free[m] = new long[resources];
                for (int r = 0; r < resources; r++) {
                    free[m][r] = table.allocatable(r, m) - table.requested(r, m);
                }
            }
        }
        int[] left = size.clone();
        for (int i : scalable) {
            if (goingEmpty.test(i)) {
                left[groupOf[i]] = Math.max(groups[groupOf[i]].minSize(), left[groupOf[i]] - 1);
            }
        }
        List<List<QueuedPod>> on = podsOnCandidates(ready);
        java.util.Arrays.fill(tookPods, false);
        for (int i : scalable) {
            List<QueuedPod> pods = on.get(i);
            if (pods == null) {
                continue;
            }
            int g = groupOf[i];
            if (!tookPods[i] && left[g] > groups[g].minSize() && moveAll(i, pods, free)) {
                left[g]--;
                free[i] = null;
                unneededSince[i] = unneededSince[i] < 0 ? now : unneededSince[i];
            } else {
                unneededSince[i] = -1;
            }
        }
    }

    /** The bound pods of each candidate node (Ready, with pods, under-used), by node; null for the others. */
    private List<List<QueuedPod>> podsOnCandidates(IntPredicate ready) {
        List<List<QueuedPod>> on = new ArrayList<>(java.util.Collections.nCopies(table.size(), null));
        for (int i : scalable) {
            if (ready.test(i) && table.pods(i) > 0 && underused(i)) {
                on.set(i, new ArrayList<>());
            } else if (table.pods(i) > 0) {
                unneededSince[i] = -1;
            }
        }
        running.forEach(j -> collect(j, on));
        for (KubeJob j : waiting) {
            collect(j, on);
        }
        return on;
    }

    private static void collect(KubeJob j, List<List<QueuedPod>> on) {
        for (QueuedPod p : j.pods) {
            if (p.place == QueuedPod.Place.BOUND && p.node >= 0 && on.get(p.node) != null) {
                on.get(p.node).add(p);
            }
        }
    }

    /** Places each of {@code pods} first fit on another node of {@code free}; undoes it all and returns false if one fits nowhere. */
    private boolean moveAll(int from, List<QueuedPod> pods, long[][] free) {
        int[] to = new int[pods.size()];
        for (int k = 0; k < pods.size(); k++) {
            PodSpec spec = pods.get(k).spec;
            to[k] = -1;
            for (int m = 0; m < free.length && to[k] < 0; m++) {
                if (m != from && free[m] != null && ScaleUpEstimator.fits(spec, free[m])
                        && estimator.eligible(spec, groupOf[m])) {
                    ScaleUpEstimator.take(spec, free[m]);
                    to[k] = m;
                }
            }
            if (to[k] < 0) {
                for (int u = 0; u < k; u++) {
                    ScaleUpEstimator.give(pods.get(u).spec, free[to[u]]);
                }
                return false;
            }
        }
        for (int m : to) {
            tookPods[m] = true;
        }
        return true;
    }

    /**
     * Drains, at scan time {@code now}, the nodes of {@code drainable} (Ready, with pods, their group
     * above minSize) unneeded for {@code unneededTime} or more, in node order, at most
     * {@code budget}; each is then handed to {@code remove}. Returns how many.
     */
    int drainDue(long now, long unneededTime, int budget, IntPredicate drainable, IntConsumer remove) {
        int done = 0;
        for (int k = 0; k < scalable.length && done < budget; k++) {
            int i = scalable[k];
            long since = unneededSince[i];
            if (since >= 0 && since + unneededTime <= now && drainable.test(i)) {
                drain(i, now);
                remove.accept(i);
                done++;
            }
        }
        return done;
    }

    /**
     * Drains node {@code n} at {@code now}: its pods are evicted and recreated by their
     * controllers, the runs they belonged to cut (see {@link PodDeletions#nodeGone}).
     */
    private void drain(int n, long now) {
        List<KubeJob> cut = new ArrayList<>();
        running.forEach(j -> {
            int here = 0;
            for (QueuedPod p : j.pods) {
                here += p.node == n ? 1 : 0;
            }
            if (here > 0) {
                cut.add(j);
                podsEvicted += here;
                evictionsByJob.merge(j.job.id(), here, Integer::sum);
                lostPodNanos += (double) j.pods.length * (now - j.start);
            }
        });
        for (KubeJob j : waiting) {
            for (QueuedPod p : j.pods) {
                podsEvicted += p.place == QueuedPod.Place.BOUND && p.node == n ? 1 : 0;
            }
        }
        PodDeletions.Loss loss = deletions.nodeGone(n, now);
        runsCut += loss.runsCut();
        lostCoreNanos += loss.coreNanos();
        unneededSince[n] = -1;
        drained++;
        dirty = true;
    }

    /** What the drains did. */
    AutoscalerStats.Drains stats() {
        int pastLimit = 0;
        for (int count : evictionsByJob.values()) {
            pastLimit += count > KubeletAdmission.BACKOFF_LIMIT ? 1 : 0;
        }
        return new AutoscalerStats.Drains(drained, podsEvicted, runsCut, lostPodNanos / SimTime.HOUR,
                lostCoreNanos / SimTime.HOUR, pastLimit);
    }

    private double share(int r, int n) {
        long of = table.allocatable(r, n);
        return of <= 0 ? 0 : (double) table.requested(r, n) / of;
    }
}
