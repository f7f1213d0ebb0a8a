package org.hpcsim.models.kube.volcano;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.kube.ResourceNames;
import org.hpcsim.models.kube.kueue.KueueConfig;
import org.hpcsim.models.workload.JobLabels;

/**
 * Volcano's queues in a session (volcano pkg/scheduler/plugins/proportion and overcommit, actions
 * enqueue and allocate). Each session splits the cluster among the queues by weight, water-filling:
 * every round gives each queue not yet satisfied its weight's part of what is left, capped by its
 * capability and by its request (what its running and Inqueue jobs ask: a Volcano Job's pods are
 * created only once its PodGroup is Inqueue, so Pending ones ask nothing yet); a queue whose
 * request is met, or whose deserved share stopped growing, drops out; rounds go on while something is
 * left and something changed. A queue's share is the largest over resources of allocated / deserved.
 *
 * <p>Enqueue moves a Pending PodGroup to Inqueue only when (proportion) its queue's allocated plus
 * inqueue plus its request stays within the queue's capability, and (overcommit) the cluster's
 * Inqueue requests plus its own stay within overcommitFactor x total minus what is in use, over the
 * resources it asks for. Allocate takes queues by share, least first, skips a queue that holds all
 * its deserved share (overused), and places a job only if it fits what its queue deserves but does
 * not hold yet (proportion's allocatable). Reclaim is not modelled.
 */
public final class VolcanoQueues {
    /** Volcano compares resources with a small tolerance (api.minResource, 0.1 milli-units). */
    private static final double EPS = 1e-4;

    private final String[] names;
    private final int[] weight;
    private final double[][] capability;
    private final boolean[] capped;
    private final int resources;
    private final KueueConfig.QueueLabel label;
    private final double overcommit;
    private int defaultQueue;
    private double[][] deserved;
    private double[][] allocated;
    private double[][] inqueue;
    private double[] share;
    private double[] clusterIdle;
    private double[] clusterInqueue;
    private final double[] shareTime;
    private final long[] enqueued;
    private final long[] started;
    private double[] lastShare;
    private long lastAt = -1;

    /** The config's queues, plus {@code default} (weight 1) when it does not list one, over {@code names}. */
    public VolcanoQueues(VolcanoConfig config, ResourceNames names) {
        List<VolcanoQueue> list = new ArrayList<>(config.queues());
        if (list.stream().noneMatch(q -> q.name().equals(VolcanoQueue.DEFAULT))) {
            list.add(new VolcanoQueue(VolcanoQueue.DEFAULT, 1, null, true));
        }
        int n = list.size();
        this.resources = names.size();
        this.names = new String[n];
        this.weight = new int[n];
        this.capability = new double[n][resources];
        this.capped = new boolean[n];
        for (int q = 0; q < n; q++) {
            VolcanoQueue vq = list.get(q);
            this.names[q] = vq.name();
            this.weight[q] = vq.weight();
            Arrays.fill(capability[q], Double.POSITIVE_INFINITY);
            for (Map.Entry<String, Long> e : vq.capability().entrySet()) {
                int r = names.find(e.getKey());
                if (r >= 0) {
                    capability[q][r] = e.getValue();
                    capped[q] = true;
                }
            }
            defaultQueue = vq.name().equals(VolcanoQueue.DEFAULT) ? q : defaultQueue;
        }
        this.label = config.queueLabel();
        this.overcommit = config.overcommitFactor();
        this.shareTime = new double[n];
        this.enqueued = new long[n];
        this.started = new long[n];
    }

    /** The queue a job with {@code labels} belongs to: the one its label names, else {@code default}. */
    public int queueOf(JobLabels labels) {
        String v = label.of(labels);
        for (int q = 0; q < names.length; q++) {
            if (names[q].equals(v)) {
                return q;
            }
        }
        return defaultQueue;
    }

    /** Queues, {@code default} included. */
    public int size() {
        return names.length;
    }

    /**
     * Opens a session at {@code now}: per queue what its running jobs hold ({@code allocated}), what
     * they and its pending jobs ask ({@code request}) and what its Inqueue jobs ask ({@code inqueue}),
     * over a cluster of {@code total}. The arrays are kept and updated as the session goes.
     */
    public void open(long now, double[] total, double[][] allocated, double[][] request, double[][] inqueue) {
        if (lastAt >= 0) {
            for (int q = 0; q < names.length; q++) {
                shareTime[q] += lastShare[q] * (now - lastAt);
            }
        }
        this.allocated = allocated;
        this.inqueue = inqueue;
        this.deserved = deserved(total, weight, capability, request);
        this.share = new double[names.length];
        this.clusterIdle = new double[resources];
        this.clusterInqueue = new double[resources];
        for (int r = 0; r < resources; r++) {
            clusterIdle[r] = total[r] * overcommit;
            for (int q = 0; q < names.length; q++) {
                clusterIdle[r] -= allocated[q][r];
                clusterInqueue[r] += inqueue[q][r];
            }
        }
        for (int q = 0; q < names.length; q++) {
            share[q] = share(q);
        }
    }

