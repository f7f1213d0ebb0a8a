package org.hpcsim.models.kube.kueue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which admitted workloads Kueue evicts so that a pending one fits its flavor (upstream's
 * pkg/scheduler/preemption, classic preemption). Candidates: with withinClusterQueue, the queue's own
 * workloads of lower priority (or, LowerOrNewerEqualPriority, equal priority and created later);
 * with reclaimWithinCohort, workloads of the cohort's other queues while those borrow (LowerPriority:
 * of lower priority; Any: any). They are ordered as upstream's candidatesOrdering: other queues'
 * first, then lower priority, then the most recently admitted. Candidates are taken in that order
 * until the workload fits within its nominal quota; failing that, only its own queue's candidates
 * are tried, borrowing allowed. Then, from the second-to-last taken back to the first, each is put
 * back if the workload still fits without it (upstream's fillBackWorkloads).
 */
final class PreemptionTargets {
    private PreemptionTargets() {}

    /** The workloads to evict for {@code w} in flavor {@code f} of {@code q}, or an empty list when none would do. */
    static <T> List<ClusterQueue.Admitted<T>> find(ClusterQueue<T> q, ClusterQueue.Workload<T> w, int f,
                                                   Collection<ClusterQueue<T>> all, int resources,
                                                   Predicate<T> evictable) {
        List<ClusterQueue.Admitted<T>> candidates = new ArrayList<>();
        KueuePreemption p = q.preemption;
        for (ClusterQueue.Admitted<T> a : q.admitted) {
            if (a.flavor() == f && evictable.test(a.workload().payload()) && within(p.withinClusterQueue(), a, w)) {
                candidates.add(a);
            }
        }
        int own = candidates.size();
        if (q.cohort != null && p.reclaimWithinCohort() != KueuePreemption.Policy.NEVER) {
            for (ClusterQueue<T> o : all) {
                if (o == q || o.cohort != q.cohort) {
                    continue;
                }
                for (ClusterQueue.Admitted<T> a : o.admitted) {
                    if (a.flavor() == f && evictable.test(a.workload().payload())
                            && (p.reclaimWithinCohort() == KueuePreemption.Policy.ANY
                                    || a.workload().priority() < w.priority())) {
                        candidates.add(a);
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates.sort(Comparator.<ClusterQueue.Admitted<T>>comparingInt(a -> a.queue() == q ? 1 : 0)
                .thenComparingInt(a -> a.workload().priority())
                .thenComparingLong(a -> -a.order()));
        List<ClusterQueue.Admitted<T>> targets = own == candidates.size() ? List.of()
                : minimal(q, w, f, candidates, resources, false);
        if (targets.isEmpty()) {
            List<ClusterQueue.Admitted<T>> sameQueue = new ArrayList<>();
            for (ClusterQueue.Admitted<T> a : candidates) {
                if (a.queue() == q) {
                    sameQueue.add(a);
                }
            }
            targets = minimal(q, w, f, sameQueue, resources, true);
        }
        return targets;
    }

    private static <T> boolean within(KueuePreemption.Policy policy, ClusterQueue.Admitted<T> a,
                                      ClusterQueue.Workload<T> w) {
        int prio = a.workload().priority();
        return switch (policy) {
            case LOWER_PRIORITY -> prio < w.priority();
            case LOWER_OR_NEWER_EQUAL_PRIORITY -> prio < w.priority()
                    || (prio == w.priority() && a.workload().seq() > w.seq());
            default -> false;
        };
    }

    /** Takes candidates in order until {@code w} fits, then puts back those it does not need; usage is restored. */
    private static <T> List<ClusterQueue.Admitted<T>> minimal(ClusterQueue<T> q, ClusterQueue.Workload<T> w, int f,
                                                              List<ClusterQueue.Admitted<T>> candidates,
                                                              int resources, boolean allowBorrowing) {
        List<ClusterQueue.Admitted<T>> taken = new ArrayList<>();
        boolean fits = false;
        for (ClusterQueue.Admitted<T> a : candidates) {
            if (a.queue() != q && !borrowsAny(a.queue(), f, w.requests(), resources)) {
                continue; // reclaim takes back only what a queue borrows
            }
            charge(a, resources, -1);
            taken.add(a);
            if (FlavorAssigner.fits(q, f, w.requests(), resources, allowBorrowing)) {
                fits = true;
                break;
            }
        }
        if (fits) {
            for (int i = taken.size() - 2; i >= 0; i--) {
                ClusterQueue.Admitted<T> a = taken.get(i);
                charge(a, resources, 1);
                if (FlavorAssigner.fits(q, f, w.requests(), resources, allowBorrowing)) {
                    taken.remove(i);
                } else {
                    charge(a, resources, -1);
                }
            }
        }
        for (ClusterQueue.Admitted<T> a : taken) {
            charge(a, resources, 1);
        }
        return fits ? taken : List.of();
    }

    private static <T> boolean borrowsAny(ClusterQueue<T> o, int f, long[] req, int resources) {
        for (int r = 0; r < resources; r++) {
            if (req[r] > 0 && o.borrowing(f * resources + r)) {
                return true;
            }
        }
        return false;
    }

    /** Adds ({@code sign} 1) or takes off (-1) an admitted workload's usage. */
    static <T> void charge(ClusterQueue.Admitted<T> a, int resources, int sign) {
        long[] req = a.workload().requests();
        for (int r = 0; r < resources; r++) {
            if (req[r] != 0) {
                a.queue().charge(a.flavor() * resources + r, sign * req[r]);
            }
        }
    }
}
