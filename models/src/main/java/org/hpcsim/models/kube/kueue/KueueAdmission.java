package org.hpcsim.models.kube.kueue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.hpcsim.models.kube.PodSpec;
import org.hpcsim.models.kube.ResourceNames;
import org.hpcsim.models.workload.JobLabels;

/**
 * Kueue's admission in front of the scheduler: a job's Workload (its pods' requests summed) waits in
 * its ClusterQueue until one of the queue's flavors holds all of it ({@link FlavorAssigner}), with
 * what the cohort lends ({@link ClusterQueue}); only then are its pods created, with the flavor's
 * node labels as nodeSelector. An admitted workload holds its quota until the job ends, or until
 * preemption evicts it ({@link PreemptionTargets}); it then waits again in its queue, in its old place.
 *
 * <p>Within a queue, workloads go by priority, then creation; StrictFIFO admits only its head,
 * BestEffortFIFO the first that fits. Among the queues' candidates, those that need not borrow go
 * first, then priority, then creation, as upstream's scheduler sorts its heads. Not modelled: fair
 * sharing, borrowWithinCohort, hierarchical cohorts, several resource groups.
 */
public final class KueueAdmission<T> {
    private final KueueConfig config;
    private final int resources;
    private final ResourceNames names;
    /** Every flavor any queue names, in order of first mention; fr = flavor * resources + r. */
    private final List<String> flavorNames = new ArrayList<>();
    private final Map<String, ClusterQueue<T>> queues = new LinkedHashMap<>();
    private final IdentityHashMap<T, ClusterQueue.Admitted<T>> admitted = new IdentityHashMap<>();
    private final IdentityHashMap<T, ClusterQueue<T>> queueOf = new IdentityHashMap<>();
    private Predicate<T> evictable = p -> true;
    private Consumer<T> evictor = p -> { };
    private long seq;
    private long admissions;
    private long borrowed;
    private long preempted;
    private long reclaimed;

    /** Kueue's queues over the cluster's {@code names}; quota for a resource no node offers is ignored. */
    public KueueAdmission(KueueConfig config, ResourceNames names) {
        this.config = config;
        this.resources = names.size();
        this.names = names;
        for (ClusterQueueConfig c : config.clusterQueues()) {
            for (FlavorQuotas f : c.flavors()) {
                if (!flavorNames.contains(f.flavor())) {
                    flavorNames.add(f.flavor());
                }
            }
        }
        int size = flavorNames.size() * resources;
        Map<String, ClusterQueue.Cohort> cohorts = new LinkedHashMap<>();
        for (ClusterQueueConfig c : config.clusterQueues()) {
            long[] nominal = new long[size];
            long[] lending = new long[size];
            long[] borrowing = new long[size];
            boolean[] covered = new boolean[size];
            Arrays.fill(lending, ClusterQueue.NO_LIMIT);
            Arrays.fill(borrowing, ClusterQueue.NO_LIMIT);
            int[] order = new int[c.flavors().size()];
            for (int i = 0; i < order.length; i++) {
                FlavorQuotas fq = c.flavors().get(i);
                int f = flavorNames.indexOf(fq.flavor());
                order[i] = f;
                put(fq.nominal(), f, nominal, covered);
                put(fq.lendingLimit(), f, lending, null);
                put(fq.borrowingLimit(), f, borrowing, null);
            }
            ClusterQueue.Cohort cohort = c.cohort() == null ? null
                    : cohorts.computeIfAbsent(c.cohort(), n -> new ClusterQueue.Cohort(n, size));
            queues.put(c.name(), new ClusterQueue<>(c.name(), cohort, c.strictFifo(), c.preemption(), order, nominal,
                    lending, borrowing, covered));
        }
    }

    private void put(Map<String, Long> quantities, int f, long[] into, boolean[] covered) {
        for (Map.Entry<String, Long> e : quantities.entrySet()) {
            int r = names.find(e.getKey());
            if (r >= 0) {
                into[f * resources + r] = e.getValue();
                if (covered != null) {
                    covered[f * resources + r] = true;
                }
            }
        }
    }

    /**
     * Lets preemption evict only workloads {@code evictable} accepts, and tells {@code evictor} of
     * each one evicted (its quota is already released and it waits again in its queue).
     */
    public void evictWith(Predicate<T> evictable, Consumer<T> evictor) {
        this.evictable = evictable;
        this.evictor = evictor;
    }

