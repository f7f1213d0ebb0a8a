package org.hpcsim.models.kube.kueue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hpcsim.models.kube.PodSpec;
import org.hpcsim.models.kube.ResourceNames;
import org.hpcsim.models.workload.JobLabels;

/**
 * Kueue's admission in front of the scheduler: a job's Workload (its pods' requests summed) waits in
 * its ClusterQueue until the quota left, with what its cohort lends, holds all of it; only then are
 * its pods created. An admitted workload holds its quota until the job ends.
 *
 * <p>A ClusterQueue may use up to its nominal quota, and past it, within its borrowingLimit, what
 * the rest of its cohort leaves unused (upstream's available(): the lesser of the cohort's nominal
 * total minus its usage and nominal plus borrowingLimit minus own usage). Within a queue, workloads
 * go by priority, then creation; StrictFIFO admits only its head, BestEffortFIFO the first that
 * fits. Among the queues' candidates, those that need not borrow go first, then priority, then
 * creation, as upstream's scheduler sorts its heads. One resource flavor per ClusterQueue; no
 * lendingLimit, no preemption (reclaimWithinCohort, withinClusterQueue), no fair sharing.
 */
public final class KueueAdmission<T> {
    private final KueueConfig config;
    private final int resources;
    private final ResourceNames names;
    private final Map<String, ClusterQueue<T>> queues = new LinkedHashMap<>();
    private final long[][] cohortNominal;
    private final long[][] cohortUsage;
    private final IdentityHashMap<T, Admitted<T>> admitted = new IdentityHashMap<>();
    private long seq;
    private long admissions;

    private record Admitted<T>(ClusterQueue<T> queue, long[] requests) {}

    /** Kueue's queues over the cluster's {@code names}; quota for a resource no node offers is ignored. */
    public KueueAdmission(KueueConfig config, ResourceNames names) {
        this.config = config;
        this.resources = names.size();
        this.names = names;
        List<String> cohorts = new ArrayList<>();
        for (ClusterQueueConfig c : config.clusterQueues()) {
            if (c.cohort() != null && !cohorts.contains(c.cohort())) {
                cohorts.add(c.cohort());
            }
        }
        cohortNominal = new long[cohorts.size()][resources];
        cohortUsage = new long[cohorts.size()][resources];
        for (ClusterQueueConfig c : config.clusterQueues()) {
            long[] nominal = new long[resources];
            boolean[] covered = new boolean[resources];
            long[] limit = new long[resources];
            java.util.Arrays.fill(limit, Long.MAX_VALUE);
            for (Map.Entry<String, Long> e : c.nominal().entrySet()) {
                int r = names.find(e.getKey());
                if (r >= 0) {
                    nominal[r] = e.getValue();
                    covered[r] = true;
                }
            }
            for (Map.Entry<String, Long> e : c.borrowingLimit().entrySet()) {
                int r = names.find(e.getKey());
                if (r >= 0) {
                    limit[r] = e.getValue();
                }
            }
            int cohort = c.cohort() == null ? -1 : cohorts.indexOf(c.cohort());
            if (cohort >= 0) {
                for (int r = 0; r < resources; r++) {
                    cohortNominal[cohort][r] += nominal[r];
                }
            }
            queues.put(c.name(), new ClusterQueue<>(c.name(), cohort, c.strictFifo(), nominal, covered, limit));
        }
    }

    /**
     * Queues a job's workload in the ClusterQueue its label leads to; returns null, or why it is
     * refused: no queue for it, or more than its queue could ever hold (upstream would leave it
     * pending for ever, inadmissible; the replay reports it instead of waiting on it).
     */
    public String submit(T payload, JobLabels labels, PodSpec[] pods) {
        long[] req = new long[resources];
        int priority = Integer.MIN_VALUE;
        for (PodSpec p : pods) {
            for (int r = 0; r < resources; r++) {
                req[r] += p.request(r);
            }
            priority = Math.max(priority, p.priority());
        }
        return submit(payload, labels, req, priority);
    }

