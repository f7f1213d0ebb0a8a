package org.hpcsim.models.kube.kueue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * A ClusterQueue's state during a run, by flavor-resource index {@code fr = flavor * resources + r}:
 * quotas, what its admitted workloads use, its pending and admitted workloads.
 *
 * <p>Quota arithmetic follows upstream's resource nodes (pkg/cache/resource_node.go): a queue keeps
 * for itself {@code guaranteed = nominal - lendingLimit} (0 without a lendingLimit) and puts the rest
 * in its cohort; the cohort's usage counts only what each queue uses past its guaranteed part.
 * What a queue may still take is its unused guaranteed part plus what the cohort has left, the
 * latter capped, with a borrowingLimit, at {@code nominal - guaranteed + borrowingLimit} minus what
 * the queue already takes from the cohort.
 */
final class ClusterQueue<T> {
    /** Upstream's order within a ClusterQueue: higher priority first, then earlier creation. */
    static final Comparator<Workload<?>> ORDER = Comparator.<Workload<?>>comparingInt(w -> -w.priority())
            .thenComparingLong(Workload::seq);
    static final long NO_LIMIT = Long.MAX_VALUE;

    final String name;
    final Cohort cohort;
    final boolean strictFifo;
    final KueuePreemption preemption;
    /** Global flavor indices in this queue's order of preference. */
    final int[] flavors;
    final long[] nominal;
    final long[] guaranteed;
    final long[] borrowingLimit;
    final boolean[] covered;
    final long[] usage;
    final TreeSet<Workload<T>> pending = new TreeSet<>(ORDER);
    /** Admitted workloads, in order of admission. */
    final List<Admitted<T>> admitted = new ArrayList<>();

    ClusterQueue(String name, Cohort cohort, boolean strictFifo, KueuePreemption preemption, int[] flavors,
                 long[] nominal, long[] lendingLimit, long[] borrowingLimit, boolean[] covered) {
        this.name = name;
        this.cohort = cohort;
        this.strictFifo = strictFifo;
        this.preemption = preemption;
        this.flavors = flavors;
        this.nominal = nominal;
        this.borrowingLimit = borrowingLimit;
        this.covered = covered;
        this.usage = new long[nominal.length];
        this.guaranteed = new long[nominal.length];
        for (int fr = 0; fr < nominal.length; fr++) {
            guaranteed[fr] = lendingLimit[fr] == NO_LIMIT ? 0 : Math.max(0, nominal[fr] - lendingLimit[fr]);
            if (cohort != null) {
                cohort.quota[fr] += nominal[fr] - guaranteed[fr];
            }
        }
    }

    /** What more of {@code fr} this queue may take now, borrowing included. */
    long available(int fr) {
        if (cohort == null) {
            return nominal[fr] - usage[fr];
        }
        long local = Math.max(0, guaranteed[fr] - usage[fr]);
        long fromCohort = cohort.quota[fr] - cohort.usage[fr];
        if (borrowingLimit[fr] != NO_LIMIT) {
            long stored = nominal[fr] - guaranteed[fr];
            long usedInCohort = Math.max(0, usage[fr] - guaranteed[fr]);
            fromCohort = Math.min(fromCohort, stored - usedInCohort + borrowingLimit[fr]);
        }
        return local + fromCohort;
    }

    /** The most of {@code fr} this queue could hold with every other queue of its cohort idle. */
    long ceiling(int fr) {
        if (cohort == null) {
            return nominal[fr];
        }
        long fromCohort = cohort.quota[fr];
        if (borrowingLimit[fr] != NO_LIMIT) {
            fromCohort = Math.min(fromCohort, saturatingAdd(nominal[fr] - guaranteed[fr], borrowingLimit[fr]));
        }
        return guaranteed[fr] + fromCohort;
    }

    /** Adds {@code delta} to its usage of {@code fr}, and to its cohort's the part past its guaranteed quota. */
    void charge(int fr, long delta) {
        long before = usage[fr];
        usage[fr] += delta;
        if (cohort != null) {
            cohort.usage[fr] += Math.max(0, usage[fr] - guaranteed[fr]) - Math.max(0, before - guaranteed[fr]);
        }
    }

    /** Whether it uses more of {@code fr} than its nominal quota. */
    boolean borrowing(int fr) {
        return usage[fr] > nominal[fr];
    }

    static long saturatingAdd(long a, long b) {
        long s = a + b;
        return s < 0 ? NO_LIMIT : s;
    }

    /** A cohort's pooled quota (what its queues lend) and usage (what they take past their guaranteed parts). */
    static final class Cohort {
        final String name;
        final long[] quota;
        final long[] usage;

        Cohort(String name, int size) {
            this.name = name;
            this.quota = new long[size];
            this.usage = new long[size];
        }
    }

    /** A job waiting for or holding quota: its pods' requests summed. */
    record Workload<T>(T payload, long[] requests, int priority, long seq) {}

    /** A workload holding quota of one flavor; {@code order} counts admissions, so a larger one is newer. */
    record Admitted<T>(Workload<T> workload, ClusterQueue<T> queue, int flavor, long order) {}
}