    /**
     * Queues a job's workload in the ClusterQueue its label leads to; returns null, or why it is
     * refused: no queue for it, or more than any flavor of its queue could ever hold (upstream would
     * leave it pending for ever, inadmissible; the replay reports it instead of waiting on it).
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
        long[] req = Arrays.copyOf(requests, resources);
        String why = null;
        for (int f : q.flavors) {
            why = neverFits(q, f, req);
            if (why == null) {
                break;
            }
        }
        if (why != null) {
            return "kueue: ClusterQueue " + name + why;
        }
        q.pending.add(new ClusterQueue.Workload<>(payload, req, priority, seq++));
        queueOf.put(payload, q);
        return null;
    }

    private String neverFits(ClusterQueue<T> q, int f, long[] req) {
        for (int r = 0; r < resources; r++) {
            int fr = f * resources + r;
            if (req[r] == 0) {
                continue;
            }
            if (!q.covered[fr]) {
                return " has no quota for " + names.name(r) + ", which the job asks for";
            }
            if (req[r] > q.ceiling(fr)) {
                return " can never hold " + req[r] + " " + names.name(r) + " (nominal quota plus what it may"
                        + " borrow, in every flavor)";
            }
        }
        return null;
    }

    /**
     * Admits every workload that fits now, in Kueue's order, evicting where preemption allows; returns
     * them. Preemption never evicts a workload this pass admitted: Kueue preempts only workloads
     * admitted in earlier cycles (a preemptor waits for its targets to go), and without that rule
     * two queues reclaiming from each other could evict and admit each other's workloads forever
     * within one instant.
     */
    public List<T> admit() {
        List<T> out = new ArrayList<>();
        Predicate<T> earlier = p -> evictable.test(p) && !out.contains(p);
        while (true) {
            Candidate<T> best = null;
            for (ClusterQueue<T> q : queues.values()) {
                Candidate<T> c = candidate(q, earlier);
                if (c != null && (best == null || c.better(best))) {
                    best = c;
                }
            }
            if (best == null) {
                return out;
            }
            for (ClusterQueue.Admitted<T> v : best.victims()) {
                evict(v, best.queue());
            }
            ClusterQueue<T> q = best.queue();
            ClusterQueue.Workload<T> w = best.workload();
            q.pending.remove(w);
            ClusterQueue.Admitted<T> a = new ClusterQueue.Admitted<>(w, q, best.flavor(), admissions++);
            PreemptionTargets.charge(a, resources, 1);
            q.admitted.add(a);
            admitted.put(w.payload(), a);
            borrowed += borrows(q, best.flavor(), w.requests()) ? 1 : 0;
            out.add(w.payload());
        }
    }

    private record Candidate<T>(ClusterQueue<T> queue, ClusterQueue.Workload<T> workload, int flavor,
                                boolean borrows, List<ClusterQueue.Admitted<T>> victims) {
        boolean better(Candidate<T> than) {
            if (borrows != than.borrows) {
                return !borrows;
            }
            return ClusterQueue.ORDER.compare(workload, than.workload) < 0;
        }
    }

    /** StrictFIFO: the head if it can be admitted; BestEffortFIFO: the first that can, those ahead set aside. */
    private Candidate<T> candidate(ClusterQueue<T> q, Predicate<T> evictable) {
        for (ClusterQueue.Workload<T> w : q.pending) {
            FlavorAssigner.Assignment a = FlavorAssigner.assign(q, w.requests(), resources);
            switch (a.mode()) {
                case FIT, BORROW -> {
                    return new Candidate<>(q, w, a.flavor(), a.mode() == FlavorAssigner.Mode.BORROW, List.of());
                }
                case PREEMPT -> {
                    List<ClusterQueue.Admitted<T>> victims = PreemptionTargets.find(q, w, a.flavor(),
                            queues.values(), resources, evictable);
                    if (!victims.isEmpty()) {
                        return new Candidate<>(q, w, a.flavor(), false, victims);
                    }
                }
                default -> { }
            }
            if (q.strictFifo) {
                return null;
            }
        }
        return null;
    }

    /** Evicts {@code v}, admitted in an earlier pass. */
    private void evict(ClusterQueue.Admitted<T> v, ClusterQueue<T> by) {
        PreemptionTargets.charge(v, resources, -1);
        v.queue().admitted.remove(v);
        T payload = v.workload().payload();
        admitted.remove(payload);
        v.queue().pending.add(v.workload()); // back in its old place: ordered by creation, not eviction
        if (v.queue() == by) {
            preempted++;
        } else {
            reclaimed++;
        }
        evictor.accept(payload);
    }

    private boolean borrows(ClusterQueue<T> q, int f, long[] req) {
        for (int r = 0; r < resources; r++) {
            if (req[r] > 0 && q.borrowing(f * resources + r)) {
                return true;
            }
        }
        return false;
    }

    /** Releases the quota {@code payload}'s workload held, its job having ended. */
    public void finished(T payload) {
        ClusterQueue.Admitted<T> a = admitted.remove(payload);
        if (a == null) {
            throw new IllegalStateException("kueue: a job ended that was never admitted");
        }
        PreemptionTargets.charge(a, resources, -1);
        a.queue().admitted.remove(a);
        queueOf.remove(payload);
    }

    /** The node labels of the flavor {@code payload} was admitted with: its pods' added nodeSelector. */
    public Map<String, String> nodeSelector(T payload) {
        ClusterQueue.Admitted<T> a = admitted.get(payload);
        return a == null ? Map.of() : config.flavor(flavorNames.get(a.flavor())).nodeLabels();
    }

    /** The flavor {@code payload} holds quota of, or null when it is not admitted. */
    public String flavorOf(T payload) {
        ClusterQueue.Admitted<T> a = admitted.get(payload);
        return a == null ? null : flavorNames.get(a.flavor());
    }

    /** The ClusterQueue {@code payload} was queued in, or null once it ended. */
    public String queueOf(T payload) {
        ClusterQueue<T> q = queueOf.get(payload);
        return q == null ? null : q.name;
    }

    /** What ClusterQueue {@code queue} uses of {@code resource} in {@code flavor}, in the model's units. */
    public long usage(String queue, String flavor, String resource) {
        int f = flavorNames.indexOf(flavor);
        int r = names.find(resource);
        return f < 0 || r < 0 ? 0 : queues.get(queue).usage[f * resources + r];
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

    /** The counters so far. */
    public KueueStats stats() {
        return new KueueStats(admissions, borrowed, preempted, reclaimed);
    }
}