    /** As above, with the workload's summed requests by resource index and its priority given. */
    public String submit(T payload, JobLabels labels, long[] requests, int priority) {
        String value = config.queueLabel().of(labels);
        String name = config.localQueues().getOrDefault(value, config.defaultClusterQueue());
        if (name == null) {
            return "kueue: no LocalQueue for " + config.queueLabel().word() + " '" + value
                    + "' and no defaultClusterQueue";
        }
        ClusterQueue<T> q = queues.get(name);
        long[] req = java.util.Arrays.copyOf(requests, resources);
        for (int r = 0; r < resources; r++) {
            if (req[r] == 0) {
                continue;
            }
            if (!q.covered[r]) {
                return "kueue: ClusterQueue " + name + " has no quota for " + names.name(r) + ", which the job asks for";
            }
            long ceiling = q.ceiling(r, q.cohort < 0 ? 0 : cohortNominal[q.cohort][r]);
            if (req[r] > ceiling) {
                return "kueue: asks for " + req[r] + " " + names.name(r) + " and ClusterQueue " + name
                        + " can never hold more than " + ceiling + " (nominal quota plus what it may borrow)";
            }
        }
        q.pending.add(new ClusterQueue.Workload<>(payload, req, priority, seq++));
        return null;
    }

    /** Admits every workload that fits now, in Kueue's order; returns their payloads in the order admitted. */
    public List<T> admit() {
        List<T> out = new ArrayList<>();
        while (true) {
            ClusterQueue<T> bestQueue = null;
            ClusterQueue.Workload<T> best = null;
            boolean bestBorrows = false;
            for (ClusterQueue<T> q : queues.values()) {
                ClusterQueue.Workload<T> w = candidate(q);
                if (w == null) {
                    continue;
                }
                boolean borrows = borrows(q, w);
                if (best == null || better(w, borrows, best, bestBorrows)) {
                    best = w;
                    bestQueue = q;
                    bestBorrows = borrows;
                }
            }
            if (best == null) {
                return out;
            }
            bestQueue.pending.remove(best);
            charge(bestQueue, best.requests(), 1);
            admitted.put(best.payload(), new Admitted<>(bestQueue, best.requests()));
            admissions++;
            out.add(best.payload());
        }
    }

    /** Releases the quota {@code payload}'s workload held, its job having ended. */
    public void finished(T payload) {
        Admitted<T> a = admitted.remove(payload);
        if (a == null) {
            throw new IllegalStateException("kueue: a job ended that was never admitted");
        }
        charge(a.queue(), a.requests(), -1);
    }

    /** Payloads of the workloads still waiting for quota, queue by queue. */
    public List<T> pending() {
        List<T> out = new ArrayList<>();
        for (ClusterQueue<T> q : queues.values()) {
            for (ClusterQueue.Workload<T> w : q.pending) {
                out.add(w.payload());
            }
        }
        return out;
    }

    /** Workloads waiting for quota. */
    public int pendingCount() {
        int n = 0;
        for (ClusterQueue<T> q : queues.values()) {
            n += q.pending.size();
        }
        return n;
    }

    /** Workloads admitted so far. */
    public long admissions() {
        return admissions;
    }

    /** StrictFIFO: the head if it fits; BestEffortFIFO: the first that fits, those ahead set aside as inadmissible. */
    private ClusterQueue.Workload<T> candidate(ClusterQueue<T> q) {
        for (ClusterQueue.Workload<T> w : q.pending) {
            if (fits(q, w.requests())) {
                return w;
            }
            if (q.strictFifo) {
                return null;
            }
        }
        return null;
    }

    private static boolean better(ClusterQueue.Workload<?> w, boolean borrows, ClusterQueue.Workload<?> than,
                                  boolean thanBorrows) {
        if (borrows != thanBorrows) {
            return !borrows;
        }
        return ClusterQueue.ORDER.compare(w, than) < 0;
    }

    private boolean fits(ClusterQueue<T> q, long[] req) {
        for (int r = 0; r < resources; r++) {
            if (req[r] == 0) {
                continue;
            }
            long available;
            if (q.cohort < 0) {
                available = q.nominal[r] - q.usage[r];
            } else {
                available = Math.min(cohortNominal[q.cohort][r] - cohortUsage[q.cohort][r],
                        ClusterQueue.saturatingAdd(q.nominal[r], q.borrowingLimit[r]) - q.usage[r]);
            }
            if (req[r] > available) {
                return false;
            }
        }
        return true;
    }

    private boolean borrows(ClusterQueue<T> q, ClusterQueue.Workload<T> w) {
        for (int r = 0; r < resources; r++) {
            if (q.usage[r] + w.requests()[r] > q.nominal[r]) {
                return true;
            }
        }
        return false;
    }

    private void charge(ClusterQueue<T> q, long[] req, int sign) {
        for (int r = 0; r < resources; r++) {
            q.usage[r] += sign * req[r];
            if (q.cohort >= 0) {
                cohortUsage[q.cohort][r] += sign * req[r];
            }
        }
    }
}