    /** Closes the session at {@code now}: the shares it ends with count until the next one. */
    public void close(long now) {
        lastShare = share.clone();
        lastAt = now;
    }

    /** The proportion plugin's deserved resources per queue (see the class comment). */
    public static double[][] deserved(double[] total, int[] weight, double[][] capability, double[][] request) {
        int n = weight.length;
        int res = total.length;
        double[][] d = new double[n][res];
        boolean[] meet = new boolean[n];
        double[] remaining = total.clone();
        while (true) {
            long totalWeight = 0;
            for (int q = 0; q < n; q++) {
                totalWeight += meet[q] ? 0 : weight[q];
            }
            if (totalWeight == 0) {
                break;
            }
            double[] increased = new double[res];
            for (int q = 0; q < n; q++) {
                if (meet[q]) {
                    continue;
                }
                double[] old = d[q].clone();
                boolean met = true;
                boolean changed = false;
                for (int r = 0; r < res; r++) {
                    double v = d[q][r] + remaining[r] * weight[q] / totalWeight;
                    v = Math.min(v, Math.min(capability[q][r], request[q][r]));
                    d[q][r] = v;
                    increased[r] += v - old[r];
                    met &= request[q][r] <= v + EPS;
                    changed |= Math.abs(v - old[r]) > EPS;
                }
                meet[q] = met || !changed;
            }
            boolean left = false;
            boolean grew = false;
            for (int r = 0; r < res; r++) {
                remaining[r] -= increased[r];
                left |= remaining[r] > EPS;
                grew |= increased[r] > EPS;
            }
            if (!left || !grew) {
                break;
            }
        }
        return d;
    }

    /** Enqueue's check for a Pending job of queue {@code q} asking {@code req}; on success it is counted Inqueue. */
    public boolean enqueue(int q, long[] req) {
        for (int r = 0; r < resources; r++) {
            if (req[r] == 0) {
                continue;
            }
            if (capped[q] && req[r] + allocated[q][r] + inqueue[q][r] > capability[q][r] + EPS) {
                return false;
            }
            if (clusterInqueue[r] + req[r] > clusterIdle[r] + EPS) {
                return false;
            }
        }
        for (int r = 0; r < resources; r++) {
            inqueue[q][r] += req[r];
            clusterInqueue[r] += req[r];
        }
        enqueued[q]++;
        return true;
    }

    /** Whether queue {@code q} already holds all it deserves (proportion's overused). */
    public boolean overused(int q) {
        for (int r = 0; r < resources; r++) {
            if (allocated[q][r] + EPS < deserved[q][r]) {
                return false;
            }
        }
        return true;
    }

    /** Whether a job of queue {@code q} asking {@code req} fits what the queue deserves and does not hold yet. */
    public boolean allocatable(int q, long[] req) {
        for (int r = 0; r < resources; r++) {
            if (req[r] > Math.max(0, deserved[q][r] - allocated[q][r]) + EPS) {
                return false;
            }
        }
        return true;
    }

    /** A job of queue {@code q} asking {@code req}, Inqueue until now, was placed. */
    public void allocated(int q, long[] req) {
        for (int r = 0; r < resources; r++) {
            allocated[q][r] += req[r];
            inqueue[q][r] = Math.max(0, inqueue[q][r] - req[r]);
        }
        share[q] = share(q);
        started[q]++;
    }

    /** Queue {@code q}'s share: its largest allocated / deserved ratio (0 where it deserves nothing). */
    public double share(int q) {
        double s = 0;
        for (int r = 0; r < resources; r++) {
            if (deserved[q][r] > EPS) {
                s = Math.max(s, allocated[q][r] / deserved[q][r]);
            } else if (allocated[q][r] > EPS) {
                s = Math.max(s, 1); // Volcano's helpers.Share: something held of nothing deserved counts as 1
            }
        }
        return s;
    }

    /** Queue indices by share, least first; equal shares keep the configured order. */
    public Integer[] byShare() {
        Integer[] order = new Integer[names.length];
        for (int q = 0; q < order.length; q++) {
            order[q] = q;
        }
        Arrays.sort(order, (a, b) -> Double.compare(share[a], share[b]));
        return order;
    }

    /** What each queue got over the run, up to {@code now}. */
    public List<VolcanoQueueStats> stats(long now) {
        List<VolcanoQueueStats> out = new ArrayList<>();
        for (int q = 0; q < names.length; q++) {
            double t = shareTime[q] + (lastAt >= 0 ? lastShare[q] * (now - lastAt) : 0);
            out.add(new VolcanoQueueStats(names[q], weight[q], enqueued[q], started[q], now > 0 ? t / now : 0));
        }
        return out;
    }
}
